// Quote attribution quality on the hand-labelled set (labels/README.md): which quotes are found,
// and whether each gets the labelled speaker.
import { extractQuotes, type Quote } from '@dateline/core';
import type { LabelledArticle, LabelledQuote } from './labels.js';

type Kind = LabelledQuote['kind'];

/** Counts and ratios for one slice of the quotes (all, direct or reported). */
export interface QuoteFigures {
  labelled: number;
  /** Predicted quotes the labels judge (see `unjudged`). */
  predicted: number;
  /** Predicted quotes matched to a label by text. */
  matched: number;
  /** Labels of this kind matched with the right speaker. */
  rightSpeaker: number;
  /** Predictions of this kind matched with the right speaker (differs from rightSpeaker only across kinds). */
  predictedRight: number;
  /** rightSpeaker / matched. */
  speakerAccuracy: number;
  /** predictedRight / predicted. */
  precision: number;
  /** rightSpeaker / labelled. */
  recall: number;
}

/** One error, to work from: a label not found, a wrong speaker, or a prediction no label has. */
export interface QuoteMiss {
  file: string;
  type: 'missed' | 'wrong speaker' | 'not labelled';
  kind: Kind;
  text: string;
  labelled?: string | null;
  predicted?: string | null;
}

/** Quote scores overall and per kind (a label's kind for recall, a prediction's for precision). */
export interface QuoteScores {
  all: QuoteFigures;
  direct: QuoteFigures;
  reported: QuoteFigures;
  /**
   * Predictions the labels do not judge, so not counted: one or two words matching no label (scare
   * quotes, which the labels skip by rule), and the rest of a quotation its attribution interrupted
   * (`“A,” he said. “B.”`), which the labels count as one quote with A.
   */
  unjudged: number;
  /** Predictions whose cited source equals the label's, among matched labels that have one. */
  citedSources: { labelled: number; right: number };
  misses: QuoteMiss[];
}

