import { ENGLISH_STOP_WORDS } from '../search/stop-words.js';
import { TITLES } from '../text/abbreviations.js';
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, GENERIC_SPEAKERS, SPEECH_VERBS } from '../text/name-words.js';
import { phraseEndingAt, phraseStartingAt, type NameContext } from '../text/names.js';
import { nameContext, type BlockReading, type Reading } from '../text/reading.js';
import { normalizeWord } from '../text/tokens.js';
import { isDemonym, isNationalityWord } from './demonyms.js';
import { foldName, type EntityKind } from './entity.js';
import { FIRST_NAMES } from './first-names.js';
import { lookupName, type KnownName } from './gazetteer.js';
import { voteOnContext, type KindVotes } from './context-votes.js';
import { DIRECTIONS, LOWERCASE_HEADS, NOT_NAMES, TREATY_WORDS } from './name-cues.js';
import { headKind, isAcronymLike, shapeKind, type KindBasis } from './name-kind.js';
import { isCapitalised, isNameWord, isPossessive, nameEndIn, nameRunEnd } from './runs.js';
import { isDigit, isNameLike, isNotName, isRoleWord, isSentenceWord, isTitleCase, isTitleWord } from './word-tests.js';

/** One capitalised name in an article, before mentions are merged into entities. */
export interface Candidate {
  blockIndex: number;
  sentenceIndex: number;
  /** Offsets of `text` in the block's text. */
  start: number;
  end: number;
  /** The name as written, without "the", a title or a possessive. */
  text: string;
  /** The name folded (see foldName); for a known name, its canonical name folded. */
  folded: string;
  /** The name's words as written. */
  words: string[];
  known: KnownName | undefined;
  /** What the name's own words say it is; undefined when only its context can tell. */
  kind: EntityKind | undefined;
  basis: KindBasis;
  /** A title or position written with the name ("US Secretary of State"). */
  role: string | null;
  votes: KindVotes;
  /** A compass word alone ("the North"): a mention only as the short form of a place the article names. */
  direction: boolean;
  /** Index of the candidate this one spells out or abbreviates: "European Union (EU)". */
  aliasOf: number | undefined;
  /** Read from a title-case line, where capitals say nothing: a mention only of a name known or found elsewhere. */
  weak: boolean;
}

const MONTH_CONTEXT = new Set(['in', 'since', 'until', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'on', 'from', 'to', 'through']);
// Marks after which a capital says nothing, as at a sentence's start: "the bottom line is this: This".
const OPENERS = new Set([':', '`', '—', '–', '-', '‘', '“', '"', "'", '(', '[']);
// Photo credits close captions: "Photograph: Maxim Shipenkov/EPA" names no one the article is about.
const CREDIT_CUES = new Set(['Photograph', 'Photo', 'Image', 'Illustration', 'Composite']);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/u;
const DIGIT = /^\d/u;

/**
 * The capitalised names of an article as mention candidates, in reading order; `writesLowercase`
 * tells whether the article also writes a word in lowercase (see lowercaseUse).
 */
export function findCandidates(reading: Reading, writesLowercase: (lower: string) => boolean): Candidate[] {
  const found: Candidate[] = [];
  reading.blocks.forEach((block, blockIndex) => {
    const finder = new BlockFinder(reading, block, blockIndex, writesLowercase, found);
    const titleCase = isTitleCase(block);
    const { tokens } = block;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token?.word) continue;
      if (!isCapitalised(token.text)) {
        // "53rd Brigade".
        if (!isDigit(token.text) || !ORDINAL.test(token.text) || !isCapitalised(tokens[i + 1]?.text ?? '')) continue;
      } else if (CREDIT_CUES.has(token.text) && tokens[i + 1]?.text === ':') break;
      if (!isNameWord(token.text)) continue;
      i = titleCase ? finder.readWeak(i) : finder.read(i, nameRunEnd(block, i));
    }
  });
  return found;
}

/** Reads the runs of one block into candidates. */
class BlockFinder {
  private ctx: NameContext | undefined;
  // Each token's lowercase, made when first asked for; sized up front so the array stays a fast one.
  private readonly lowers: (string | undefined)[];

  constructor(
    private readonly reading: Reading,
    private readonly block: BlockReading,
    private readonly blockIndex: number,
    private readonly writesLowercase: (lower: string) => boolean,
    private readonly found: Candidate[],
  ) {
    this.lowers = new Array<string | undefined>(block.tokens.length);
  }

