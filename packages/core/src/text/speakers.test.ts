import { describe, expect, it } from 'vitest';
import type { Block } from '../model.js';
import { extractQuotes } from './quotes.js';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ type: 'paragraph', text }));
const speakerOf = (blocks: Block[], start: string) => extractQuotes(blocks).find((q) => q.text.startsWith(start))?.speaker;

describe('who a pronoun or a role stands for', () => {
  it('takes the last speaker before a pronoun, not the first name in their sentence', () => {
    const blocks = paragraphs('Speaking at a fundraising reception in Los Angeles, Biden said “there was no doubt” Putin had planned it.', '“Nothing like this has happened since world war two,” he told donors.');
    expect(speakerOf(blocks, 'Nothing like this')).toBe('Biden');
  });

  it('follows a sentence led by a pronoun back to whom that pronoun means', () => {
    const blocks = paragraphs(
      'Newcastle boss Graeme Souness is lining up a summer move for Real Madrid striker Michael Owen.',
      'He sees Owen as the ideal replacement for Alan Shearer. "Michael is in the category of players who would excite the fans," he told BBC Newcastle.',
    );
    expect(speakerOf(blocks, 'Michael is in the category')).toBe('Souness');
  });

  it('gives nobody when the last source was an unnamed person', () => {
    const blocks = paragraphs('Approximately 10,000 soldiers have been killed, according to a military adviser to Volodymyr Zelenskiy. He added that around “200 to 300 die, no less”.');
    expect(speakerOf(blocks, '200 to 300 die')).toBeNull();
  });

  it('resolves a definite role to the last fitting person, never to another speaker of its sentence', () => {
    const macron = paragraphs('Macron said: “We must not humiliate Russia.” The role of France was to be that of “a mediating power”, the president added.');
    expect(speakerOf(macron, 'a mediating power')).toBe('Macron');
    const governor = paragraphs('Lithuania has told the Russian region of Kaliningrad it will block goods, the regional governor said on Friday.');
    expect(speakerOf(governor, 'Lithuania has told')).toBeNull();
  });

  it('speaks for the organisation an unnamed spokesperson works for', () => {
    expect(speakerOf(paragraphs('“We can confirm the death of a US citizen,” a State Department spokesperson said.'), 'We can confirm')).toBe('State Department');
  });
});
