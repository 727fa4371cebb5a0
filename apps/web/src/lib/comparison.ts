import type { Statement, StatementGroup, Story, StoryComparison, StoryQuote, Wording } from '@dateline/core';

/** How widely a statement is reported: by every compared source, by several, or by one. */
export type Coverage = StatementGroup['coverage'];

/** A compared article as the story page names it: "Source 2", numbered in story order. */
export interface Source {
  id: string;
  number: number;
  label: string;
  title: string;
  date: string;
}

/** A statement with the source that makes it. */
export interface SourcedStatement {
  statement: Statement;
  source: Source;
}

/** A statement in its source's column, with how widely it is reported and the other sources' wording of it. */
export interface ColumnStatement {
  statement: Statement;
  coverage: Coverage;
  label: string;
  counterparts: SourcedStatement[];
}

/** One compared source's statements, in its reading order. */
export interface SourceColumn {
  source: Source;
  statements: ColumnStatement[];
}

/** A group of statements a reader has not seen, as the "new since" view lists it. */
export interface StatementGroupItem {
  id: string;
  coverage: Coverage;
  label: string;
  statements: SourcedStatement[];
}

/** A quote with its source and the statement (sentence) it sits in, when that was compared. */
export interface QuoteItem {
  quote: StoryQuote;
  source: Source;
  statementId: string | null;
}

/** One speaker's quotes across the story, in story order; `speaker` null gathers the unattributed ones. */
export interface SpeakerQuotes {
  key: string;
  speaker: string | null;
  /** The speaker's title as the first article giving one writes it. */
  role: string | null;
  quotes: QuoteItem[];
}

/** A word of a diff, or a run of words: kept (change null), only in the first wording (removed) or only in the second (added). */
export interface DiffPart {
  text: string;
  change: 'added' | 'removed' | null;
}

/** One side of a discrepancy with its source and the statement it sits in. */
export interface WordingItem {
  wording: Wording;
  source: Source;
  statementId: string | null;
}

/** Two sources quoting one speaker in different words, with the word diff from `a` to `b`. */
export interface DiscrepancyItem {
  id: string;
  speaker: string;
  a: WordingItem;
  b: WordingItem;
  diff: DiffPart[];
}

/** Finds the statement containing an offset of an article's block: the id, or null when no compared sentence holds it. */
export type StatementLocator = (articleId: string, blockIndex: number, offset: number) => string | null;

/** The compared articles of a story, numbered in comparison (story) order; near-duplicates are not compared, so not numbered. */
export function comparedSources(story: Story, comparison: StoryComparison): Source[] {
  const articles = new Map(story.articles.map((article) => [article.id, article]));
  return comparison.articleIds.flatMap((id, i) => {
    const article = articles.get(id);
    return article ? [{ id, number: i + 1, label: `Source ${i + 1}`, title: article.title, date: article.date }] : [];
  });
}

/** "In both sources", "In all 3 sources", "In 2 of 3 sources" or "In one source only", for `count` of `total` compared sources. */
export function coverageLabel(coverage: Coverage, count: number, total: number): string {
  if (coverage === 'one') return 'In one source only';
  if (coverage === 'all') return total === 2 ? 'In both sources' : `In all ${total} sources`;
  return `In ${count} of ${total} sources`;
}

/** Each source's statements in reading order, each with its group's coverage and the other sources' statements of the same thing. */
export function sourceColumns(comparison: StoryComparison, sources: readonly Source[]): SourceColumn[] {
  const columns = new Map(sources.map((source) => [source.id, { source, statements: [] as ColumnStatement[] }]));
  const sourced = withSources(sources);
  for (const group of comparison.statements) {
    const label = coverageLabel(group.coverage, group.articleIds.length, comparison.articleIds.length);
    for (const statement of group.statements) {
      const counterparts = sourced(group.statements.filter((other) => other !== statement));
      columns.get(statement.articleId)?.statements.push({ statement, coverage: group.coverage, label, counterparts });
    }
  }
  for (const column of columns.values()) column.statements.sort((x, y) => x.statement.sentenceIndex - y.statement.sentenceIndex);
  return [...columns.values()];
}

