import { describe, expect, it } from 'vitest';
import { tenseAround } from './tense.js';

/** The tense around the first occurrence of `expression` in `sentence`. */
const tenseOf = (sentence: string, expression: string) => {
  const start = sentence.indexOf(expression);
  return tenseAround(sentence, start, start + expression.length);
};

describe('tenseAround', () => {
  it('reads the verb before the date first: "said on Monday that he would …" is past', () => {
    expect(tenseOf('EU’s head of foreign policy, Josep Borrell, said on Monday that he would “double-check”.', 'on Monday')).toBe('past');
    expect(tenseOf('Putin, on Wednesday, warned that Russia could double its troops.', 'on Wednesday')).toBe('past');
    expect(tenseOf('Russia and Turkey will meet UN officials in Istanbul on Wednesday to discuss a deal.', 'on Wednesday')).toBe('future');
  });

  it('falls back to the verb after the date when none comes before', () => {
    expect(tenseOf('In a speech on Monday, Wallace will say president Putin has failed.', 'on Monday')).toBe('future');
    expect(tenseOf('On Friday, the Kremlin said it would increase supplies.', 'On Friday')).toBe('past');
    expect(tenseOf('Talks in Geneva on Monday.', 'on Monday')).toBe('unknown');
  });

  it('knows schedules: "is due to", "set to", "scheduled for", "ends on", "ahead of"', () => {
    expect(tenseOf('The case is scheduled to return to court on Thursday.', 'on Thursday')).toBe('future');
    expect(tenseOf('The next hearing is planned for 2 August.', '2 August')).toBe('future');
    expect(tenseOf('E.U. energy ministers are set to meet Tuesday.', 'Tuesday')).toBe('future');
    expect(tenseOf('It remains to be seen if the summit, which ends on Tuesday, will deliver.', 'on Tuesday')).toBe('future');
    expect(tenseOf('The chain has unveiled its new logo, ahead of a grand reopening on Sunday.', 'on Sunday')).toBe('future');
  });

  it('reads a plan in the past as either side, and "due to" alone as "because of"', () => {
    expect(tenseOf('He was due to become a board member on Saturday.', 'on Saturday')).toBe('unknown');
    expect(tenseOf('The vote was scheduled for Monday.', 'Monday')).toBe('unknown');
    expect(tenseOf('Officials had planned to evacuate civilians on Friday.', 'on Friday')).toBe('unknown');
    expect(tenseOf('The ministry said it planned to file the offer by early September.', 'September')).toBe('future');
    expect(tenseOf('Deliveries through the Yamal pipeline ceased in May due to sanctions.', 'in May')).toBe('past');
  });

  it('treats "would" as either side, a present passive as no past, and names as no cue', () => {
    expect(tenseOf('It hoped it would receive the go-ahead later on Friday.', 'on Friday')).toBe('unknown');
    expect(tenseOf('The pipeline is closed for its annual inspection on 11 July and will be unable to carry gas.', 'on 11 July')).toBe('future');
    expect(tenseOf('Mohammed Ahmed on Monday.', 'on Monday')).toBe('unknown');
    expect(tenseOf('We’ll be back on Monday.', 'on Monday')).toBe('future');
  });
});
