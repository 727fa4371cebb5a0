import { TITLES } from './abbreviations.js';
import {
  DETERMINERS,
  GENDERED_TITLES,
  GENERIC_SPEAKERS,
  NAME_SUFFIXES,
  NOT_PERSON_WORDS,
  PRONOUNS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
} from './name-words.js';
import { normalizeWord, type Token } from './tokens.js';

/** A noun phrase that can say something: a name, a role, both, a pronoun, or a generic group. */
export interface NamePhrase {
  /** First and last token of the phrase (determiner included). */
  from: number;
  to: number;
  /** The title or position as written, without determiner: "US Secretary of State", "Russian Foreign Minister". */
  role: string | null;
  /** The name's words as written: ["Sergey", "Lavrov"]. */
  name: string[];
  pronoun: 'he' | 'she' | null;
  /** From a title such as "Mr." or "Mrs.". */
  gender: 'he' | 'she' | null;
  /** A group that names nobody: "officials", "analysts". */
  generic: boolean;
  /** An organisation or a place rather than a person: "The Washington Post", "Kremlin". */
  organisation: boolean;
}

const CAPITALISED = /^\p{Lu}/u;

/** What the phrase parser needs to know about the text around the tokens. */
export interface NameContext {
  tokens: readonly Token[];
  /** Whether token i starts a sentence or a quotation, where a capital says nothing. */
  initial: (i: number) => boolean;
  /** Lowercased words the article capitalises where no sentence starts: known names. */
  known: ReadonlySet<string>;
}

/** The noun phrase ending at token `end` (reading leftwards, not past `floor`), or undefined. */
export function phraseEndingAt(ctx: NameContext, end: number, floor: number): NamePhrase | undefined {
  const { tokens } = ctx;
  const last = tokens[end];
  if (!last?.word) return undefined;
  const lastLower = last.text.toLowerCase();
  if (PRONOUNS.has(lastLower)) {
    return { ...empty(end, end), pronoun: PRONOUNS.get(lastLower) ?? null };
  }
  let from = end;
  for (let i = end; i >= floor; i--) {
    const token = tokens[i];
    if (!token) break;
    if (!token.word) {
      // "Mr." and "J." tokenise as "Mr" "."; take the stop with its title or initial.
      if (token.text === '.' && i - 1 >= floor && takesStop(tokens[i - 1], token)) {
        from = i;
        continue;
      }
      break;
    }
    const lower = token.text.toLowerCase();
    if (DETERMINERS.has(lower)) {
      if (i < end) from = i;
      break;
    }
    if (lower === 'of') {
      const right = tokens[i + 1];
      const left = tokens[i - 1];
      if (i === end || !right || !left || !fitsPhrase(left.text) || !fitsPhrase(right.text)) break;
      from = i;
      continue;
    }
    if (!fitsPhrase(token.text)) break;
    from = i;
  }
  return classify(ctx, from, end);
}

/** The noun phrase starting at token `start` (reading rightwards, not past `ceiling`), or undefined. */
export function phraseStartingAt(ctx: NameContext, start: number, ceiling: number): NamePhrase | undefined {
  const { tokens } = ctx;
  let i = start;
  if (DETERMINERS.has(tokens[i]?.text.toLowerCase() ?? '')) i++;
  let to = -1;
  for (; i <= ceiling; i++) {
    const token = tokens[i];
    if (!token) break;
    if (!token.word) {
      if (token.text === '.' && takesStop(tokens[i - 1], token)) continue;
      break;
    }
    const lower = token.text.toLowerCase();
    if (lower === 'of' && to >= 0 && fitsPhrase(tokens[i + 1]?.text ?? '')) continue;
    if (!fitsPhrase(token.text) || (PRONOUNS.has(lower) && to >= 0)) break;
    to = i;
    if (PRONOUNS.has(lower)) break;
  }
  return to < start ? undefined : phraseEndingAt(ctx, to, start);
}

/** Whether `word` is a title or an initial whose abbreviating stop is `stop`. */
function takesStop(word: Token | undefined, stop: Token): boolean {
  return word?.end === stop.start && (TITLES.has(word.text.toLowerCase()) || /^\p{Lu}$/u.test(word.text));
}

