import { describe, expect, it } from 'vitest';
import { fillMonths, layoutMonthChart } from './chart';

describe('fillMonths', () => {
  it('fills the months without articles between the first and the last, across years', () => {
    expect(fillMonths([{ month: '2021-11', articles: 2 }, { month: '2022-02', articles: 5 }])).toEqual([
      { month: '2021-11', articles: 2 },
      { month: '2021-12', articles: 0 },
      { month: '2022-01', articles: 0 },
      { month: '2022-02', articles: 5 },
    ]);
  });

  it('gives no months for none, and the one month for one', () => {
    expect(fillMonths([])).toEqual([]);
    expect(fillMonths([{ month: '2022-01', articles: 1 }])).toEqual([{ month: '2022-01', articles: 1 }]);
  });
});

describe('layoutMonthChart', () => {
  it('scales bars to the busiest month, side by side in slots of at most 24 units', () => {
    const chart = layoutMonthChart([{ month: '2022-01', articles: 4 }, { month: '2022-03', articles: 1 }]);
    expect(chart).toMatchObject({ width: 72, height: 120, max: 4 });
    expect(chart.bars.map((bar) => [bar.label, bar.articles, bar.height])).toEqual([
      ['January 2022', 4, 120],
      ['February 2022', 0, 0],
      ['March 2022', 1, 30],
    ]);
    const [first, , third] = chart.bars;
    expect(first).toMatchObject({ x: 2.4, y: 0, width: 19.2 });
    expect(third).toMatchObject({ y: 90 });
    expect(third).toMatchObject({ x: 50.4 });
  });

  it('narrows the slots to keep many months within 640 units, and keeps a small count visible', () => {
    const months = Array.from({ length: 64 }, (_, i) => ({ month: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, articles: i === 0 ? 1 : 500 }));
    const chart = layoutMonthChart(months);
    expect(chart.width).toBe(640);
    expect(chart.bars).toHaveLength(64);
    expect(chart.bars[0]?.height).toBe(2);
  });
});