  private context(): NameContext {
    this.ctx ??= nameContext(this.reading, this.blockIndex);
    return this.ctx;
  }


  private lower(i: number): string {
    const token = this.block.tokens[i];
    if (!token) return '';
    return (this.lowers[i] ??= token.text.toLowerCase());
  }

  /** Whether token i opens a sentence, a quotation or a clause after a colon, where a capital says nothing. */
  private opens(i: number): boolean {
    return (this.block.initial[i] ?? false) || OPENERS.has(this.block.tokens[i - 1]?.text ?? '');
  }

  /**
   * Reads a name at token a of a title-case line, where every word is capitalised: the longest known
   * name of up to four words, else the word alone, marked weak. Returns the last token read.
   */
  readWeak(a: number): number {
    const { tokens } = this.block;
    let b = a;
    while (b - a < 3 && tokens[b + 1]?.word && isCapitalised(tokens[b + 1]?.text ?? '')) b++;
    for (; b > a; b--) if (lookupName(this.text(a, b))) break;
    const lower = this.lower(a);
    if (b === a && (isSentenceWord(lower) || NOT_NAMES.has(lower) || isDemonym(lower))) return a;
    const known = lookupName(this.text(a, b));
    const candidate = this.candidate(a, b, known, known?.kind, known ? 'known' : 'none', null);
    candidate.weak = true;
    this.found.push(candidate);
    return b;
  }

  /** Turns the run of tokens a..b into zero, one or two candidates (a name, and a body named in its title); returns b. */
  read(a: number, b: number): number {
    if (a !== b) this.readRun(a, b, undefined);
    // "Russian", "Ukrainians": never a name alone ("Baltic fleet" goes on to readRun).
    else if (this.isDemonymAt(a) && !LOWERCASE_HEADS.has(this.lower(a + 1))) return b;
    else {
      const known = this.readKnownWord(a);
      if (known !== true) this.readRun(a, b, known);
    }
    return b;
  }

  /**
   * The common case quickly: one known word ("Russia", "Kremlin", "US") inside a sentence, with
   * nothing after it that could change it ("Minsk agreements", "Labour party") and no bracket before.
   * Reads it and returns true; otherwise returns what the gazetteer says of the word (null: nothing,
   * undefined: not asked) for readRun to decide.
   */
  private readKnownWord(a: number): true | KnownName | null | undefined {
    const { tokens } = this.block;
    if (this.opens(a) || tokens[a - 1]?.text === '(') return undefined;
    const next = this.lower(a + 1);
    if (TREATY_WORDS.has(next) || this.isNewsletter(a)) return undefined;
    const known = lookupName(this.text(a, a));
    if (!known) return null;
    if (LOWERCASE_HEADS.has(next)) return known;
    this.found.push(this.candidate(a, a, known, known.kind, 'known', null));
    return true;
  }

