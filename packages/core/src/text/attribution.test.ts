import { describe, expect, it } from 'vitest';
import { sentenceFacts } from './facts.js';
import { readArticle } from './reading.js';

/** Each speech verb of a one-paragraph text with the words of its subject and of the start of its clause. */
function attributions(text: string) {
  const reading = readArticle([{ type: 'paragraph', text }]);
  const block = reading.blocks[0]!;
  const words = (from: number, to: number) => block.tokens.slice(from, to + 1).map((t) => t.text).join(' ');
  return sentenceFacts(reading, 0).flatMap((f) =>
    f.attributions.map((a) => ({
      verb: block.tokens[a.verb]?.text,
      subject: a.subject ? words(a.subject.from, a.subject.to) : undefined,
      partners: a.partners.map((p) => words(p.from, p.to)),
      inverted: a.inverted,
      clause: a.clause ? words(a.clause.from, a.clause.from + 2) : undefined,
      quoting: a.quoting,
    })),
  );
}

describe('findAttributions', () => {
  it('takes a subject after the verb only where it ends there', () => {
    expect(attributions('“We are ready,” said Sergey Lavrov.')[0]).toMatchObject({ subject: 'Sergey Lavrov', inverted: true });
    expect(attributions('Yair Lapid, Israel’s foreign minister, said Israel made “every effort”.')[0]).toMatchObject({ subject: 'Yair Lapid', inverted: false, clause: 'Israel made “' });
  });

  it('gives the name in apposition to a role after the verb', () => {
    expect(attributions('“His words are untrue,” said the Israeli prime minister, Naftali Bennett.')[0]).toMatchObject({ subject: 'Naftali Bennett', inverted: true });
  });

  it('prefers the leftmost name before a parenthetical', () => {
    const found = attributions('Mikhail Podolyak, a key adviser to the Ukrainian president, Volodymyr Zelenskiy, tweeted: “37,000 dead Russian soldiers.”');
    expect(found[0]).toMatchObject({ verb: 'tweeted', subject: 'Mikhail Podolyak' });
  });

  it('carries the subject to a participle and to a second verb', () => {
    const peskov = attributions('Putin’s spokesperson Dmitry Peskov doubled down on the threats on Friday, saying that only “a small part” was used.');
    expect(peskov[0]).toMatchObject({ verb: 'saying', subject: 'Putin’s spokesperson Dmitry Peskov', clause: 'only “ a' });
    const podolyak = attributions('Mykhailo Podolyak called Lavrov’s statement “antisemitic” and said that it was “further evidence”.');
    expect(podolyak.find((a) => a.verb === 'said')).toMatchObject({ subject: 'Mykhailo Podolyak' });
  });

  it('does not take a prepositional object for the subject', () => {
    const found = attributions('Putin in his meeting with parliamentary leaders accused the west, charging that “the west wants to fight us”.');
    expect(found.find((a) => a.verb === 'accused')).toMatchObject({ subject: 'Putin', quoting: true });
  });

  it('reads joint subjects, and ignores passives, nouns and capitalised names that look like verbs', () => {
    expect(attributions('CNN and the New York Times have reported that Washington was willing.')[0]).toMatchObject({ subject: 'the New York Times', partners: ['CNN'] });
    expect(attributions('The claims are said to be false.')).toEqual([]);
    expect(attributions('Israel’s ambassador to the United States said a speech unveiled facts.').map((a) => a.verb)).toEqual(['said']);
  });
});
