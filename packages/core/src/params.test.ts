import { describe, expect, it } from 'vitest';
import { articleListParams, isCalendarDate, searchParams } from './params.js';

describe('isCalendarDate', () => {
  it('accepts real dates, leap days included', () => {
    expect(isCalendarDate('2022-01-21')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });
  it('rejects dates off the calendar and other shapes', () => {
    for (const value of ['2023-02-30', '2023-02-29', '2023-13-01', '2023-1-5', 'yesterday', '20230105']) {
      expect(isCalendarDate(value)).toBe(false);
    }
  });
});

describe('articleListParams', () => {
  it('coerces query-string values and defaults the limit', () => {
    expect(articleListParams.parse({ limit: '5', from: '2022-01-01', to: '' })).toEqual({ limit: 5, from: '2022-01-01' });
    expect(articleListParams.parse({}).limit).toBe(20);
  });
  it('names the bad parameter', () => {
    const cases: [Record<string, string>, string][] = [
      [{ limit: '0' }, 'limit'],
      [{ limit: '101' }, 'limit'],
      [{ limit: 'abc' }, 'limit'],
      [{ limit: '2.5' }, 'limit'],
      [{ from: '2023-02-30' }, 'from'],
      [{ from: '2022-02-01', to: '2022-01-01' }, 'from'],
    ];
    for (const [input, field] of cases) {
      const result = articleListParams.safeParse(input);
      expect(result.success, JSON.stringify(input)).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual([field]);
    }
  });
});

describe('searchParams', () => {
  it('requires a non-empty query', () => {
    expect(searchParams.safeParse({ q: '   ' }).error?.issues[0]?.path).toEqual(['q']);
    expect(searchParams.safeParse({}).error?.issues[0]?.path).toEqual(['q']);
    expect(searchParams.parse({ q: ' Lavrov ' }).q).toBe('Lavrov');
  });
});

describe('strict query-string values', () => {
  it('accepts only plain digits for limit', () => {
    for (const limit of ['0x10', '1e1', ' 1', '-5']) expect(articleListParams.safeParse({ limit }).success, limit).toBe(false);
    expect(articleListParams.parse({ limit: 7 }).limit).toBe(7);
  });
  it('drops control characters from a query', () => {
    expect(searchParams.parse({ q: 'a\u0000b' }).q).toBe('a b');
    expect(searchParams.safeParse({ q: '\u0000' }).success).toBe(false);
  });
});
