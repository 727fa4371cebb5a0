import { isHttpError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { getArticle, getStory, getStoryComparison, getStoryTimeline, importArticles, newSince, placeQueuedArticles } from '@dateline/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../../testing/seeds';
import { openSharedSeededStore, requestEvent, type SeededStore } from '../../../testing/store';
import type { PageData } from './$types';
import { load } from './+page.server';
import StoryPage from './+page.svelte';

type Event = Parameters<typeof load>[0];
const story = async (id: string, query = '') => (await load(requestEvent<Event>(`/stories/${id}${query}`, { id }))) as PageData;
// Svelte marks blocks with comments for hydration; leave them out to read the markup as a browser shows it.
const html = (data: PageData) =>
  render(StoryPage, { props: { data, params: { id: data.story.id }, form: undefined } }).body.replace(/<!--[^]*?-->/g, '');

let seeded: SeededStore;
beforeAll(async () => {
  seeded = await openSharedSeededStore();
});

describe('story load', () => {
  it('gives the seeds’ story with both articles on its timeline, each a numbered source', async () => {
    const data = await story(seeded.seedStoryId);
    expect(data.story).toMatchObject({ id: seeded.seedStoryId, firstDate: '2022-01-21', lastDate: '2022-01-21', articleCount: 2 });
    expect(data.timeline.map((entry) => entry.id).sort()).toEqual([...seeded.seedIds].sort());
    expect(data.timeline.map((entry) => entry.source)).toEqual([1, 2]);
    expect(data.sources.map((source) => source.id)).toEqual(data.timeline.map((entry) => entry.id));
    expect(data.uncompared).toEqual({ versions: 0, overLimit: 0 });
  });

  it('puts each source’s statements in a column, shared ones with their counterpart in the other source', async () => {
    const data = await story(seeded.seedStoryId);
    expect(data.columns.map((column) => column.source.id)).toEqual(data.sources.map((source) => source.id));
    const items = data.columns.flatMap((column) => column.statements);
    expect(items).toHaveLength(data.coverage.one + 2 * data.coverage.all);
    const shared = items.filter((item) => item.coverage === 'all');
    expect(shared.length).toBeGreaterThanOrEqual(2);
    expect(shared.every((item) => item.counterparts.length === 1)).toBe(true);
    expect(items.filter((item) => item.coverage === 'one').length).toBeGreaterThan(0);
  });

  it('finds Blinken’s “clear path” quoted as “clearer path”, with the word diff', async () => {
    const data = await story(seeded.seedStoryId);
    // Lavrov's "reduce emotions" / "emotions will decrease" is the seeds' other discrepancy.
    expect(data.discrepancies.map((d) => d.speaker).sort()).toEqual(['Blinken', 'Lavrov']);
    const discrepancy = data.discrepancies.find((d) => d.speaker === 'Blinken');
    expect(discrepancy?.speaker).toBe('Blinken');
    expect(discrepancy?.a.wording.text).toBe('on a ‘clearer path’ to understanding');
    expect(discrepancy?.b.wording.text).toBe('on a clear path to understanding');
    expect(discrepancy?.diff.filter((part) => part.change)).toEqual([
      { text: 'clearer', change: 'removed' },
      { text: 'clear', change: 'added' },
    ]);
  });

  it('lists the quotes by speaker', async () => {
    const data = await story(seeded.seedStoryId);
    expect(data.quotes.map((group) => group.speaker)).toEqual(expect.arrayContaining(['Blinken', 'Lavrov']));
    const { db } = seeded.store;
    const comparison = await getStoryComparison(db, (await getStory(db, seeded.seedStoryId))!);
    expect(data.quotes.flatMap((group) => group.quotes)).toHaveLength(comparison.quotes.length);
  });

  it('with ?since=, lists only the statements that article lacks', async () => {
    const [first, second] = (await story(seeded.seedStoryId)).timeline.map((entry) => entry.id);
    const data = await story(seeded.seedStoryId, `?since=${second}`);
    expect(data.since?.article.id).toBe(second);
    const groups = data.since?.groups ?? [];
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) for (const { statement } of group.statements) expect(statement.articleId).toBe(first);
    const { db } = seeded.store;
    const lacking = newSince(await getStoryComparison(db, (await getStory(db, seeded.seedStoryId))!), second!);
    expect(groups.map((group) => group.id)).toEqual(lacking?.map((group) => group.id));
    // The view is the list: the full comparison is a link away.
    expect(data.columns).toEqual([]);
    expect(data.discrepancies).toEqual([]);
  });

  it('gives the timeline of events the articles date, in date order, but not in the since view', async () => {
    const data = await story(seeded.seedStoryId);
    expect(data.events).toEqual(await getStoryTimeline(seeded.store.db, seeded.seedStoryId));
    expect(data.events[0]).toMatchObject({ from: '2021-12-01', to: '2021-12-31', granularity: 'month', expression: 'Last month' });
    expect(data.events.map((event) => event.expression)).toContain('On January 19');
    const froms = data.events.map((event) => event.from);
    expect(froms).toEqual([...froms].sort());
    const since = await story(seeded.seedStoryId, `?since=${seeded.seedIds[0]}`);
    expect(since.events).toEqual([]);
  });

  it('is a 404 for an unknown story, and a 400 for a since article not in it', async () => {
    const missing = await story('no-such-story').catch((err: unknown) => err);
    expect(isHttpError(missing, 404)).toBe(true);
    const foreign = await story(seeded.seedStoryId, `?since=${seeded.scriptId}`).catch((err: unknown) => err);
    expect(isHttpError(foreign, 400)).toBe(true);
  });
});

