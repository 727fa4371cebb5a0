import { readArticle, type Reading } from '../text/reading.js';
import { quotesInReading } from '../text/quotes.js';
import { mergeRoles, resolveRole, type RoleMap } from '../text/roles.js';
import type { ArticleText, StatementGroup, StoryComparison, StoryQuote } from './comparison.js';
import { findDiscrepancies, type QuotedArticle } from './discrepancies.js';
import type { FeatureContext } from './features.js';
import { groupStatements } from './groups.js';
import { citationIds } from './ids.js';
import { articleStatements, type AnalysedStatement } from './statements.js';

/**
 * How a story's articles compare: their sentences grouped by what they state (with which articles
 * carry each), their quotes, and the quotes that give one speaker's words differently. Pure and
 * deterministic: the same articles in any order give the same result, ids included. An article id
 * given twice counts once.
 */
export function compareStory(articles: readonly ArticleText[]): StoryComparison {
  const ordered = storyOrder(articles);
  const readings = ordered.map((article) => readArticle(article.blocks));
  const roles = mergeRoles(readings.map((r) => r.roles));
  const context = featureContext(readings, roles);

  const items: AnalysedStatement[] = ordered.flatMap((article, rank) =>
    readings[rank] ? articleStatements(article, rank, readings[rank], context) : [],
  );
  const statements = groupStatements(items)
    .map((members) => toGroup(members.map((i) => items[i]).filter((m) => m !== undefined), ordered.length))
    .sort((x, y) => x.order[0] - y.order[0] || x.order[1] - y.order[1])
    .map((g) => g.group);

  const quotes: StoryQuote[] = ordered.flatMap((article, rank) => {
    const found = readings[rank] ? quotesInReading(readings[rank], { roles }) : [];
    // Numbered per kind and text, so a direct quote and a reported clause with the same words differ.
    const ids = citationIds(article.id, 'quote', found.map((q) => `${q.kind}: ${q.text}`));
    return found.map((quote, i) => ({ ...quote, id: ids[i] ?? '', articleId: article.id }));
  });
  const quoted = new Map<string, QuotedArticle>(
    ordered.map((article, rank) => [article.id, { rank, blocks: article.blocks, sentences: readings[rank]?.sentences ?? [] }]),
  );
  return { articleIds: ordered.map((a) => a.id), statements, quotes, discrepancies: findDiscrepancies(quotes, quoted) };
}

/**
 * The statements a reader of article `articleId` has not seen: the groups that article does not
 * carry, in comparison order; undefined when the article is not in the story.
 */
export function newSince(comparison: StoryComparison, articleId: string): StatementGroup[] | undefined {
  if (!comparison.articleIds.includes(articleId)) return undefined;
  return comparison.statements.filter((group) => !group.articleIds.includes(articleId));
}

/** Articles by date, then id, each id once: the order every result follows. */
function storyOrder(articles: readonly ArticleText[]): ArticleText[] {
  const byId = new Map<string, ArticleText>();
  for (const article of articles) if (!byId.has(article.id)) byId.set(article.id, article);
  return [...byId.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The story's known names, the words it writes in lowercase, and each role that one person holds across the story. */
function featureContext(readings: readonly Reading[], roles: RoleMap): FeatureContext {
  const known = new Set<string>();
  const lowercase = new Set<string>();
  for (const reading of readings) {
    for (const word of reading.known) known.add(word);
    for (const block of reading.blocks) {
      block.tokens.forEach((token, i) => {
        const lower = block.lower[i];
        if (token.word && lower === token.text) lowercase.add(lower);
      });
    }
  }
  const resolved = new Map<string, string>();
  for (const key of roles.keys()) {
    if (key.startsWith('~')) continue;
    const surname = resolveRole(roles, key);
    if (surname) resolved.set(key, surname);
  }
  return { known, roles: resolved, lowercase };
}

function toGroup(members: AnalysedStatement[], articleCount: number): { group: StatementGroup; order: [number, number] } {
  members.sort((a, b) => a.articleRank - b.articleRank);
  const statements = members.map((m) => m.statement);
  const id = statements.map((s) => s.id).sort()[0] ?? '';
  const size = statements.length;
  const coverage = size === 1 ? 'one' : size === articleCount ? 'all' : 'several';
  const first = members[0];
  return {
    group: { id, articleIds: statements.map((s) => s.articleId), coverage, statements },
    order: [first?.articleRank ?? 0, first?.statement.sentenceIndex ?? 0],
  };
}
