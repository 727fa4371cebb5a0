import type { Block } from '../model.js';
import { sentenceFacts, type SentenceFacts } from './facts.js';
import { isOutlet, outletName } from './outlets.js';
import { readArticle, type Reading } from './reading.js';
import { isCapitalised, normalizeWord } from './tokens.js';

/** An outlet or agency an article credits for what it reports, and where. */
export interface CitedSource {
  /** The name as the article first writes it: "Sputnik", "New York Times", "BBC News". */
  name: string;
  /** Article-wide indexes of the sentences that credit it (see splitArticle), in order. */
  sentences: number[];
}

// Verbs whose subject, when an outlet, is credited for the report: "the Financial Times has reported".
const REPORTING = new Set(['reported', 'reports', 'report']);

/**
 * The distinct outlets and agencies an article cites ("according to Sputnik", "as per Tass", "told
 * Reuters", "speaking to BBC News", "the New York Times reported"), in order of first citation; the
 * publisher is not among them unless the text cites it. People ("according to Lavrov") are not outlets.
 */
export function citedSources(blocks: readonly Block[]): CitedSource[] {
  return citedSourcesInReading(readArticle(blocks));
}

/** citedSources for an article already read with readArticle, so a caller can share one reading. */
export function citedSourcesInReading(reading: Reading): CitedSource[] {
  return citationsIn(reading, reading.blocks.flatMap((_, blockIndex) => sentenceFacts(reading, blockIndex)));
}

/** citedSources from sentences already read (see facts.ts), so quote extraction can share them. */
export function citationsIn(reading: Reading, facts: readonly SentenceFacts[]): CitedSource[] {
  const byName = new Map<string, CitedSource>();
  const cite = (name: string | undefined, sentence: number) => {
    if (!name || !isOutlet(name, reading)) return;
    const text = outletName(name);
    if (!isCapitalised(text)) return;
    const key = text.split(/\s+/u).map(normalizeWord).join(' ');
    const source = byName.get(key) ?? { name: text, sentences: [] };
    if (source.sentences.at(-1) !== sentence) source.sentences.push(sentence);
    byName.set(key, source);
  };
  for (const fact of facts) {
    const tokens = reading.blocks[fact.blockIndex]?.lower ?? [];
    for (const cue of fact.cues) cite(cue.phrase?.name.length ? cue.phrase.name.join(' ') : cue.text, fact.sentence);
    for (const attribution of fact.attributions) {
      cite(attribution.told?.name.join(' '), fact.sentence);
      if (REPORTING.has(tokens[attribution.verb] ?? '') && attribution.subject?.name.length) {
        for (const subject of [...attribution.partners, attribution.subject]) cite(subject.name.join(' '), fact.sentence);
      }
    }
  }
  return [...byName.values()];
}
