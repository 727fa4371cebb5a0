import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../parse/dateline.js';
import { storyHeadline, summarizeStory } from './headline.js';

const shared = new URL('../../../../../shared/', import.meta.url);

interface WclRow {
  event_id: number;
  date_from_url: string | null;
  body: string;
}

// NewsWCL50 event 3: five outlets on the Democratic Party suing Russia and the Trump campaign. Each body
// opens with the outlet's headline.
const lawsuit = readFileSync(new URL('corpora/jsonl/newswcl50.jsonl', shared), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as WclRow)
  .filter((row) => row.event_id === 3)
  .map((row) => {
    const [title, ...rest] = row.body.split('\n\n');
    return { title: title!, date: row.date_from_url, text: rest.join('\n\n') };
  });

const seeds = ['000_c66e0426fc53bf12.txt', '001_c7a6c6fe8c268c71.txt'].map((name) => {
  const parsed = parseDateline(readFileSync(new URL(`seeds/${name}`, shared)));
  return { title: parsed.title, titleInferred: parsed.titleInferred, date: parsed.date, text: parsed.blocks.map((b) => b.text).join('\n\n') };
});

const words = (s: string) => s.split(' ').length;

describe('storyHeadline', () => {
  it('picks the most central outlet headline, readable, not the shouted one', () => {
    const headline = storyHeadline(lawsuit);
    expect(headline).toBe('Democrats Sue Russia And Trump Campaign, Alleging Conspiracy In 2016 Election');
    expect(headline).not.toMatch(/DESPERATION/);
    expect(words(headline)).toBeLessThanOrEqual(14);
    expect(headline.length).toBeLessThanOrEqual(100);
  });

  it('infers a headline from the lead when no member has a title', () => {
    const headline = storyHeadline(seeds.map(({ text, date }) => ({ text, date })));
    expect(headline).toMatch(/Lavrov|Blinken/);
    expect(words(headline)).toBeLessThanOrEqual(14);
  });

  it('prefers a publisher’s title to one inferred from a lead', () => {
    const members = [
      { ...seeds[0]!, titleInferred: true },
      { title: 'Blinken and Lavrov talk in Geneva as Russia masses troops near Ukraine', titleInferred: false, text: seeds[1]!.text },
    ];
    expect(storyHeadline(members)).toBe('Blinken and Lavrov talk in Geneva as Russia masses troops near Ukraine');
  });

  it('is empty for no members', () => {
    expect(storyHeadline([])).toBe('');
  });
});

describe('summarizeStory', () => {
  it('gives the headline, the date span and the count', () => {
    const summary = summarizeStory(lawsuit);
    expect(summary.articleCount).toBe(5);
    // One outlet's URL had no date; the span comes from the others.
    expect(summary.firstDate).toBe('2018-04-20');
    expect(summary.lastDate).toBe('2018-04-20');
    expect(summary.headline).toBe(storyHeadline(lawsuit));
  });

  it('has null dates when no member has one', () => {
    expect(summarizeStory([{ title: 'Quake hits Qeshm island', date: null }])).toEqual({
      headline: 'Quake hits Qeshm island',
      firstDate: null,
      lastDate: null,
      articleCount: 1,
    });
  });
});
