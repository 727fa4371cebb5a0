import { isHttpError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { importArticles, placeQueuedArticles } from '@dateline/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSharedSeededStore, requestEvent, type SeededStore } from '../../testing/store';
import type { PageData } from './$types';
import { load } from './+page.server';
import StoriesPage from './+page.svelte';

type Event = Parameters<typeof load>[0];
const stories = async (path: string) => (await load(requestEvent<Event>(path))) as PageData;

// Ten days apart, further than story placement ever looks: each of these starts a story of its own.
const EXTRA_STORIES = 22;
const extraText = (i: number) => {
  const date = new Date(Date.UTC(2021, 0, 1) + i * 10 * 86_400_000).toISOString().slice(0, 10);
  return ` date ${date} Lighthouse keepers on island number ${i} logged a quiet night at sea.\n\nThe lamp was cleaned at dawn.\n`;
};

let seeded: SeededStore;
beforeAll(async () => {
  seeded = await openSharedSeededStore();
  const inputs = Array.from({ length: EXTRA_STORIES }, (_, i) => ({ path: `tests/extra-${i}.txt`, bytes: new TextEncoder().encode(extraText(i)) }));
  expect((await importArticles(seeded.store.db, inputs)).imported).toBe(EXTRA_STORIES);
  await placeQueuedArticles(seeded.store.db);
});

describe('stories load', () => {
  it('lists stories by latest activity, newest first, 20 a page, and follows the cursor to the rest', async () => {
    const first = await stories('/stories');
    expect(first.stories).toHaveLength(20);
    expect(first.isFirstPage).toBe(true);
    expect(first.olderHref).toMatch(/^\/stories\?cursor=/);
    const rest = await stories(first.olderHref!);
    expect(rest.isFirstPage).toBe(false);
    const all = [...first.stories, ...rest.stories];
    expect(new Set(all.map((story) => story.id)).size).toBe(all.length);
    const dates = all.map((story) => story.lastDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all.map((story) => story.id)).toContain(seeded.seedStoryId);
    expect(all.length).toBeGreaterThan(EXTRA_STORIES);
  });

  it('keeps to the date range, in the next-page link too', async () => {
    const data = await stories('/stories?from=2022-01-21&to=2022-01-22');
    expect(data.stories.map((story) => story.id).sort()).toEqual([seeded.seedStoryId, seeded.scriptStoryId].sort());
    expect(data.olderHref).toBeNull();
    const paged = await stories('/stories?from=2021-01-01&to=2021-12-31');
    expect(paged.stories).toHaveLength(20);
    expect(paged.olderHref).toMatch(/^\/stories\?from=2021-01-01&to=2021-12-31&cursor=/);
    expect((await stories(paged.olderHref!)).stories).toHaveLength(EXTRA_STORIES - 20);
  });

  it.each([
    ['/stories?from=2022-02-30', /From date/],
    ['/stories?from=2022-02-02&to=2022-02-01', /From date/],
    ['/stories?cursor=not-a-cursor', /first page/],
  ])('answers %s with a 400', async (path, message) => {
    const thrown = await stories(path).catch((err: unknown) => err);
    expect(isHttpError(thrown, 400)).toBe(true);
    if (isHttpError(thrown)) expect(thrown.body.message).toMatch(message);
  });
});

describe('stories page', () => {
  it('links each story with its dates and number of articles, headlines escaped', async () => {
    const data = await stories('/stories?from=2022-01-21&to=2022-01-22');
    const { body } = render(StoriesPage, { props: { data, params: {}, form: undefined } });
    expect(body).toContain(`href="/stories/${seeded.seedStoryId}"`);
    expect(body).toContain('<time datetime="2022-01-21">Friday 21 January 2022</time>');
    expect(body).toContain('2 articles');
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).toContain('&lt;script>alert(1)&lt;/script>');
    expect(body).toContain('href="/stories"');
  });
});
