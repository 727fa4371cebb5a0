import type { EntityProfile, EntitySummary, Page } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { expectInvalid, expectJson, expectProblem } from '../testdata/expect.js';
import { useSeededApp } from '../testdata/app.js';

const context = useSeededApp();

const summaryKeys = ['articleCount', 'key', 'kind', 'name'];
const profileKeys = [...summaryKeys, 'articles', 'months', 'quotes', 'related', 'roles', 'timeline'].sort();
const cursorOf = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

async function search(query = ''): Promise<Page<EntitySummary>> {
  return expectJson<Page<EntitySummary>>(await context.app.request(`/api/entities${query}`));
}

async function keys(query: string): Promise<string[]> {
  return (await search(query)).items.map((entity) => entity.key);
}

async function profile(key: string): Promise<EntityProfile> {
  return expectJson<EntityProfile>(await context.app.request(`/api/entities/${encodeURIComponent(key)}`));
}

describe('GET /api/entities', () => {
  it('lists every entity once, the most written about first, ties by key', async () => {
    const page = await search('?limit=100');
    expect(page.nextCursor).toBeNull();
    for (const entity of page.items) expect(Object.keys(entity).sort()).toEqual(summaryKeys);
    const order = page.items.map((entity) => [entity.articleCount, entity.key] as const);
    expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1)));
    // Geneva is in both seeds and in the Geneva test article.
    expect(page.items[0]).toEqual({ key: 'place:geneva', kind: 'place', name: 'Geneva', articleCount: 3 });
    expect(new Set(page.items.map((entity) => entity.key)).size).toBe(page.items.length);
  });

  it('finds Blinken by part of his name, listing the bare surname under the full name', async () => {
    const page = await search('?q=blinken');
    expect(page.items[0]).toEqual({ key: 'person:antony blinken', kind: 'person', name: 'Antony Blinken', articleCount: 2 });
    for (const entity of page.items) expect(entity.name.toLowerCase()).toContain('blinken');
    // One seed names only "Blinken": that bare surname is Antony Blinken's, not an entity of its own.
    expect(page.items.map((entity) => entity.key)).not.toContain('person:blinken');
    expect(await search('?q=BLINKEN')).toEqual(page);
    expect(await keys('?q=tony%20bli')).toEqual(['person:antony blinken']);
  });

  it('keeps one kind', async () => {
    const places = (await search('?kind=place&limit=100')).items;
    expect(places.map((entity) => entity.key)).toContain('place:geneva');
    for (const entity of places) expect(entity.kind).toBe('place');
    expect(await keys('?kind=person&q=lavrov')).toEqual(['person:sergey lavrov']);
    expect(await keys('?kind=organisation&q=lavrov')).toEqual([]);
    for (const entity of (await search('?kind=organisation&limit=100')).items) expect(entity.kind).toBe('organisation');
  });

  it('takes % and _ in a name literally', async () => {
    expect(await keys('?q=%25')).toEqual([]);
    expect(await keys('?q=_')).toEqual([]);
  });

  it('walks every page once, in order, following nextCursor', async () => {
    const all = (await search('?limit=100')).items;
    const seen: EntitySummary[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page<EntitySummary> = await search(`?limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 4));
  });

  it('treats empty form fields as absent', async () => {
    expect(await search('?q=&kind=&limit=&cursor=')).toEqual(await search());
  });

  it.each([
    ['kind=planet', ['kind']],
    ['kind=Person', ['kind']],
    ['kind=person&kind=place', ['kind']],
    ['limit=0', ['limit']],
    ['limit=101', ['limit']],
    ['limit=abc', ['limit']],
    [`q=${'x'.repeat(201)}`, ['q']],
    ['cursor=not-a-cursor', ['cursor']],
    [`cursor=${'x'.repeat(201)}`, ['cursor']],
    [`cursor=${cursorOf([-1])}`, ['cursor']],
    [`cursor=${cursorOf([2.5])}`, ['cursor']],
    [`cursor=${cursorOf([1e9])}`, ['cursor']],
    [`cursor=${cursorOf(['2022-01-21', '6cb91af70096c4b4'])}`, ['cursor']],
    ['kind=planet&limit=0', ['kind', 'limit']],
  ])('rejects %s as a 400 naming %j', async (query, names) => {
    await expectInvalid(await context.app.request(`/api/entities?${query}`), names);
  });
});

describe('GET /api/entities/:id', () => {
  it("gives Antony Blinken's page: roles, months, quotes, related entities, articles and timeline", async () => {
    const blinken = await profile('person:antony blinken');
    expect(Object.keys(blinken).sort()).toEqual(profileKeys);
    expect(blinken).toMatchObject({ key: 'person:antony blinken', kind: 'person', name: 'Antony Blinken', articleCount: 2 });
    expect(blinken.roles.some(({ role }) => role.includes('Secretary of State'))).toBe(true);
    expect(blinken.months).toEqual([{ month: '2022-01', articles: 2 }]);
    expect(blinken.articles.map((article) => article.id).sort()).toEqual([...context.seeded.seedIds].sort());
    // His quotes in both seeds: under his full name in one, his bare surname in the other.
    expect(new Set(blinken.quotes.map((quote) => quote.speakerKey))).toEqual(new Set(['person:antony blinken', 'person:blinken']));
    expect(new Set(blinken.quotes.map((quote) => quote.articleId))).toEqual(new Set(context.seeded.seedIds));
    expect(blinken.quotes.some((quote) => quote.text.includes('clearer path'))).toBe(true);
    expect(blinken.related.find((entity) => entity.key === 'person:sergey lavrov')).toMatchObject({ kind: 'person', shared: 2 });
    expect(blinken.related.map((entity) => entity.key)).not.toContain('person:blinken');
    expect(blinken.timeline.find((event) => event.expression === 'on Wednesday')).toMatchObject({
      from: '2022-01-19',
      to: '2022-01-19',
      granularity: 'day',
      articleDate: '2022-01-21',
    });
    for (const event of blinken.timeline) expect(event.sentence).toMatch(/Blinken|Secretary of State/);
  });

  it('answers the bare surname a full-name person owns with that person', async () => {
    expect(await profile('person:blinken')).toEqual(await profile('person:antony blinken'));
  });

  it('takes the key percent-encoded or with its colon as is', async () => {
    const expected = await profile('person:sergey lavrov');
    expect(await expectJson(await context.app.request('/api/entities/person%3Asergey%20lavrov'))).toEqual(expected);
    expect(await expectJson(await context.app.request('/api/entities/person:sergey%20lavrov'))).toEqual(expected);
    expect(expected.quotes.length).toBeGreaterThan(5);
    for (const quote of expected.quotes) expect(quote.speakerKey).toBe('person:sergey lavrov');
  });

  it('gives a place no roles and no quotes', async () => {
    const geneva = await profile('place:geneva');
    expect(geneva).toMatchObject({ key: 'place:geneva', articleCount: 3, roles: [], quotes: [] });
    expect(geneva.articles.map((article) => article.id).sort()).toEqual([...context.seeded.seedIds, context.seeded.ids.geneva].sort());
  });

  it('answers 404 for an unknown entity', async () => {
    const body = await expectProblem(await context.app.request('/api/entities/person%3Anobody'), 404, '/api/entities/person%3Anobody');
    expect(body).toMatchObject({ type: 'about:blank', title: 'Not Found', detail: 'No entity has this key.' });
  });

  it.each([
    ['antony%20blinken', 'a key without its kind'],
    ['planet%3Amars', 'an unknown kind'],
    ['person%3A', 'a kind without a name'],
    ['PERSON%3Aantony%20blinken', 'a kind in capitals'],
    ['person%3AAntony%20Blinken', 'a name not folded'],
    ['%00', 'a NUL byte'],
    ['person%3Aa%00b', 'a NUL byte inside'],
    ['%E0%A4%A', 'broken percent-encoding'],
    ['person%3A%ED%A0%80', 'an encoded lone surrogate'],
    ['person%3A%F0%9F%92%A9', 'an emoji'],
    ["person%3A1'%20OR%20'1'='1", 'SQL-looking text'],
    ['place%3Aa%2Fb', 'an encoded slash'],
    [`person%3A${'x'.repeat(5000)}`, 'a very long key'],
  ])('answers 404, not 500, for %s (%s)', async (key) => {
    await expectProblem(await context.app.request(`/api/entities/${key}`), 404);
  });
});
