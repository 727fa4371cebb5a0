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

/** Postgres to_tsquery source for the query; an empty string when nothing is left to match. */
export function toTsquery(query: SearchQuery): string {
  return query.clauses.map(orOf).join(' & ');
}

/**
 * How to find the query's matches with the two GIN indexes: clauses on whole articles go into one
 * tsquery over `search`, clauses on titles into one over `title_search`, and clauses that mix both
 * become an OR of the two. A weight label (`'oil':A` on `search`) would work too, but GIN cannot
 * check weights, so every article with the word anywhere would be read to look at its title.
 */
export interface MatchPlan {
  anywhere: string;
  inTitle: string;
  mixed: { anywhere: string; inTitle: string }[];
  /**
   * True when `anywhere` may hold phrase operators: a quoted phrase, or a word such as "U.S.-led" that
   * to_tsquery splits into one. GIN cannot check word order, so each such candidate costs a read of its
   * tsvector; search then narrows with `loose` (the same words, in any order) before checking order.
   */
  phrased: boolean;
  /** `anywhere` without its exclusions: every match of `anywhere` matches this once phrases are relaxed. */
  loose: string;
}

/** Splits the query into its MatchPlan; each source is '' when no clause needs it. */
export function toMatchPlan(query: SearchQuery): MatchPlan {
  const plan: MatchPlan = { anywhere: '', inTitle: '', mixed: [], phrased: false, loose: '' };
  const and = (left: string, right: string) => (left ? `${left} & ${right}` : right);
  for (const clause of query.clauses) {
    const anywhere = orOf(clause.filter((term) => !term.titleOnly));
    const inTitle = orOf(clause.filter((term) => term.titleOnly).map((term) => ({ ...term, titleOnly: false })));
    if (anywhere && inTitle) plan.mixed.push({ anywhere, inTitle });
    else if (anywhere) {
      plan.anywhere = and(plan.anywhere, anywhere);
      plan.phrased ||= clause.some((term) => !term.negated && /[^\p{L}\p{N}]/u.test(term.text));
      // A clause with an exclusion in an OR cannot be relaxed without losing matches; leave it to the exact check.
      if (clause.every((term) => !term.negated)) plan.loose = and(plan.loose, anywhere);
    }
    else if (inTitle) plan.inTitle = and(plan.inTitle, inTitle);
  }
  return plan;
}

function orOf(terms: QueryTerm[]): string {
  const sources = terms.map(termToTsquery);
  return sources.length > 1 ? `(${sources.join(' | ')})` : (sources[0] ?? '');
}

/** to_tsquery source that matches any positive term in a title: how search gathers title hits. */
export function toTitleTsquery(query: SearchQuery): string {
  const positive = query.clauses.flat().filter((term) => !term.negated);
  return positive.map((term) => termToTsquery({ ...term, titleOnly: false })).join(' | ');
}

function termToTsquery(term: QueryTerm): string {
  // Quoting makes to_tsquery treat the text as literal words (a phrase when several) and still stem them.
  const literal = `'${term.text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  return `${term.negated ? '!' : ''}${literal}${term.titleOnly ? ':A' : ''}`;
}
