import { isHttpError } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSharedSeededStore, requestEvent, type SeededStore } from '../testing/store';
import type { PageData } from './$types';
import { load } from './+page.server';

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
