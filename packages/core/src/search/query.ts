import { lexemes, TITLE_MARK } from './analyze.js';

/** One search term as typed: a word or a quoted phrase, maybe negated, maybe limited to titles. */
export interface QueryTerm {
  text: string;
  phrase: boolean;
  negated: boolean;
  titleOnly: boolean;
}

/** A parsed search box query: every clause must match; a clause matches when any of its terms does. */
export interface SearchQuery {
  clauses: QueryTerm[][];
}

// A token: optional "-", optional title:/intitle:, then a "quoted phrase" (closing quote optional) or a bare word.
const TOKEN = /(-)?(?:(intitle|title):)?(?:"([^"]*)"?|(\S+))/giu;

/** Parses search box syntax: "exact phrase", OR (or |), -exclude, title:/intitle:; everything else is an implicit AND. */
export function parseSearchQuery(input: string): SearchQuery {
  const clauses: QueryTerm[][] = [];
  let joinNext = false;
  for (const match of input.matchAll(TOKEN)) {
    const [, minus, field, quoted, bare] = match;
    if (quoted === undefined && (bare === 'OR' || bare === '|')) {
      joinNext = clauses.length > 0;
      continue;
    }
    if (quoted === undefined && bare === 'AND') continue;
    const text = (quoted ?? bare ?? '').trim();
    // Terms with no letter or digit carry nothing to match (a stray "-" or "&&").
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const term: QueryTerm = {
      text,
      phrase: quoted !== undefined,
      negated: minus !== undefined,
      titleOnly: field !== undefined,
    };
    const last = clauses.at(-1);
    if (joinNext && last) last.push(term);
    else clauses.push([term]);
    joinNext = false;
  }
  return { clauses };
}

/** tsquery source for the query, in Dateline's own lexemes; an empty string when nothing is left to match. */
export function toTsquery(query: SearchQuery): string {
  return query.clauses.map((clause) => orOf(clause)).filter(Boolean).join(' & ');
}

/**
 * How to find the query's matches with the GIN index. Clauses on titles ask for title-marked
 * lexemes ('~oil'), which the index answers; the weight labels of toTsquery ('oil':A) would mean
 * reading every article with the word anywhere to look at its title. The sources:
 */
export interface MatchPlan {
  /** Every match has this, marked words included: the conditions for the GIN index. */
  all: string;
  /**
   * True when `anywhere` holds phrase operators: a quoted phrase, or a word such as "U.S.-led" that
   * analyses to several lexemes. GIN cannot check word order, so each such candidate costs a read of
   * its tsvector; search then narrows with `loose` (the same words, in any order) before checking order.
   */
  phrased: boolean;
  /** `anywhere` without its exclusions and word order: every match of `anywhere` matches this. */
  loose: string;
}

/** Splits the query into its MatchPlan; each source is '' when nothing is left to match. */
export function toMatchPlan(query: SearchQuery): MatchPlan {
  const plan: MatchPlan = { all: '', phrased: false, loose: '' };
  const and = (left: string, right: string) => (left && right ? `${left} & ${right}` : left || right);
  for (const clause of query.clauses) {
    plan.all = and(plan.all, orOf(clause, { marked: true }));
    plan.phrased ||= clause.some((term) => !term.negated && analyse(term).filter(Boolean).length > 1);
    // A clause with an exclusion in an OR cannot be relaxed without losing matches; leave it to the exact check.
    if (clause.every((term) => !term.negated)) plan.loose = and(plan.loose, orOf(clause, { marked: true, loose: true }));
  }
  return plan;
}

/** tsquery source that matches any positive term in a title: how search gathers title hits. */
export function toTitleTsquery(query: SearchQuery): string {
  const positive = query.clauses.flat().filter((term) => !term.negated);
  return orOf(positive.map((term) => ({ ...term, titleOnly: true })), { marked: true });
}

interface Form {
  /** Title terms as title-marked lexemes ('~oil') rather than weight labels ('oil':A). */
  marked?: boolean;
  /** Phrases as their words in any order. */
  loose?: boolean;
}

function orOf(terms: QueryTerm[], form: Form = {}): string {
  const sources = terms.map((term) => termToTsquery(term, form)).filter(Boolean);
  return sources.length > 1 ? `(${sources.join(' | ')})` : (sources[0] ?? '');
}

// A term's lexemes with the stop words at either end trimmed: they constrain nothing.
function analyse(term: QueryTerm): (string | null)[] {
  const words = lexemes(term.text);
  const first = words.findIndex((word) => word !== null);
  if (first < 0) return [];
  const last = words.findLastIndex((word) => word !== null);
  return words.slice(first, last + 1);
}

// Several lexemes form a phrase whose gaps keep the stop words' places ("clear <2> path" for
// "clear the path").
function termToTsquery(term: QueryTerm, { marked = false, loose = false }: Form = {}): string {
  const words = analyse(term);
  if (words.length === 0) return '';
  const [prefix, weight] = !term.titleOnly ? ['', ''] : marked ? [TITLE_MARK, ''] : ['', ':A'];
  let source = '';
  let gap = 0;
  for (const word of words) {
    gap += 1;
    if (word === null) continue;
    const operator = loose ? ' & ' : gap === 1 ? ' <-> ' : ` <${gap}> `;
    source += `${source ? operator : ''}'${prefix}${word}'${weight}`;
    gap = 0;
  }
  const several = words.length > 1;
  if (term.negated) return several ? `!(${source})` : `!${source}`;
  return several && loose ? `(${source})` : source;
}
