import { beforeAll, describe, expect, it } from 'vitest';
import { openSharedSeededStore, requestEvent, type SeededStore } from '../../testing/store';
import { atomElements, atomText, parseXml } from '../../testing/xml';
import { GET } from './+server';

type Event = Parameters<typeof GET>[0];
const fetchFeed = (path: string) => GET(requestEvent<Event>(path));

let seeded: SeededStore;
beforeAll(async () => {
  seeded = await openSharedSeededStore();
});

describe('GET /feed.xml', () => {
  it('is an Atom feed of the newest articles with absolute links', async () => {
    const response = await fetchFeed('/feed.xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const doc = parseXml(await response.text());
    const entries = atomElements(doc, 'entry');
    expect(entries).toHaveLength(2 + 1 + 24);
    const newest = entries[0]!;
    expect(atomText(newest, 'id')).toBe(`http://dateline.test/articles/${seeded.dailyIds.at(-1)}`);
    expect(atomElements(newest, 'link')[0]?.getAttribute('href')).toBe(`http://dateline.test/articles/${seeded.dailyIds.at(-1)}`);
    expect(atomText(newest, 'updated')).toBe('2022-02-24T00:00:00Z');
    expect(atomText(doc, 'id')).toBe('http://dateline.test/feed.xml');
  });

  it('keeps markup in article text as text', async () => {
    const body = await (await fetchFeed('/feed.xml?to=2022-01-22')).text();
    expect(body).not.toContain('<script>');
    const entry = atomElements(parseXml(body), 'entry').find((e) => atomText(e, 'id')?.endsWith(seeded.scriptId));
    expect(atomText(entry!, 'title')).toContain('<script>alert(1)</script> & "quotes"');
  });

  it('with ?q= is the feed of that search, snippets as HTML', async () => {
    const response = await fetchFeed('/feed.xml?q=Lavrov');
    const doc = parseXml(await response.text());
    expect(atomText(doc, 'title')).toBe('Dateline: search for “Lavrov”');
    const entries = atomElements(doc, 'entry');
    expect(entries).toHaveLength(2);
    expect(atomElements(entries[0]!, 'summary')[0]?.getAttribute('type')).toBe('html');
    expect(atomText(entries[0]!, 'summary')).toContain('<mark>');
    const alternate = atomElements(doc, 'link').find((link) => link.getAttribute('rel') === 'alternate');
    expect(alternate?.getAttribute('href')).toBe('http://dateline.test/search?q=Lavrov');
  });

  it('caps the feed at 50 and ignores a cursor', async () => {
    const doc = parseXml(await (await fetchFeed('/feed.xml?cursor=bogus')).text());
    expect(atomElements(doc, 'entry').length).toBeLessThanOrEqual(50);
  });

  it('is a plain-text 400 for bad dates', async () => {
    const response = await fetchFeed('/feed.xml?q=geneva&from=nope');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toMatch(/From date/);
  });
});
