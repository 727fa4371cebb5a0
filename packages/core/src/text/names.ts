import { ENGLISH_STOP_WORDS } from '../search/stop-words.js';
import { TITLES } from './abbreviations.js';
import {
  DETERMINERS,
  GENDERED_TITLES,
  GENERIC_SPEAKERS,
  INDEFINITE,
  NAME_SUFFIXES,
  NOT_PERSON_WORDS,
  ORGANISATION_HEADS,
  PRONOUNS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SENTENCE_ADVERBS,
  isDemonym,
  type Pronoun,
} from './name-words.js';
import { isCapitalised, normalizeWord, type Token } from './tokens.js';

/** A noun phrase that can say something: a name, a role, both, a pronoun, or a generic group. */
export interface NamePhrase {
  /** First and last token of the phrase (determiner included). */
  from: number;
  to: number;
  /** The title or position as written, without determiner: "US Secretary of State", "Russian Foreign Minister". */
  role: string | null;
  /** The name's words as written: ["Sergey", "Lavrov"]. */
  name: string[];
  pronoun: Pronoun | null;
  /** From a title such as "Mr." or "Mrs.". */
  gender: 'he' | 'she' | null;
  /** A group that names nobody: "officials", "analysts". */
  generic: boolean;
  /** An organisation or a place rather than a person: "The Washington Post", "Kremlin", "the defence ministry". */
  organisation: boolean;
  /** Opened by "a", "an" or "one": someone the text does not identify ("a senior official"). */
  indefinite: boolean;
}

const DAYS_AND_MONTHS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february april june july august september october november december'.split(' '),
);
// Prepositions the stop-word list lacks, capitalised when they open a sentence: "Despite claims by Russia".
const OPENING_PREPOSITIONS = new Set('despite amid following according without within among across toward towards throughout per via unlike'.split(' '));
const NAME_CONNECTORS = new Set(['of', 'and', 'for']);
const LOOSE_WORD = /^\p{Ll}+$/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
// "the Iranians", "the Israelis", "the Republicans": a people, which names nobody in particular.
const PLURAL_NATIONALITY = /^\p{Lu}\p{Ll}+(?:an|ian|i)s$/u;

/** What the phrase parser needs to know about the text around the tokens. */
export interface NameContext {
  tokens: readonly Token[];
  /** The tokens' texts lowercased, when the caller has them. */
  lower?: readonly string[];
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
  const lastLower = lowerAt(ctx, end);
  if (PRONOUNS.has(lastLower)) {
    return { ...empty(end, end), pronoun: PRONOUNS.get(lastLower) ?? null };
  }
  let from = end;
  // An organisation's head takes a few lowercase words before it: "the Russian gas firm".
  let loose = ORGANISATION_HEADS.has(lastLower) ? 2 : 0;
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
    const lower = lowerAt(ctx, i);
    if (DETERMINERS.has(lower)) {
      if (i < end) from = i;
      break;
    }
    // "Bank of England"; and, in an organisation's name, "European Border and Coast Guard Agency".
    if (lower === 'of' || (lower === 'and' && ORGANISATION_HEADS.has(lastLower) && isCapitalised(last.text))) {
      const right = tokens[i + 1];
      const left = tokens[i - 1];
      if (i === end || !right || !left || !fitsPhrase(left.text) || !fitsPhrase(right.text)) break;
      if (lower === 'and' && !(isCapitalised(left.text) && isCapitalised(right.text))) break;
      from = i;
      continue;
    }
    if (!fitsPhrase(token.text)) {
      if (loose === 0 || !LOOSE_WORD.test(token.text) || ENGLISH_STOP_WORDS.has(lower)) break;
      loose--;
    }
    from = i;
  }
  // Loose words count only inside a phrase a determiner or a capital opens.
  while (from < end && !fitsPhrase(tokens[from]?.text ?? '') && !DETERMINERS.has(lowerAt(ctx, from))) from++;
  return classify(ctx, from, end);
}

