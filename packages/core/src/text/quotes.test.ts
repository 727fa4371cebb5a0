import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Block } from '../model.js';
import { parseDateline } from '../parse/dateline.js';
import { findQuotations } from './quote-marks.js';
import { collectRoles, extractQuotes, type Quote } from './quotes.js';

const seeds = new URL('../../../../../shared/seeds/', import.meta.url);
const seedPath = (name: string) => fileURLToPath(new URL(name, seeds));
const seed1 = parseDateline(readFileSync(seedPath('000_c66e0426fc53bf12.txt')), '000');
const seed2 = parseDateline(readFileSync(seedPath('001_c7a6c6fe8c268c71.txt')), '001');

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ type: 'paragraph', text }));
const direct = (quotes: Quote[], text: string) => quotes.find((q) => q.kind === 'direct' && q.text === text);
const reported = (quotes: Quote[], start: string) => quotes.find((q) => q.kind === 'reported' && q.text.startsWith(start));

describe('extractQuotes on the seeds', () => {
  const quotes1 = extractQuotes(seed1.blocks);
  const quotes2 = extractQuotes(seed2.blocks);

  it('finds Blinken and Lavrov with their own words', () => {
    expect(direct(quotes1, 'severe response')).toMatchObject({ speaker: 'Blinken', citedSource: 'Sputnik' });
    expect(direct(quotes1, 'frank')?.speaker).toBe('Blinken');
    expect(direct(quotes1, 'substantive')?.speaker).toBe('Blinken');
    expect(direct(quotes1, 'always ready')).toMatchObject({ speaker: 'Lavrov', citedSource: 'Sputnik' });
    expect(direct(quotes2, 'clearer path')?.speaker).toBe('Blinken');
    expect(direct(quotes2, 'emotions will decrease')).toMatchObject({ speaker: 'Lavrov', speakerRole: 'Russian Foreign Minister' });
    expect(direct(quotes2, 'relatively short order')?.speaker).toBe('Blinken');
  });

  it('keeps a multi-sentence quotation whole and attributed', () => {
    const lavrov = quotes1.find((q) => q.kind === 'direct' && q.text.startsWith('Our American colleagues'));
    expect(lavrov?.speaker).toBe('Lavrov');
    expect(lavrov?.text).toMatch(/de-escalation…But we ended with an agreement .* next week$/u);
    expect(lavrov?.lastSentenceIndex).toBeGreaterThan(lavrov?.sentenceIndex ?? Infinity);
    const blinken = quotes2.find((q) => q.kind === 'direct' && q.text.startsWith('But the bottom line is this'));
    expect(blinken).toMatchObject({ speaker: 'Blinken', speakerRole: 'US Secretary of State' });
    expect(blinken?.text.endsWith('see where we go from here.')).toBe(true);
  });

  it('resolves a role to the name the article pairs it with, or to the speaker named just after it', () => {
    // Seed 1 pairs "Russian Foreign Minister Sergey Lavrov"; it opens with "US Secretary of State said …"
    // and names Blinken as the speaker of the next sentence.
    const heard = direct(quotes1, 'I have not heard a single argument today that would substantiate the US position on what is happening on the Russian-Ukrainian border, only concerns');
    expect(heard).toMatchObject({ speaker: 'Lavrov', speakerRole: 'Russian Foreign Minister' });
    expect(direct(quotes1, 'on a clear path to understanding')).toMatchObject({ speaker: 'Blinken', speakerRole: 'US Secretary of State' });
  });

  it('takes a role the article leaves unpaired from the story, and else leaves the speaker null with the role', () => {
    const text = paragraphs('The Russian foreign minister said on Friday that the talks had been useful.');
    expect(reported(extractQuotes(text), 'the talks had been useful')).toMatchObject({ speaker: null, speakerRole: 'Russian foreign minister' });
    const story = collectRoles(seed2.blocks);
    expect(reported(extractQuotes(text, { roles: story }), 'the talks had been useful')?.speaker).toBe('Lavrov');
  });

  it('cites the agency an article credits', () => {
    const mentioned = quotes1.find((q) => q.kind === 'direct' && q.text.startsWith('You mentioned the statement'));
    expect(mentioned).toMatchObject({ speaker: 'Lavrov', citedSource: 'news agency' });
    expect(direct(quotes1, 'threaten Ukrainian people')).toMatchObject({ speaker: 'Lavrov', citedSource: 'Sputnik' });
  });

  it('finds reported statements with their speakers', () => {
    expect(reported(quotes1, 'both sides are "on a clear path to understanding"')?.speaker).toBe('Blinken');
    expect(reported(quotes1, 'Russia has never threatened the Ukrainian people and is also not planning')?.speaker).toBe('Lavrov');
    expect(reported(quotes1, 'Russia hopes that the US will')?.speaker).toBe('Lavrov');
    expect(reported(quotes2, 'Russia could double the number of its troops')?.speaker).toBe('Blinken');
    expect(reported(quotes2, 'US and Russia are on a ‘clearer path’ to understanding each other’s concerns')?.speaker).toBe('Blinken');
  });

  it('gives a quotation standing alone the speaker of the paragraph before it', () => {
    // The subheading ‘Russia does not threaten Ukrainian people’ follows Lavrov's quotation.
    expect(direct(quotes1, 'Russia does not threaten Ukrainian people')?.speaker).toBe('Lavrov');
  });

  it('places every quote by block, sentence and offsets', () => {
    for (const [article, quotes] of [[seed1, quotes1], [seed2, quotes2]] as const) {
      for (const q of quotes) expect(article.blocks[q.blockIndex]?.text.slice(q.start, q.end)).toBe(q.text);
    }
  });
});

