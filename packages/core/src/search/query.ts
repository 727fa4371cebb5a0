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
  const clauses = query.clauses.map((clause) => clause.map(termToTsquery));
  return clauses.map((terms) => (terms.length > 1 ? `(${terms.join(' | ')})` : terms[0])).join(' & ');
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
