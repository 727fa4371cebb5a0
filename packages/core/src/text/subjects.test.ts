import { describe, expect, it } from 'vitest';
import { readArticle } from './reading.js';
import { mainSubject, namedAfter, withSubject } from './subjects.js';

/** A one-paragraph reading, the text of a token range, and the index of a token. */
function read(text: string) {
  const reading = readArticle([{ type: 'paragraph', text }]);
  const block = reading.blocks[0]!;
  const words = (from: number, to: number) => block.tokens.slice(from, to + 1).map((t) => t.text).join(' ');
  const at = (word: string) => block.tokens.findIndex((t) => t.text === word);
  return { reading, words, at, last: block.tokens.length - 1 };
}

describe('mainSubject', () => {
  it('reads past a fronted phrase, an adverb or a participle to the subject', () => {
    for (const text of ['In a statement, the ministry of health said it.', 'Overall, the ministry of health argued it.', 'Noting that history was at a turning point, the ministry of health said it.']) {
      const { reading, words, last } = read(text);
      const subject = mainSubject(reading, 0, 0, last);
      expect(subject && words(subject.from, subject.to)).toBe('the ministry of health');
    }
  });

  it('gives the name in apposition to a role, and nothing for an owner or a quotation', () => {
    const biden = read('The US president, Joe Biden, has said so.');
    expect(mainSubject(biden.reading, 0, 0, biden.last)?.name).toEqual(['Joe', 'Biden']);
    const owner = read('Russia’s communication watchdog slammed YouTube.');
    expect(mainSubject(owner.reading, 0, 0, owner.last)).toBeUndefined();
    const quoted = read('“We are ready,” Lavrov said.');
    expect(mainSubject(quoted.reading, 0, 0, quoted.last)).toBeUndefined();
  });
});

describe('named subjects', () => {
  it('reads names listed together, but not a name and its apposition', () => {
    const list = read('from Chairman Bob Goodlatte, Chairman Trey Gowdy, and Chairman Devin Nunes.');
    const named = namedAfter(list.reading, 0, list.at('Chairman'), list.last);
    expect(named?.partners.map((p) => p.name.join(' '))).toEqual(['Trey Gowdy', 'Devin Nunes']);
    const apposition = read('Sergei Lavrov, Russia’s foreign minister, said so.');
    expect(namedAfter(apposition.reading, 0, 0, apposition.last)?.partners).toEqual([]);
  });

  it('gives a participle the name after "with"', () => {
    const { reading, at } = read('Mediaset was criticised, with Enrico Letta, the leader of the party, describing it as “a propaganda advert”.');
    expect(withSubject(reading, 0, at('describing') - 1, 0)?.name).toEqual(['Enrico', 'Letta']);
  });
});