describe('extractQuotes on tricky text', () => {
  it('tells apostrophes from quote marks', () => {
    const quotes = extractQuotes(paragraphs("Russia's troops and Lavrov’s aides don't think the talks were 'fully' useful, the officials' notes say."));
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual(['fully']);
    expect(findQuotations("We've been clear: Ukraine's border isn't 'negotiable'.").map((q) => q.double)).toEqual([false]);
    expect(extractQuotes(seed2.blocks).some((q) => q.text.startsWith('s concerns'))).toBe(false);
  });

  it('resolves he and she to the last fitting person named before, skipping owners', () => {
    const quotes = extractQuotes(
      paragraphs(
        'Mr. Trump alluded to Mr. Pompeo’s mission when he said that talks were under way.',
        'Ms. Merkel met Mr. Trump. “We disagree on trade,” she said.',
      ),
    );
    expect(reported(quotes, 'talks were under way')?.speaker).toBe('Trump');
    expect(direct(quotes, 'We disagree on trade,')?.speaker).toBe('Merkel');
  });

  it('gives null, not a guess, when a pronoun or a group has no named person', () => {
    const quotes = extractQuotes(paragraphs('“It is over,” he said. Officials said that the border was closed.'));
    expect(direct(quotes, 'It is over,')?.speaker).toBeNull();
    expect(reported(quotes, 'the border was closed')?.speaker).toBeNull();
  });

  it('takes the speaker after the quotation and carries it over to the next', () => {
    const quotes = extractQuotes(paragraphs('“We are ready,” said Sergey Lavrov, Russia’s foreign minister. “We will talk.”'));
    expect(direct(quotes, 'We are ready,')?.speaker).toBe('Lavrov');
    expect(direct(quotes, 'We will talk.')?.speaker).toBe('Lavrov');
  });

  it('separates the speaker from the outlet that carried the words', () => {
    const quotes = extractQuotes(
      paragraphs(
        'According to Sputnik, Blinken said the talks were useful.',
        'Lavrov told Reuters that the talks were “frank”.',
        'As per Tass, Kuleba said that Kyiv would not yield.',
      ),
    );
    expect(reported(quotes, 'the talks were useful')).toMatchObject({ speaker: 'Blinken', citedSource: 'Sputnik' });
    expect(direct(quotes, 'frank')).toMatchObject({ speaker: 'Lavrov', citedSource: 'Reuters' });
    expect(reported(quotes, 'Kyiv would not yield')).toMatchObject({ speaker: 'Kuleba', citedSource: 'Tass' });
  });
});