  /** Reads the run a..b; `looked` is what the gazetteer said of it when read() asked already. */
  private readRun(a: number, b: number, looked: KnownName | null | undefined): void {
    const { tokens } = this.block;
    const runStart = a;
    const runEnd = b;
    // "The Hague", "But Putin", "On Monday", "AP And Reuters": a leading determiner, function word or
    // sentence word is not part of a name ("US" and "WHO" in capitals are).
    while (a <= b && (isNotName(this.lower(a)) || this.isFunctionWord(a) || (this.opens(a) && isSentenceWord(this.lower(a)) && !this.isCapitals(a)))) a++;
    // "Easter Sunday" is no name, but "USA Today" is one.
    if (isNotName(this.lower(b)) && !lookupName(this.text(a, b))) while (b >= a && isNotName(this.lower(b))) b--;
    if (a > b) return;
    if (this.opens(a) && !this.nameAtSentenceStart(a, b)) {
      if (a === b) return;
      a++;
    }
    if ((a === b && this.isMonth(a)) || this.isNewsletter(a)) return;
    const next = this.lower(runEnd + 1);
    if (TREATY_WORDS.has(next)) return;

    let words = this.words(a, b);
    let [wordsFrom, wordsTo] = [a, b];
    let known = looked !== undefined && a === runStart && b === runEnd ? (looked ?? undefined) : lookupName(this.text(a, b));
    if (!known && (!isNameLike(words) || words.every(isTitleWord))) return;
    let kind: EntityKind | undefined;
    let basis: KindBasis = 'none';
    // "Democratic party", "Baltic fleet", "Azov sea": a lowercase head that belongs to the name.
    const lowercaseHead = runEnd === b && LOWERCASE_HEADS.has(next) && !(known && known.kind === 'place') && !(a === b && isNationalityWord(words[0] ?? ''));
    if (lowercaseHead) {
      b++;
      known = lookupName(this.text(a, b));
      kind = next === 'party' || next === 'fleet' ? 'organisation' : 'place';
      basis = 'head';
    }
    let role: string | null = null;
    if (known) {
      kind = known.kind;
      basis = 'known';
    } else if (basis === 'none') {
      const head = headKind(words);
      if (head) {
        kind = head;
        basis = 'head';
      } else {
        const split = this.splitRole(a, b);
        if (split === undefined) return;
        if (split.nameFrom > a) this.readTitleBody(a, split.nameFrom - 1);
        a = split.nameFrom;
        role = split.role;
        if (split.titled) {
          kind = 'person';
          basis = 'title';
        }
      }
    }
    if (basis !== 'known') {
      const trimmed = this.trimDemonyms(a, b, basis === 'head', lowercaseHead);
      if (!trimmed) return;
      if (trimmed[0] !== a || trimmed[1] !== b) {
        [a, b] = trimmed;
        words = this.words(a, b);
        [wordsFrom, wordsTo] = [a, b];
        known = lookupName(this.text(a, b));
        if (known) {
          kind = known.kind;
          basis = 'known';
        }
      }
    }
    if (a !== wordsFrom || b !== wordsTo) words = this.words(a, b);
    if (!known && words.every(isTitleWord)) return;
    if (basis === 'none') [kind, basis] = shapeKind(words, this.text(a, b));
    const candidate = this.candidate(a, b, known, kind, basis, role, words);
    if (candidate.kind !== 'place' && candidate.kind !== 'organisation') this.addRoles(candidate, a, b);
    // "European Union (EU)": the bracketed name is another spelling of the one before it.
    const previous = this.found.at(-1);
    const open = tokens[a - 1];
    if (open?.text === '(' && tokens[runEnd + 1]?.text === ')' && previous?.blockIndex === this.blockIndex && previous.end <= open.start) {
      if (/^(?:['’]s)?\s*$/u.test(this.block.text.slice(previous.end, open.start))) candidate.aliasOf = this.found.length - 1;
    }
    this.found.push(candidate);
  }

  private isFunctionWord(i: number): boolean {
    return ENGLISH_STOP_WORDS.has(this.lower(i)) && !this.isCapitals(i);
  }

  /** Whether token i is written in capitals ("US", "WHO"), which makes it no ordinary word. */
  private isCapitals(i: number): boolean {
    const text = this.block.tokens[i]?.text ?? '';
    return text.length > 1 && text === text.toUpperCase();
  }

  /** Whether a run opening a sentence starts with a name rather than a capitalised ordinary word. */
  private nameAtSentenceStart(a: number, b: number): boolean {
    const token = this.block.tokens[a];
    if (!token) return false;
    const word = token.text.slice(0, nameEndIn(token) - token.start);
    const lower = word.toLowerCase();
    // Capitalised inside a sentence elsewhere, a given name, an acronym or a known name.
    if (this.reading.known.has(normalizeWord(word)) || FIRST_NAMES.has(lower) || isAcronymLike(word) || lookupName(word)) return true;
    if (a < b) return !this.writesLowercase(lower);
    // "Isavnin said": the subject of a speech verb, unless a group ("Officials said", "Police say").
    let verb = a + 1;
    while (BETWEEN_SUBJECT_AND_VERB.has(this.lower(verb))) verb++;
    if (SPEECH_VERBS.has(this.lower(verb)) && !GENERIC_SPEAKERS.has(lower) && !word.endsWith('s')) return true;
    // "Jamala, who won Eurovision": a person however rarely named.
    return this.block.tokens[a + 1]?.text === ',' && this.lower(a + 2) === 'who';
  }

  /** "in May", "May 2": the month, not a name. */
  private isMonth(i: number): boolean {
    if (this.lower(i) !== 'may') return false;
    const before = this.block.tokens[i - 1]?.text ?? '';
    const after = this.block.tokens[i + 1]?.text ?? '';
    return MONTH_CONTEXT.has(before.toLowerCase()) || DIGIT.test(before) || DIGIT.test(after);
  }

  /** "Sign up to First Edition": a newsletter's name. */
  private isNewsletter(a: number): boolean {
    const before = this.lower(a - 1);
    return (before === 'to' || before === 'for') && this.lower(a - 2) === 'up' && this.lower(a - 3) === 'sign';
  }

  /**
   * Splits a title or position off the front of a run ("US Secretary of State Antony Blinken"),
   * reading leftwards past the run over lowercase role words ("spokesperson Dmitry Peskov"), or before
   * a given name ("US Marine Trevor Reed"). Undefined when the run is a role alone ("the Foreign Minister").
   */
  private splitRole(a: number, b: number): { nameFrom: number; role: string | null; titled: boolean } | undefined {
    const { tokens } = this.block;
    const plain = { nameFrom: a, role: null, titled: false };
    let hasRole = isRoleWord(this.lower(a - 1));
    for (let i = a; i <= b && !hasRole; i++) hasRole = isRoleWord(this.lower(i));
    if (!hasRole) {
      if (FIRST_NAMES.has(this.lower(a))) return plain;
      // "US Marine Trevor Reed", "Border Patrol Agent Rodney Scott"; not "Kenia Elizabeth Avila".
      for (let i = a + 1; i < b; i++) {
        if (!FIRST_NAMES.has(this.lower(i))) continue;
        const title = this.words(a, i - 1);
        if (title.length >= 2 || title.some((w) => lookupName(w))) return { nameFrom: i, role: this.text(a, i - 1), titled: true };
        break;
      }
      return plain;
    }
    const phrase = phraseEndingAt(this.context(), b, this.sentenceFloor(a));
    // A phrase that stops inside the run ("Ursula von der Leyen" stops at "von") has no title to split.
    if (!phrase || phrase.from > a) return plain;
    if (phrase.role === null && phrase.gender === null) {
      // An abbreviated title that is no role word: "US Secy Blinken".
      for (let i = b - 1; i >= a; i--) {
        if (!TITLES.has(this.lower(i))) continue;
        let nameFrom = i + 1;
        while (nameFrom < b && !tokens[nameFrom]?.word) nameFrom++;
        return { nameFrom, role: this.text(a, i), titled: true };
      }
    }
    if (phrase.name.length === 0) {
      if (phrase.role) this.readTitleBody(a, b);
      return undefined;
    }
    let nameFrom = b;
    for (let words = 0; nameFrom >= a; nameFrom--) {
      if (tokens[nameFrom]?.word && ++words === phrase.name.length) break;
    }
    nameFrom = Math.max(a, nameFrom);
    // "the market analyst ICIS": an acronym after a role word is a body, not a person.
    if (nameFrom === b && isAcronymLike(tokens[b]?.text ?? '')) return { nameFrom, role: null, titled: false };
    return { nameFrom, role: phrase.role, titled: phrase.role !== null || phrase.gender !== null };
  }

  /** The body a title names, read as its own candidate: "Kremlin" in "Kremlin Spokesman", "CIA" in "CIA Director". */
  private readTitleBody(a: number, b: number): void {
    for (let e = b; e >= a; e--) {
      const known = lookupName(this.text(a, e));
      if (known) {
        this.found.push(this.candidate(a, e, known, known.kind, 'known', null));
        return;
      }
    }
    const word = this.block.tokens[a]?.text ?? '';
    if (isAcronymLike(word) && !isDemonym(word)) this.found.push(this.candidate(a, a, undefined, 'organisation', 'shape', null));
  }

  /**
   * Drops nationality words around a name ("Russian", "North Korean", "Senate Republicans");
   * undefined when nothing else is left, or when a named body is only a nationality and a common
   * head ("Russian Army"). Historical states stay whole ("Soviet Ukraine", "Nazi Germany").
   */
  private trimDemonyms(a: number, b: number, headed: boolean, lowercaseHead: boolean): [number, number] | undefined {
    let from = a;
    while (from <= b && (this.isDemonymAt(from) || (DIRECTIONS.has(this.lower(from)) && isDemonym(this.lower(from + 1))))) from++;
    let to = b;
    while (to >= from && isDemonym(this.lower(to))) to--;
    if (from > to) return undefined;
    if (from === a) return [from, to];
    if (lowercaseHead) {
      // "Russian Baltic fleet" is the Baltic fleet.
      let nation = a;
      while (nation < to && isNationalityWord(this.lower(nation))) nation++;
      return [nation, to];
    }
    // "American Enterprise Institute" is a name; "Russian Army" only a description.
    if (headed) return from === to ? undefined : [a, to];
    if (!isNationalityWord(this.lower(a)) && lookupName(this.text(from, to))?.kind === 'place') return [a, to];
    return [from, to];
  }

  /** Whether token i is a nationality word, also hyphenated ("Russian-Ukrainian") or made an adjective ("Russian-backed"). */
  private isDemonymAt(i: number): boolean {
    const token = this.block.tokens[i];
    if (!token) return false;
    const name = token.text.slice(0, nameEndIn(token) - token.start);
    return name.includes('-') ? name.split('-').every(isDemonym) : isDemonym(name);
  }

  /** Roles said beside a name: "Antony Blinken, the US secretary of state," and "the US secretary of state, Antony Blinken". */
  private addRoles(candidate: Candidate, a: number, b: number): void {
    const { tokens } = this.block;
    // Only where a role can be: after the comma a determiner, a title word or a capital; before it a title word.
    if (tokens[b + 1]?.text === ',' && !isPossessive(tokens[b]?.text ?? '') && this.mayOpenRole(b + 2)) {
      const after = phraseStartingAt(this.context(), b + 2, this.sentenceCeiling(b));
      if (after?.role && after.name.length === 0) this.giveRole(candidate, after.role);
    }
    if (tokens[a - 1]?.text === ',' && a >= 2 && isTitleWord(this.lower(a - 2))) {
      const before = phraseEndingAt(this.context(), a - 2, this.sentenceFloor(a));
      if (before?.role && before.name.length === 0) this.giveRole(candidate, before.role);
    }
  }

  private mayOpenRole(i: number): boolean {
    const lower = this.lower(i);
    return DETERMINERS.has(lower) || isTitleWord(lower) || isCapitalised(this.block.tokens[i]?.text ?? '');
  }

  private giveRole(candidate: Candidate, role: string): void {
    candidate.role ??= role;
    candidate.votes.person += 2;
  }

  private candidate(
    a: number,
    b: number,
    known: KnownName | undefined,
    kind: EntityKind | undefined,
    basis: KindBasis,
    role: string | null,
    words = this.words(a, b),
  ): Candidate {
    const { tokens, sentenceOf } = this.block;
    const start = tokens[a]?.start ?? 0;
    const last = tokens[b];
    const end = last ? nameEndIn(last) : start;
    const text = this.block.text.slice(start, end);
    const single = !known && words.length === 1 ? (words[0] ?? '').toLowerCase() : '';
    const candidate: Candidate = {
      blockIndex: this.blockIndex,
      sentenceIndex: sentenceOf[a] ?? 0,
      start,
      end,
      text,
      folded: known ? known.folded : foldName(text),
      words,
      known,
      kind,
      basis,
      role,
      votes: { person: 0, place: 0, organisation: 0 },
      direction: DIRECTIONS.has(single),
      aliasOf: undefined,
      weak: false,
    };
    // Context only decides a name nothing else types: a known, headed, titled or shaped name has its kind.
    if (basis === 'none') voteOnContext(candidate.votes, this.block, a, b, (i) => this.lower(i));
    return candidate;
  }

  /** The words of tokens a..b as written, the last without its possessive or lowercase tail. */
  private words(a: number, b: number): string[] {
    const out: string[] = [];
    for (let i = a; i <= b; i++) {
      const token = this.block.tokens[i];
      if (token?.word) out.push(i === b ? token.text.slice(0, nameEndIn(token) - token.start) : token.text);
    }
    return out;
  }

  private text(a: number, b: number): string {
    const { tokens } = this.block;
    const last = tokens[b];
    return this.block.text.slice(tokens[a]?.start ?? 0, last ? nameEndIn(last) : 0);
  }

  private sentenceFloor(i: number): number {
    const { sentenceOf } = this.block;
    let j = i;
    while (j > 0 && sentenceOf[j - 1] === sentenceOf[i]) j--;
    return j;
  }

  private sentenceCeiling(i: number): number {
    const { sentenceOf, tokens } = this.block;
    let j = i;
    while (j < tokens.length - 1 && sentenceOf[j + 1] === sentenceOf[i]) j++;
    return j;
  }
}
