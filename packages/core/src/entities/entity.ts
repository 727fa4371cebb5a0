/** What an entity is. */
export type EntityKind = 'person' | 'place' | 'organisation';

/** One place in an article where an entity is named. */
export interface EntityMention {
  /** The name as written, without "the", a title or a possessive "’s": "Blinken", "U.S.". */
  text: string;
  blockIndex: number;
  /** Article-wide sentence index (see splitArticle). */
  sentenceIndex: number;
  /** Offsets of `text` in the block's text. */
  start: number;
  end: number;
}

/** A person, place or organisation an article names, with every mention of it. */
export interface ArticleEntity {
  /** Stable across articles and runs, so the archive merges entities by it: kind + ':' + normalised canonical name (lowercase, diacritics and punctuation folded), e.g. "person:antony blinken", "place:united states". */
  key: string;
  kind: EntityKind;
  /** Canonical name: the fullest form in the article, or the gazetteer's name for known places/organisations ("United States" for "US"/"U.S."). */
  name: string;
  mentions: EntityMention[];
  /** Roles/titles seen attached to the person ("US Secretary of State", "Russian Foreign Minister"), as written, deduplicated. */
  roles: string[];
}

// Letters NFKD leaves whole: "Wałęsa", "Støre", "Đoković", "Straße".
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const ASCII = /^[\x20-\x7e]*$/u;
const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/u;

/**
 * A name folded for comparison: lowercase, diacritics dropped, dots and apostrophes removed ("U.S." →
 * "us", "King’s" → "kings"), "&" read as "and", other punctuation and runs of space made one space.
 */
export function foldName(text: string): string {
  let out = text.toLowerCase();
  // Most names are plain words and spaces: nothing to fold.
  if (PLAIN.test(out)) return out;
  if (!ASCII.test(out)) {
    out = out
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[łøđßæœı]/gu, (c) => UNDECOMPOSED[c] ?? c);
  }
  return out
    .replace(/['’.]/gu, '')
    .replace(/&/gu, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The archive-wide key of an entity: "person:antony blinken". */
export function entityKey(kind: EntityKind, name: string): string {
  return `${kind}:${foldName(name)}`;
}