/** The noun phrase starting at token `start` (reading rightwards, not past `ceiling`), or undefined. */
export function phraseStartingAt(ctx: NameContext, start: number, ceiling: number): NamePhrase | undefined {
  const { tokens } = ctx;
  let i = start;
  if (DETERMINERS.has(lowerAt(ctx, i))) i++;
  let to = -1;
  for (; i <= ceiling; i++) {
    const token = tokens[i];
    if (!token) break;
    if (!token.word) {
      if (token.text === '.' && takesStop(tokens[i - 1], token)) continue;
      break;
    }
    const lower = lowerAt(ctx, i);
    if (lower === 'of' && to >= 0 && fitsPhrase(tokens[i + 1]?.text ?? '')) continue;
    if (!fitsPhrase(token.text) || (PRONOUNS.has(lower) && to >= 0)) break;
    to = i;
    if (PRONOUNS.has(lower)) break;
  }
  return to < start ? undefined : phraseEndingAt(ctx, to, start);
}

/** Token i's text lowercased, from the context's cache when it has one. */
function lowerAt(ctx: NameContext, i: number): string {
  return ctx.lower?.[i] ?? ctx.tokens[i]?.text.toLowerCase() ?? '';
}

/** Whether `word` is a title or an initial whose abbreviating stop is `stop`. */
function takesStop(word: Token | undefined, stop: Token): boolean {
  return word?.end === stop.start && (TITLES.has(word.text.toLowerCase()) || /^\p{Lu}$/u.test(word.text));
}

/** Whether a word can be part of a name or title phrase ("the WNBA star’s lawyers" too). */
function fitsPhrase(word: string): boolean {
  if (isCapitalised(word)) return true;
  const lower = normalizeWord(word);
  return (
    ROLE_WORDS.has(lower) ||
    ROLE_MODIFIERS.has(lower) ||
    GENERIC_SPEAKERS.has(lower) ||
    ORGANISATION_HEADS.has(lower) ||
    isPluralRole(lower)
  );
}

function isPluralRole(lower: string): boolean {
  return lower.endsWith('s') && ROLE_WORDS.has(lower.slice(0, -1));
}

function empty(from: number, to: number): NamePhrase {
  return { from, to, role: null, name: [], pronoun: null, gender: null, generic: false, organisation: false, indefinite: false };
}

