import { isHttpError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSharedSeededStore, requestEvent, type SeededStore } from '../testing/store';
import type { PageData } from './$types';
import { load } from './+page.server';
import HomePage from './+page.svelte';

type Event = Parameters<typeof load>[0];
const home = async (path: string) => (await load(requestEvent<Event>(path))) as PageData;

let seeded: SeededStore;
beforeAll(async () => {
  seeded = await openSharedSeededStore();
});

describe('home load', () => {
  it('groups the newest 20 articles by day, newest first, with a link to older ones', async () => {
    const data = await home('/');
    expect(data.days[0]).toMatchObject({ date: '2022-02-24', label: 'Thursday 24 February 2022' });
    expect(data.days.flatMap((day) => day.items)).toHaveLength(20);
    expect(data.isFirstPage).toBe(true);
    expect(data.olderHref).toMatch(/^\/\?cursor=/);
  });

  it('follows the cursor to the rest, ending with the seeds under one heading', async () => {
    const first = await home('/');
    const rest = await home(first.olderHref!);
    expect(rest.isFirstPage).toBe(false);
    expect(rest.olderHref).toBeNull();
    const last = rest.days.at(-1)!;
    expect(last.label).toBe('Friday 21 January 2022');
    expect(last.items.map((item) => item.id).sort()).toEqual([...seeded.seedIds].sort());
  });

  it('keeps the date range in the next-page link', async () => {
    const data = await home('/?from=2022-01-21&to=2022-01-22');
    expect(data.days.map((day) => day.date)).toEqual(['2022-01-22', '2022-01-21']);
    expect(data.from).toBe('2022-01-21');
    expect(data.olderHref).toBeNull();
    const paged = await home('/?from=2022-02-01&to=2022-02-24');
    expect(paged.olderHref).toMatch(/^\/\?from=2022-02-01&to=2022-02-24&cursor=/);
  });

  it('treats empty date boxes as no filter', async () => {
    const data = await home('/?from=&to=');
    expect(data.days.flatMap((day) => day.items)).toHaveLength(20);
  });

  it.each([
    ['/?from=2022-02-30', /From date/],
    ['/?from=2022-02-02&to=2022-02-01', /From date/],
    ['/?cursor=not-a-cursor', /first page/],
  ])('answers %s with a 400', async (path, message) => {
    const thrown = await home(path).catch((err: unknown) => err);
    expect(isHttpError(thrown, 400)).toBe(true);
    if (isHttpError(thrown)) expect(thrown.body.message).toMatch(message);
  });
});

describe('home by story', () => {
  const seedsDay = async () => {
    const first = await home('/');
    return (await home(first.olderHref!)).days.at(-1)!;
  };

  it('gathers the seeds of one day under their one story', async () => {
    const day = await seedsDay();
    expect(day.stories).toHaveLength(1);
    const [run] = day.stories;
    expect(run?.story).toMatchObject({ id: seeded.seedStoryId, articleCount: 2 });
    expect(run?.articles.map((article) => article.id).sort()).toEqual([...seeded.seedIds].sort());
  });

  it('leaves an article that is alone in its story on its own', async () => {
    const data = await home('/?from=2022-01-22&to=2022-01-22');
    expect(data.days).toHaveLength(1);
    expect(data.days[0]?.stories).toEqual([{ key: `article:${seeded.scriptId}`, story: null, articles: data.days[0]?.items }]);
  });

  it('renders the story headline linking to the story page with its number of sources, its articles beneath', async () => {
    const data = await home('/?from=2022-01-21&to=2022-01-22');
    // Without Svelte's hydration comments, as a browser reads the markup.
    const body = render(HomePage, { props: { data, params: {}, form: undefined } }).body.replace(/<!--[^]*?-->/g, '');
    const story = data.days.flatMap((day) => day.stories).find((run) => run.story)!.story!;
    const link = body.indexOf(`href="/stories/${story.id}"`);
    expect(link).toBeGreaterThan(-1);
    expect(body).toContain('2 sources');
    for (const id of seeded.seedIds) expect(body.indexOf(`href="/articles/${id}"`)).toBeGreaterThan(link);
    // The story link's name is not an article title: each title stays the name of one link only.
    for (const article of data.days.flatMap((day) => day.items)) {
      expect(body.split(`>${article.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</a>`)).toHaveLength(2);
    }
    expect(body).not.toContain('<script>alert(1)</script>');
  });
});