describe('story page', () => {
  it('shows both sources side by side, with citable statements labelled by how widely they are reported', async () => {
    const data = await story(seeded.seedStoryId);
    const body = html(data);
    expect(body).toContain(`<h1>${data.story.headline}</h1>`);
    for (const { id } of data.timeline) expect(body).toContain(`href="/articles/${id}"`);
    for (const item of data.columns.flatMap((column) => column.statements)) {
      expect(body).toContain(`id="s-${item.statement.id}"`);
      expect(body).toContain(`href="#s-${item.statement.id}"`);
    }
    // Colour and words: every statement carries its label as text.
    expect(body).toMatch(/class="statement all[^"]*"/);
    expect(body).toMatch(/class="statement one[^"]*"/);
    expect(body.match(/In both sources/g)?.length).toBeGreaterThanOrEqual(3);
    expect(body.match(/In one source only/g)?.length).toBeGreaterThanOrEqual(data.coverage.one);
    // A shared statement shows the other source's wording.
    expect(body).toContain('How the other source puts it');
    expect(body).toContain('Lavrov asserted that Russia has never threatened the Ukrainian people.');
  });

  it('shows the discrepancy’s two wordings and the diff with <del> and <ins>', async () => {
    const data = await story(seeded.seedStoryId);
    const body = html(data);
    const id = data.discrepancies.find((d) => d.speaker === 'Blinken')!.id;
    expect(body).toContain(`id="d-${id}"`);
    expect(body).toContain('Blinken, quoted two ways');
    expect(body).toContain('on a ‘clearer path’ to understanding');
    expect(body).toContain('on a clear path to understanding');
    expect(body).toMatch(/on a <del[^>]*>clearer<\/del> <ins[^>]*>clear<\/ins> path to understanding/);
  });

  it('shows the timeline of events: each date, the sentence giving it with the date marked, and its article linked', async () => {
    const data = await story(seeded.seedStoryId);
    const body = html(data);
    expect(body).toContain('<a href="#events">Timeline of events</a>');
    const events = body.slice(body.indexOf('id="events"'));
    expect(events).toContain('<time datetime="2021-12">December 2021</time>');
    expect(events).toContain('<mark>Last month</mark>, Russia had published its security demands');
    expect(events).toContain('24–30 January 2022');
    for (const id of seeded.seedIds) expect(events).toContain(`href="/articles/${id}"`);
  });

  it('gives every quote a permalink and links each article to its "new since" view', async () => {
    const data = await story(seeded.seedStoryId);
    const body = html(data);
    for (const { quote } of data.quotes.flatMap((group) => group.quotes)) expect(body).toContain(`id="q-${quote.id}"`);
    for (const { id } of data.timeline) expect(body).toContain(`href="/stories/${data.story.id}?since=${id}"`);
  });

  it('in the since view, shows what is new under "New since you read"', async () => {
    const second = (await story(seeded.seedStoryId)).timeline[1]!;
    const data = await story(seeded.seedStoryId, `?since=${second.id}`);
    const body = html(data);
    expect(body).toContain(`New since you read “${second.title.slice(0, 20)}`);
    for (const group of data.since?.groups ?? []) for (const { statement } of group.statements) expect(body).toContain(`id="s-${statement.id}"`);
    expect(body).not.toContain('id="sources"');
    expect(body).toContain('Showing what is new since this article');
  });

  it('keeps markup in article text as text', async () => {
    const data = await story(seeded.scriptStoryId);
    expect(data.timeline.map((entry) => entry.id)).toEqual([seeded.scriptId]);
    const body = html(data);
    expect(body).toContain('nothing to compare it with yet');
    expect(body).not.toContain('In one source only');
    expect(body).toContain('&lt;script>alert(1)&lt;/script>');
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).not.toMatch(/<script/);
  });
});

describe('a story with a near-identical version of an article', () => {
  let versionId: string;
  beforeAll(async () => {
    // Seed 001 again with one sentence added: a version of it, which the comparison reads once.
    const seed = (await readSeeds()).find((input) => input.path.includes('001_'))!;
    const text = `${new TextDecoder().decode(seed.bytes).trimEnd()}\n\nThe talks ended shortly after noon.\n`;
    const summary = await importArticles(seeded.store.db, [{ path: 'tests/version.txt', bytes: new TextEncoder().encode(text) }]);
    expect(summary.imported).toBe(1);
    await placeQueuedArticles(seeded.store.db);
    const stored = await getStory(seeded.store.db, seeded.seedStoryId);
    versionId = stored!.articles.find((article) => !seeded.seedIds.includes(article.id))!.id;
  });

  it('shows the version on the timeline as a version of the original, outside the comparison', async () => {
    const data = await story(seeded.seedStoryId);
    const version = data.timeline.find((entry) => entry.id === versionId);
    const original = (await getArticle(seeded.store.db, seeded.seedIds[1]!))!;
    expect(version).toMatchObject({ source: null, versionOf: { id: original.id, title: original.title } });
    expect(data.sources).toHaveLength(2);
    expect(data.uncompared).toEqual({ versions: 1, overLimit: 0 });
    expect(html(data)).toContain('near-identical');
  });

  it('answers "new since" the version as for the article it copies', async () => {
    const viaVersion = await story(seeded.seedStoryId, `?since=${versionId}`);
    const viaOriginal = await story(seeded.seedStoryId, `?since=${seeded.seedIds[1]}`);
    expect(viaVersion.since?.article.id).toBe(versionId);
    expect(viaVersion.since?.groups).toEqual(viaOriginal.since?.groups);
  });
});
