import type { ArticleEnrichment, EnrichedQuote } from '@dateline/core';

/** A stretch of a block's text: plain (quote null), or the words of the quote numbered `quote`. */
export interface TextRun {
  text: string;
  quote: number | null;
  /** Quotes lying inside this one (a direct quote within a reported clause): they are anchored where it starts. */
  anchors: number[];
}

/** Where a quote sits: its number among the article's quotes and its offsets in its block's text. */
export interface QuoteSpan {
  position: number;
  start: number;
  end: number;
}

/**
 * The block's text cut into plain and quoted runs, in order, that join back into the text. Quotes
 * overlap (a reported clause holds the quoted words), so each run is an outermost quote and the
 * quotes inside it are listed as its anchors; spans that do not fit the text are left out.
 */
export function quoteRuns(text: string, spans: readonly QuoteSpan[]): TextRun[] {
  const fitting = spans
    .filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.position - b.position);
  const runs: TextRun[] = [];
  let at = 0;
  let outer: TextRun | null = null;
  for (const span of fitting) {
    if (outer && span.start < at) {
      outer.anchors.push(span.position);
      continue;
    }
    if (span.start > at) runs.push({ text: text.slice(at, span.start), quote: null, anchors: [] });
    outer = { text: text.slice(span.start, span.end), quote: span.position, anchors: [] };
    runs.push(outer);
    at = span.end;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), quote: null, anchors: [] });
  return runs;
}

/** The spans of the article's quotes that lie in block `blockIndex`. */
export function spansInBlock(quotes: readonly EnrichedQuote[], blockIndex: number): QuoteSpan[] {
  return quotes.flatMap((quote, position) => (quote.blockIndex === blockIndex ? [{ position, start: quote.start, end: quote.end }] : []));
}

/** A quote as an article's list of quotes shows it. */
export interface QuoteLine {
  position: number;
  text: string;
  kind: EnrichedQuote['kind'];
  citedSource: string | null;
}

/** One speaker's quotes in an article, in reading order; `entityKey` links their entity page when the article names one. */
export interface SpeakerQuotes {
  key: string;
  entityKey: string | null;
  /** The entity's name, else the speaker as written; null when the text names nobody. */
  name: string | null;
  role: string | null;
  quotes: QuoteLine[];
}

/**
 * The article's quotes by speaker, speakers in order of their first quote. A quote lying within
 * another of the same speaker (the quoted words of a reported clause) is shown once, in the
 * longer one, which carries its words in context.
 */
export function groupBySpeaker(enrichment: Pick<ArticleEnrichment, 'quotes' | 'entities'>): SpeakerQuotes[] {
  const names = new Map(enrichment.entities.map((entity) => [entity.key, entity]));
  const groupKey = (quote: EnrichedQuote) => quote.speakerKey ?? (quote.speaker === null ? 'unnamed' : `as-written:${quote.speaker}`);
  const groups = new Map<string, SpeakerQuotes>();
  enrichment.quotes.forEach((quote, position) => {
    const key = groupKey(quote);
    const within = enrichment.quotes.some(
      (other, i) =>
        i !== position &&
        groupKey(other) === key &&
        other.blockIndex === quote.blockIndex &&
        other.start <= quote.start &&
        quote.end <= other.end &&
        (other.end - other.start > quote.end - quote.start || i < position),
    );
    if (within) return;
    let group = groups.get(key);
    if (!group) {
      const entity = quote.speakerKey ? names.get(quote.speakerKey) : undefined;
      group = { key, entityKey: quote.speakerKey, name: entity?.name ?? quote.speaker, role: null, quotes: [] };
      groups.set(key, group);
    }
    const role = quote.speakerRole ?? (quote.speakerKey ? names.get(quote.speakerKey)?.roles[0] : undefined);
    // An unresolved role is the speaker's name already ("US Secretary of State"): say it once.
    if (group.role === null && role && role !== group.name) group.role = role;
    group.quotes.push({ position, text: quote.text, kind: quote.kind, citedSource: quote.citedSource });
  });
  return [...groups.values()];
}