/** Whether a word can be part of a name or title phrase. */
function fitsPhrase(word: string): boolean {
  const lower = word.toLowerCase();
  return CAPITALISED.test(word) || ROLE_WORDS.has(lower) || ROLE_MODIFIERS.has(lower) || GENERIC_SPEAKERS.has(lower) || isPluralRole(lower);
}

function isPluralRole(lower: string): boolean {
  return lower.endsWith('s') && ROLE_WORDS.has(lower.slice(0, -1));
}

function empty(from: number, to: number): NamePhrase {
  return { from, to, role: null, name: [], pronoun: null, gender: null, generic: false, organisation: false };
}

/** Splits tokens from..to into determiner, role and name, and says what kind of speaker they make. */
function classify(ctx: NameContext, from: number, to: number): NamePhrase | undefined {
  const { tokens } = ctx;
  const phrase = empty(from, to);
  let first = from;
  const determiner = tokens[first]?.text.toLowerCase() ?? '';
  if (DETERMINERS.has(determiner)) first++;
  const words = tokens.slice(first, to + 1).filter((t) => t.word);
  if (words.length === 0) return undefined;
  const lowers = words.map((w) => w.text.toLowerCase());
  const head = lowers.at(-1) ?? '';
  if (GENERIC_SPEAKERS.has(head) || isPluralRole(head)) return { ...phrase, generic: true };

  // The role runs to its last role word, then over "of State" and the like.
  let roleEnd = -1;
  lowers.forEach((lower, i) => {
    if (ROLE_WORDS.has(lower)) roleEnd = i;
  });
  while (roleEnd >= 0 && lowers[roleEnd + 1] === 'of' && ROLE_MODIFIERS.has(lowers[roleEnd + 2] ?? '')) roleEnd += 2;
  const roleWords = words.slice(0, roleEnd + 1);
  const nameWords = words.slice(roleEnd + 1);
  if (nameWords.some((w) => !CAPITALISED.test(w.text))) return undefined;

  const titleOnly = roleWords.length > 0 && roleWords.every((w) => TITLES.has(w.text.toLowerCase()));
  if (titleOnly) phrase.gender = GENDERED_TITLES.get(roleWords[0]?.text.toLowerCase() ?? '') ?? null;
  else if (roleWords.length > 0) phrase.role = textOf(tokens, tokens.indexOf(roleWords[0]!), tokens.indexOf(roleWords.at(-1)!));

  if (nameWords.length === 0) return phrase.role ? phrase : undefined;
  // A lone capitalised word opening a sentence may be a common noun ("Aides", "Witnesses"): it is a
  // name if the article capitalises it elsewhere too, or if it does not look plural.
  const lone = nameWords.length === 1 && roleWords.length === 0 ? nameWords[0] : undefined;
  if (lone && ctx.initial(tokens.indexOf(lone)) && !ctx.known.has(normalizeWord(lone.text)) && /s$/u.test(lone.text)) return undefined;
  phrase.name = nameWords.map((w) => w.text);
  // People are not "the Trans-Pacific Partnership": a name after "the" without a title is a thing.
  phrase.organisation = (determiner === 'the' && roleWords.length === 0) || nameWords.some((w) => NOT_PERSON_WORDS.has(normalizeWord(w.text)));
  return phrase;
}

/** The text from token a to token b as written. */
function textOf(tokens: readonly Token[], a: number, b: number): string {
  const first = tokens[a];
  const last = tokens[b];
  return first && last ? joinTokens(tokens.slice(a, b + 1)) : '';
}

/** Tokens joined with single spaces where the text had space between them. */
function joinTokens(tokens: readonly Token[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    out += (prev && prev.end < t.start ? ' ' : '') + t.text;
  });
  return out;
}

/**
 * The surname a person is referred to by: of the name's words, the one the article also uses alone
 * ("Kim" in "Kim Jong-un" when "Mr. Kim" appears), else the last; suffixes such as "Jr." never.
 */
export function surnameOf(name: readonly string[], usedAlone: ReadonlySet<string>): string {
  const words = name.filter((w) => !NAME_SUFFIXES.has(w.toLowerCase().replace(/\.$/u, '')) && !/^\p{Lu}\.?$/u.test(w));
  const candidates = words.length > 0 ? words : [...name];
  const alone = [...candidates].reverse().find((w) => usedAlone.has(normalizeWord(w)));
  return stripPossessive(alone ?? candidates.at(-1) ?? '');
}

/** "Lavrov’s" → "Lavrov". */
function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}