/** Statement groups (such as core's newSince gives) as lists show them, each statement with its source. */
export function statementGroupItems(groups: readonly StatementGroup[], comparison: StoryComparison, sources: readonly Source[]): StatementGroupItem[] {
  const sourced = withSources(sources);
  return groups.map((group) => ({
    id: group.id,
    coverage: group.coverage,
    label: coverageLabel(group.coverage, group.articleIds.length, comparison.articleIds.length),
    statements: sourced(group.statements),
  }));
}

/** A lookup from a place in an article's text to the compared statement (sentence) holding it. */
export function statementLocator(comparison: StoryComparison): StatementLocator {
  const byBlock = new Map<string, Statement[]>();
  for (const group of comparison.statements) {
    for (const statement of group.statements) {
      const key = blockKey(statement.articleId, statement.blockIndex);
      const list = byBlock.get(key);
      if (list) list.push(statement);
      else byBlock.set(key, [statement]);
    }
  }
  return (articleId, blockIndex, offset) =>
    byBlock.get(blockKey(articleId, blockIndex))?.find((s) => s.start <= offset && offset < s.end)?.id ?? null;
}

/** The story's quotes gathered by speaker: the most quoted first, then by name, the unattributed last; each speaker's in story order. */
export function quotesBySpeaker(comparison: StoryComparison, sources: readonly Source[], locate: StatementLocator): SpeakerQuotes[] {
  const sourceOf = new Map(sources.map((source) => [source.id, source]));
  const speakers = new Map<string, SpeakerQuotes>();
  for (const quote of comparison.quotes) {
    const source = sourceOf.get(quote.articleId);
    if (!source) continue;
    // Core matches speakers case-insensitively when it compares quotes; so does this list.
    const key = quote.speaker?.toLowerCase() ?? '';
    const entry = speakers.get(key) ?? { key, speaker: quote.speaker, role: null, quotes: [] };
    entry.role ??= quote.speakerRole;
    entry.quotes.push({ quote, source, statementId: locate(quote.articleId, quote.blockIndex, quote.start) });
    speakers.set(key, entry);
  }
  return [...speakers.values()].sort(
    (x, y) =>
      Number(x.speaker === null) - Number(y.speaker === null) ||
      y.quotes.length - x.quotes.length ||
      (x.speaker ?? '').localeCompare(y.speaker ?? ''),
  );
}

/** The story's discrepancies with their sources, the statements they sit in and their diffs as parts to mark up. */
export function discrepancyItems(comparison: StoryComparison, sources: readonly Source[], locate: StatementLocator): DiscrepancyItem[] {
  const sourceOf = new Map(sources.map((source) => [source.id, source]));
  const side = (wording: Wording): WordingItem | undefined => {
    const source = sourceOf.get(wording.articleId);
    return source && { wording, source, statementId: locate(wording.articleId, wording.blockIndex, wording.start) };
  };
  return comparison.discrepancies.flatMap((discrepancy) => {
    const a = side(discrepancy.a);
    const b = side(discrepancy.b);
    return a && b ? [{ id: discrepancy.id, speaker: discrepancy.speaker, a, b, diff: diffParts(discrepancy.diff) }] : [];
  });
}

/**
 * A word diff (jsdiff's changes) as parts to mark up. A removed run directly followed by an added one
 * ("clearer" → "clear") gets a space between them, which jsdiff leaves out, so they do not read as one word.
 */
export function diffParts(changes: readonly { value: string; added?: boolean; removed?: boolean }[]): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of changes) {
    const part: DiffPart = { text: change.value, change: change.added ? 'added' : change.removed ? 'removed' : null };
    const previous = parts.at(-1);
    if (part.change === 'added' && previous?.change === 'removed' && !/\s$/.test(previous.text) && !/^\s/.test(part.text)) {
      parts.push({ text: ' ', change: null });
    }
    parts.push(part);
  }
  return parts;
}

function withSources(sources: readonly Source[]): (statements: readonly Statement[]) => SourcedStatement[] {
  const sourceOf = new Map(sources.map((source) => [source.id, source]));
  return (statements) =>
    statements.flatMap((statement) => {
      const source = sourceOf.get(statement.articleId);
      return source ? [{ statement, source }] : [];
    });
}

function blockKey(articleId: string, blockIndex: number): string {
  return `${articleId}\u0000${blockIndex}`;
}
