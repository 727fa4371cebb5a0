import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../parse/dateline.js';
import { splitArticle, splitSentences } from './sentences.js';

const seeds = new URL('../../../../../shared/seeds/', import.meta.url);
const seedPath = (name: string) => fileURLToPath(new URL(name, seeds));
const seed1 = parseDateline(readFileSync(seedPath('000_c66e0426fc53bf12.txt')), '000');
const seed2 = parseDateline(readFileSync(seedPath('001_c7a6c6fe8c268c71.txt')), '001');

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps abbreviations, titles, dotted acronyms and initials inside the sentence', () => {
    expect(texts('US Secy Blinken met Mr. Lavrov on Jan. 21 at 10 a.m. in Geneva. Dr. Smith was not there.')).toEqual([
      'US Secy Blinken met Mr. Lavrov on Jan. 21 at 10 a.m. in Geneva.',
      'Dr. Smith was not there.',
    ]);
    expect(texts('The U.S. Embassy said it would reopen. It did not say when.')).toEqual([
      'The U.S. Embassy said it would reopen.',
      'It did not say when.',
    ]);
    expect(texts('J. K. Rowling wrote to President George W. Bush. He replied.')).toEqual([
      'J. K. Rowling wrote to President George W. Bush.',
      'He replied.',
    ]);
    expect(texts('She lives at No. 10 Downing Street, Gen. Smith said.')).toHaveLength(1);
    expect(texts('WEST PALM BEACH, Fla. — President Trump spoke.')).toHaveLength(1);
  });

  it('ends a sentence at an abbreviation when a sentence-opening word follows', () => {
    expect(texts('He flew to the U.S. The talks began at 9 a.m. However, nothing came of them.')).toEqual([
      'He flew to the U.S.',
      'The talks began at 9 a.m.',
      'However, nothing came of them.',
    ]);
  });

  it('keeps decimals and mid-sentence ellipses, and splits at an ellipsis before a capital', () => {
    expect(texts('Growth was 2.5 percent in 2021. Inflation rose to 6.1 percent.')).toEqual([
      'Growth was 2.5 percent in 2021.',
      'Inflation rose to 6.1 percent.',
    ]);
    expect(texts('It was, well... not great. He paused… Then he left.')).toEqual([
      'It was, well... not great.',
      'He paused…',
      'Then he left.',
    ]);
  });

  it('gives a closing quote after the stop to the sentence it closes', () => {
    expect(texts('He said: “We will act.” Then he left.')).toEqual(['He said: “We will act.”', 'Then he left.']);
    expect(texts('“Are you ready?” he asked. “Yes.”')).toEqual(['“Are you ready?” he asked.', '“Yes.”']);
    expect(texts("It was 'over.' Nobody argued.")).toEqual(["It was 'over.'", 'Nobody argued.']);
  });

  it('gives offsets into the text', () => {
    const text = '  First one.  Second one?  Third ';
    for (const span of splitSentences(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(texts(text)).toEqual(['First one.', 'Second one?', 'Third']);
  });
});

describe('splitArticle', () => {
  it('splits the seeds into sentences placed by block and offset', () => {
    const sentences = splitArticle(seed1.blocks);
    for (const s of sentences) expect(seed1.blocks[s.blockIndex]?.text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
    expect(sentences[0]?.text).toMatch(/^Despite reaching no breakthroughs .* "on a clear path to understanding"\.$/u);
    expect(sentences[1]?.text).toMatch(/^According to Sputnik, Blinken also reiterated/u);
    // The quotation's closing mark stays with its last sentence.
    expect(sentences.some((s) => s.text.endsWith('never threatened the Ukrainian people.”'))).toBe(true);
    expect(sentences.find((s) => s.text === 'Blinken said Biden \'fully prepared\' to meet Putin')?.heading).toBe(true);
  });

  it('keeps "US Secy" and the four-sentence Blinken quotation of the second seed apart correctly', () => {
    const texts2 = splitArticle(seed2.blocks).map((s) => s.text);
    expect(texts2).toContain('Not anticipating big breakthroughs: US Secy Blinken');
    expect(texts2).toContain('The US Secretary of State had said, “But the bottom line is this: This is a critical moment.');
    expect(texts2).toContain('You’re right, we don’t expect to resolve our differences here today.');
    expect(texts2.some((t) => t.startsWith('On January 19, Blinken met Ukrainian President Volodymyr Zelensky'))).toBe(true);
  });
});
