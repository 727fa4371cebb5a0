import { describe, expect, it } from 'vitest';
import { findQuotations } from './quote-marks.js';

const quoted = (text: string) => findQuotations(text).map((q) => text.slice(q.start, q.end));

describe('findQuotations', () => {
  it('finds double and single quotations, and not apostrophes', () => {
    expect(quoted('Lavrov’s aides said the talks were ‘frank’ and “useful”, the officials’ notes say.')).toEqual(['frank', 'useful']);
    expect(quoted("It was the '90s, and we'd 'fully' agreed.")).toEqual(['fully']);
  });

  it('keeps a quote inside a quote within the outer one', () => {
    expect(quoted('He said: “They told me ‘no’ twice.”')).toEqual(['They told me ‘no’ twice.']);
  });

  it('runs a double quotation left open to the end of the paragraph', () => {
    const [open] = findQuotations('“We will never give up. We will fight on');
    expect(open).toMatchObject({ closed: false, double: true });
  });
});