/** Quote text for matching: quote marks straight, whitespace collapsed, lowercase, no trailing `, ; : . -`. */
function normalizeText(text: string): string {
  return text
    .replace(/[“”„«»″]/gu, '"')
    .replace(/[‘’‚′`]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s,;:.\-]+$/u, '')
    .toLowerCase();
}

const wordCount = (text: string) => text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Whether a predicted text and a label match: one starts with the other (labels hold only the first
 * ten words). A prediction shorter than its label must have three words or more, so a scare quote
 * ("frank") never claims the label of the sentence that happens to start with it.
 */
function textsMatch(predicted: string, label: string): boolean {
  if (predicted.startsWith(label)) return true;
  return label.startsWith(predicted) && wordCount(predicted) >= 3;
}

/** A speaker's words for comparing: lowercase, without diacritics, possessives or a leading "the". */
function speakerWords(speaker: string): string[] {
  return speaker
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .replace(/[^\p{L}\p{N}&\s-]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '' && w !== 'the');
}

/** Whether `part` occurs as a run of whole words in `whole`. */
function containsWords(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0) return false;
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (part.every((w, k) => whole[i + k] === w)) return true;
  }
  return false;
}

/**
 * Speaker equality: null equals only null; otherwise case- and diacritic-insensitive at surname
 * level, one name's words running inside the other's ("Antony Blinken" = "Blinken"). A joint speaker
 * ("Blagovolina and Boykov") must be matched part for part: one of the two is not the pair.
 */
function sameSpeaker(predicted: string | null, label: string | null): boolean {
  if (predicted === null || label === null) return predicted === label;
  const parts = (s: string) => s.split(/,\s*|\s+and\s+/u).map(speakerWords).filter((p) => p.length > 0);
  const a = parts(predicted);
  const b = parts(label);
  if (a.length !== b.length) return false;
  return a.every((p) => b.some((q) => containsWords(p, q) || containsWords(q, p)));
}

const emptyFigures = (): QuoteFigures => ({
  labelled: 0,
  predicted: 0,
  matched: 0,
  rightSpeaker: 0,
  predictedRight: 0,
  speakerAccuracy: 0,
  precision: 0,
  recall: 0,
});

/**
 * Scores extractQuotes against the labels: labels and predictions are paired one to one by text,
 * same kind first, then across kinds (a clause that is one quotation whole may be labelled either way).
 */
export function scoreQuotes(articles: readonly LabelledArticle[]): QuoteScores {
  const scores: QuoteScores = {
    all: emptyFigures(),
    direct: emptyFigures(),
    reported: emptyFigures(),
    unjudged: 0,
    citedSources: { labelled: 0, right: 0 },
    misses: [],
  };
  for (const { file, quotes: labels, article } of articles) {
    const found = extractQuotes(article.blocks);
    // The rest of an interrupted quotation belongs to the quote before it, which the labels count once.
    const predicted = found.filter((q) => !q.continuation);
    scores.unjudged += found.length - predicted.length;
    const labelTexts = labels.map((l) => normalizeText(l.text));
    const predictedTexts = predicted.map((p) => normalizeText(p.text));
    const pairOf = new Map<number, number>(); // label index → prediction index
    const taken = new Set<number>();
    for (const sameKind of [true, false]) {
      labels.forEach((label, l) => {
        if (pairOf.has(l)) return;
        const p = predicted.findIndex(
          (q, i) => !taken.has(i) && (!sameKind || q.kind === label.kind) && textsMatch(predictedTexts[i] ?? '', labelTexts[l] ?? ''),
        );
        if (p === -1) return;
        pairOf.set(l, p);
        taken.add(p);
      });
    }
    const count = (kind: Kind, field: Exclude<keyof QuoteFigures, 'speakerAccuracy' | 'precision' | 'recall'>) => {
      scores.all[field]++;
      scores[kind][field]++;
    };
    labels.forEach((label, l) => {
      count(label.kind, 'labelled');
      const p = pairOf.get(l);
      const quote = p === undefined ? undefined : predicted[p];
      if (!quote) {
        scores.misses.push({ file, type: 'missed', kind: label.kind, text: label.text, labelled: label.speaker });
        return;
      }
      if (label.citedSource) {
        scores.citedSources.labelled++;
        if (quote.citedSource !== null && sameSpeaker(quote.citedSource, label.citedSource)) scores.citedSources.right++;
      }
      count(label.kind, 'matched');
      if (sameSpeaker(quote.speaker, label.speaker)) {
        count(label.kind, 'rightSpeaker');
        scores.all.predictedRight++;
        scores[quote.kind].predictedRight++;
      } else {
        scores.misses.push({ file, type: 'wrong speaker', kind: label.kind, text: label.text, labelled: label.speaker, predicted: quote.speaker });
      }
    });
    predicted.forEach((quote: Quote, p) => {
      if (!taken.has(p) && wordCount(predictedTexts[p] ?? '') < 3) {
        scores.unjudged++;
        return;
      }
      scores.all.predicted++;
      scores[quote.kind].predicted++;
      if (!taken.has(p)) scores.misses.push({ file, type: 'not labelled', kind: quote.kind, text: quote.text.slice(0, 80), predicted: quote.speaker });
    });
  }
  for (const f of [scores.all, scores.direct, scores.reported]) finishRatios(f);
  return scores;
}

function finishRatios(f: QuoteFigures): void {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  f.speakerAccuracy = ratio(f.rightSpeaker, f.matched);
  f.precision = ratio(f.predictedRight, f.predicted);
  f.recall = ratio(f.rightSpeaker, f.labelled);
}

// Worst first: a wrong speaker misleads a reader; a missed quote or an unlabelled one only costs coverage.
const MISS_ORDER: Record<QuoteMiss['type'], number> = { 'wrong speaker': 0, missed: 1, 'not labelled': 2 };

/** A few lines for a terminal: the figures, then up to `misses` errors, wrong speakers first. */
export function formatQuoteScores(scores: QuoteScores, misses = 0): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const row = (name: string, f: QuoteFigures) =>
    `${name.padEnd(9)} labelled ${String(f.labelled).padStart(4)}  predicted ${String(f.predicted).padStart(4)}  matched ${String(f.matched).padStart(4)}  ` +
    `speaker accuracy ${pct(f.speakerAccuracy)}  precision ${pct(f.precision)}  recall ${pct(f.recall)}`;
  const lines = [
    'quotes (speaker right = surname-level, null = null)',
    row('all', scores.all),
    row('direct', scores.direct),
    row('reported', scores.reported),
    `unjudged predictions (scare quotes, rest of interrupted quotations): ${scores.unjudged}; cited sources right ${scores.citedSources.right}/${scores.citedSources.labelled}`,
  ];
  const worst = [...scores.misses].sort((a, b) => MISS_ORDER[a.type] - MISS_ORDER[b.type]);
  for (const miss of worst.slice(0, misses)) {
    const who = miss.type === 'wrong speaker' ? ` label ${miss.labelled} ≠ ${miss.predicted}` : miss.type === 'missed' ? ` (${miss.labelled})` : ` (${miss.predicted})`;
    lines.push(`  ${miss.file} ${miss.type} ${miss.kind}: ${miss.text}${who}`);
  }
  return lines.join('\n');
}