/** Splits tokens from..to into determiner, role and name, and says what kind of speaker they make. */
function classify(ctx: NameContext, from: number, to: number): NamePhrase | undefined {
  const { tokens } = ctx;
  const phrase = empty(from, to);
  let first = from;
  const determiner = lowerAt(ctx, first);
  if (DETERMINERS.has(determiner)) first++;
  phrase.indefinite = INDEFINITE.has(determiner);
  // Token indexes of the words, so nothing has to search the block for a token again.
  const at: number[] = [];
  for (let i = first; i <= to; i++) if (tokens[i]?.word) at.push(i);
  // "And", "It", "Meanwhile" open sentences, not names: "Meanwhile Labour backbencher Stephen Pound".
  while (at.length > 0 && isOpeningWord(tokens[at[0] ?? -1]?.text ?? '')) at.shift();
  if (at.length === 0) return undefined;
  const words = at.map((i) => tokens[i] as Token);
  const lowers = at.map((i) => lowerAt(ctx, i));
  const head = lowers.at(-1) ?? '';
  if (GENERIC_SPEAKERS.has(head) || isPluralRole(head) || (determiner === 'the' && words.length === 1 && PLURAL_NATIONALITY.test(words[0]?.text ?? ''))) {
    return { ...phrase, generic: true };
  }
  // "the defence ministry", "the office of Ukraine’s prosecutor general": an organisation speaks.
  const organisationHead = ORGANISATION_HEADS.has(head) ? !lowers.some((w) => ROLE_WORDS.has(w)) : ORGANISATION_HEADS.has(lowers[0] ?? '') && lowers[1] === 'of';
  if (organisationHead) {
    return { ...phrase, name: words.map((w) => w.text), organisation: true };
  }

  // The role runs to its last role word, then over "of State" and the like.
  let roleEnd = -1;
  lowers.forEach((lower, i) => {
    if (ROLE_WORDS.has(lower)) roleEnd = i;
  });
  while (roleEnd >= 0 && lowers[roleEnd + 1] === 'of' && ROLE_MODIFIERS.has(lowers[roleEnd + 2] ?? '')) roleEnd += 2;
  const roleWords = words.slice(0, roleEnd + 1);
  const nameWords = words.slice(roleEnd + 1);
  // "Bank of England", "Department of Commerce": a connector between capitals belongs to the name;
  // "news agency Tass": a description before the name is not part of it.
  const described = descriptionEnd(nameWords);
  if (described > 0) return { ...phrase, name: nameWords.slice(described).map((w) => w.text), organisation: true };
  if (nameWords.some((w, k) => !isCapitalised(w.text) && !(NAME_CONNECTORS.has(w.text) && k > 0 && k < nameWords.length - 1))) return undefined;

  const titleOnly = roleWords.length > 0 && roleWords.every((w) => TITLES.has(w.text.toLowerCase()));
  if (titleOnly) phrase.gender = GENDERED_TITLES.get(roleWords[0]?.text.toLowerCase() ?? '') ?? null;
  else if (roleWords.length > 0) phrase.role = textOf(tokens, at[0] ?? 0, at[roleEnd] ?? 0);

  if (nameWords.length === 0) return phrase.role ? phrase : undefined;
  // A lone capitalised word opening a sentence may be a common noun ("Aides", "Witnesses"): it is a
  // name if the article capitalises it elsewhere too, or if it does not look plural.
  const lone = nameWords.length === 1 && roleWords.length === 0 ? nameWords[0] : undefined;
  if (lone && ctx.initial(at[0] ?? 0) && !ctx.known.has(normalizeWord(lone.text)) && /s$/u.test(lone.text)) return undefined;
  // "a Ukrainian paramedic", "the Russian region": a nationality before a noun is nobody's name.
  const after = tokens[to + 1];
  if (roleWords.length === 0 && DETERMINERS.has(determiner) && nameWords.length === 1 && isDemonym(nameWords[0]?.text ?? '') && after?.word && !isCapitalised(after.text)) {
    return phrase.role ? phrase : undefined;
  }
  // "On Wednesday" is a day, not a name ("May" may be one).
  if (nameWords.every((w) => DAYS_AND_MONTHS.has(w.text.toLowerCase()))) return phrase.role ? phrase : undefined;
  phrase.name = nameWords.map((w) => w.text);
  // People are not "the Trans-Pacific Partnership": a name after "the" without a title is a thing.
  phrase.organisation = (determiner === 'the' && roleWords.length === 0) || nameWords.some((w) => NOT_PERSON_WORDS.has(normalizeWord(w.text)));
  return phrase;
}

/**
 * Where a name starts after an organisation's description ("news agency Tass" → 1 word in, at
 * "Tass"), or 0 when the words open with no such description.
 */
function descriptionEnd(words: readonly Token[]): number {
  let k = 0;
  while (k < words.length && !isCapitalised(words[k]?.text ?? '')) k++;
  const description = words.slice(0, k).map((w) => w.text.toLowerCase());
  return k > 0 && k < words.length && ORGANISATION_HEADS.has(description.at(-1) ?? '') ? k : 0;
}

/** A capitalised stop word or sentence adverb, which opens a sentence rather than a name ("US" is a name). */
function isOpeningWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (ENGLISH_STOP_WORDS.has(lower) && !ALL_CAPS.test(word)) || SENTENCE_ADVERBS.has(lower) || OPENING_PREPOSITIONS.has(lower);
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
