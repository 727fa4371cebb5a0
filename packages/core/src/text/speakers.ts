import { ROLE_WORDS, SPOKES_WORDS, isNationality } from './name-words.js';
import { surnameOf, type NamePhrase } from './names.js';
import { sentenceTokens, type PersonMention, type Reading } from './reading.js';
import { pairedSurnames, resolveRole, roleFit, type RoleMap } from './roles.js';
import { mainSubject } from './subjects.js';
import { isCapitalised, normalizeWord } from './tokens.js';

/** Who a phrase says is speaking: a surname or an organisation, and the role the text gives them. */
export interface Speaker {
  /** Null for someone the text names only by a role no name resolves ("the regional governor"). */
  speaker: string | null;
  role: string | null;
  /** An organisation rather than a person: what "it" and "the ministry" can stand for. */
  organisation: boolean;
}

/** One speaker met so far, by sentence; null for someone unnamed ("a senior official"). */
interface Heard {
  sentence: number;
  speaker: Speaker | null;
  /** Known to be a person (named in full, with a title or role), not a single name that may be a company. */
  person: boolean;
}

/** How far back "he", "she" or "the president" may look for the one it stands for, in sentences. */
const REACH = 3;
/** How far ahead a role opening an article looks for the person it stands for. */
const FORWARD_REACH = 2;
/** How far back a plural role ("the lawyers") looks for people named together. */
const JOINT_REACH = 20;
/** How far back "it" and an unnamed spokesperson look for their organisation. */
const ORGANISATION_REACH = 2;
const DEFINITE = new Set(['the', 'his', 'her', 'their', 'its']);

/**
 * Resolves speaker phrases to speakers in reading order, remembering who spoke where, so that a
 * pronoun or a role can point back to the last fitting speaker. Feed it sentences in order.
 */
export class SpeakerResolver {
  private readonly heard: Heard[] = [];
  private readonly paired: ReadonlySet<string>;
  private readonly genders = new Map<string, 'he' | 'she'>();
  private readonly people = new Set<string>();
  /** The people named in each sentence, in order. */
  private readonly personsIn = new Map<number, PersonMention[]>();
  /** The sentences with words outside quotation marks. */
  private readonly narrated = new Set<number>();
  /** How often each person is named, by normalised surname. */
  private readonly mentions = new Map<string, number>();
  /** Everyone heard speaking so far, by normalised name. */
  private readonly spoken = new Set<string>();

  constructor(
    private readonly reading: Reading,
    private readonly roles: RoleMap,
  ) {
    this.paired = pairedSurnames(roles);
    for (const block of reading.blocks) {
      block.tokens.forEach((t, i) => {
        if (t.word && block.quotationOf[i] === -1) this.narrated.add(block.sentenceOf[i] ?? 0);
      });
    }
    for (const p of reading.persons) {
      const inSentence = this.personsIn.get(p.sentenceIndex) ?? [];
      inSentence.push(p);
      this.personsIn.set(p.sentenceIndex, inSentence);
      this.people.add(normalizeWord(p.surname));
      this.mentions.set(normalizeWord(p.surname), (this.mentions.get(normalizeWord(p.surname)) ?? 0) + 1);
      if (p.gender) this.genders.set(normalizeWord(p.surname), p.gender);
    }
  }

  /**
   * The speaker a phrase in block `blockIndex` names, or null for a generic group, someone unnamed,
   * or a pronoun with nobody fitting before it. A role resolves to a surname through the pairings
   * when one person holds them, else to the last fitting person named before; otherwise the speaker
   * has no name and keeps the role (see resolveForward).
   */
  resolve(phrase: NamePhrase | undefined, blockIndex: number, partners: readonly NamePhrase[] = []): Speaker | null {
    if (!phrase) return null;
    const block = this.reading.blocks[blockIndex];
    const start = block?.tokens[phrase.from]?.start ?? 0;
    const sentence = block?.sentenceOf[phrase.from] ?? 0;
    // "the lawyers added", after "said the lawyers, Maria Blagovolina and Alexander Boykov".
    if (phrase.generic) return !phrase.indefinite && isPluralRole(this.reading, blockIndex, phrase) ? this.lastJoint(sentence) : null;
    const pronoun = phrase.pronoun;
    if (pronoun === 'he' || pronoun === 'she') {
      const person = this.antecedent(blockIndex, start, sentence, (p) => this.fitsGender(p, pronoun));
      return person ? { speaker: person, role: null, organisation: false } : null;
    }
    // "it" stands for an organisation, or for a single name that may be one ("DrKW said …, it added").
    if (phrase.pronoun === 'it') return this.heard.findLast((h) => h.speaker && !h.person && h.sentence >= sentence - ORGANISATION_REACH)?.speaker ?? null;
    if (phrase.pronoun) return null;
    if (phrase.name.length > 0) {
      const own = phrase.organisation ? this.organisation(phrase, sentence) : this.person(phrase);
      if (partners.length === 0) return own;
      // In reading order: "Maria Blagovolina and Alexander Boykov", "CNN and the New York Times".
      const named = [phrase, ...partners].sort((a, b) => a.from - b.from).map((p) => (p === phrase ? (own.speaker ?? '') : p.organisation ? p.name.join(' ') : surnameOf(p.name, this.reading.usedAlone)));
      return { speaker: joinNames(named), role: phrase.role, organisation: own.organisation };
    }
    if (!phrase.role || phrase.indefinite && !isSpokes(phrase.role)) return null;
    if (isSpokes(phrase.role)) return this.spokesperson(phrase.role, sentence);
    const role = phrase.role;
    // Another speaker of the same sentence is someone else: "X has told Y …, the regional governor said".
    // Only someone the article names more than once can be met again by a title: not "First Edition".
    const known = (p: string) => (this.mentions.get(normalizeWord(p)) ?? 0) > 1 || this.spoken.has(normalizeWord(p));
    const fits = (p: string) => known(p) && roleFit(this.roles, this.paired, role, p) !== 'conflicts';
    const named = resolveRole(this.roles, role) ?? this.antecedent(blockIndex, start, sentence, fits, 0, false);
    return { speaker: named, role, organisation: false };
  }

  /**
   * Remembers who spoke in a sentence, for later pronouns and roles; a null speaker counts only for
   * one unnamed person ("a senior official"), whom a later "he" may mean, not for a group.
   */
  record(sentence: number, speaker: Speaker | null, phrase?: NamePhrase): void {
    if (speaker === null && !(phrase?.indefinite || (phrase?.role && !phrase.generic))) return;
    const name = speaker?.speaker;
    const person = !!name && !speaker?.organisation && (speaker?.role !== null || this.people.has(normalizeWord(name)) || (phrase?.name.length ?? 0) > 1);
    if (name) this.spoken.add(normalizeWord(name));
    this.heard.push({ sentence, speaker, person });
  }

  /** The last speaker heard in a sentence, undefined when nobody spoke there. */
  lastIn(sentence: number): Speaker | null | undefined {
    return this.heard.findLast((h) => h.sentence === sentence)?.speaker;
  }

  /** The last speaker heard before sentence `before`, with the sentence they spoke in. */
  lastBefore(before: number): Heard | undefined {
    let last: Heard | undefined;
    for (const h of this.heard) if (h.sentence < before && h.sentence >= (last?.sentence ?? -1)) last = h;
    return last;
  }

  /**
   * The person a role that nothing before resolved stands for, named as a speaker just after it:
   * "…, the UK’s national security adviser has warned. Sir Stephen Lovegrove, 55, said …". Call once
   * every sentence has been read.
   */
  resolveForward(role: string, sentence: number): string | null {
    const next = this.heard.find((h) => h.sentence > sentence && h.sentence <= sentence + FORWARD_REACH && h.speaker?.speaker && !h.speaker.organisation && h.speaker.role === null);
    const name = next?.speaker?.speaker;
    return name && roleFit(this.roles, this.paired, role, name) !== 'conflicts' ? name : null;
  }

  /** A person's name as a speaker (or a company's: "Gazprom said" reads the same). */
  private person(phrase: NamePhrase): Speaker {
    return { speaker: surnameOf(phrase.name, this.reading.usedAlone), role: phrase.role, organisation: false };
  }

  /** The last joint speaker heard ("Blagovolina and Boykov"), for a plural role that points back. */
  private lastJoint(sentence: number): Speaker | null {
    const heard = this.heard.findLast((h) => h.sentence >= sentence - JOINT_REACH && !h.speaker?.organisation && h.speaker?.speaker?.includes(' and '));
    return heard?.speaker ?? null;
  }

  private fitsGender(surname: string, pronoun: 'he' | 'she'): boolean {
    return (this.genders.get(normalizeWord(surname)) ?? pronoun) === pronoun;
  }

  /**
   * The person a pronoun or role at `start` stands for: in its own sentence the last speaker heard
   * (unless `ownSpeakers` is false), else the first person named before it; else, in the nearest
   * earlier sentence with a speaker or a person, its last speaker (null if unnamed), whom the pronoun
   * leading it stands for, or its first person named, passing over owners ("Pompeo’s mission") and
   * people `fits` rejects. Null when nobody fits within REACH sentences.
   */
  private antecedent(blockIndex: number, start: number, sentence: number, fits: (surname: string) => boolean, depth = 0, ownSpeakers = true): string | null {
    const before = (p: PersonMention) => p.blockIndex < blockIndex || (p.blockIndex === blockIndex && p.start < start);
    // Sentences wholly inside a quotation name nobody outside it: they do not count towards the reach.
    for (let s = sentence, counted = 0; s >= 0 && counted <= REACH; s--, counted += this.narrated.has(s + 1) ? 1 : 0) {
      const heard = s === sentence && !ownSpeakers ? undefined : this.heard.findLast((h) => h.sentence === s && !h.speaker?.organisation);
      if (heard) {
        const name = heard.speaker?.speaker;
        if (!name) return null;
        if (fits(name)) return name;
      }
      // "He sees Owen as …": a sentence led by a pronoun is about whom that pronoun means.
      const led = s < sentence && depth < REACH ? this.pronounLeading(s) : undefined;
      if (led) return this.antecedent(led.blockIndex, led.start, s, fits, depth + 1);
      const named = (this.personsIn.get(s) ?? []).filter((p) => before(p) && fits(p.surname));
      const pick = named.find((p) => !p.possessive) ?? (s === sentence ? named[0] : undefined);
      if (pick) return pick.surname;
    }
    return null;
  }

  /** The "he" or "she" a sentence opens its main clause with, and where it stands. */
  private pronounLeading(sentence: number): { blockIndex: number; start: number } | undefined {
    const range = sentenceTokens(this.reading, sentence);
    if (!range) return undefined;
    const subject = mainSubject(this.reading, range.blockIndex, range.first, range.last);
    if (subject?.pronoun !== 'he' && subject?.pronoun !== 'she') return undefined;
    return { blockIndex: range.blockIndex, start: this.reading.blocks[range.blockIndex]?.tokens[subject.from]?.start ?? 0 };
  }

  /** An organisation phrase; a bare description ("the agency") stands for the last organisation heard with that head. */
  private organisation(phrase: NamePhrase, sentence: number): Speaker {
    const text = phrase.name.join(' ').replace(/['’]s$/u, '');
    if (phrase.name.some((w) => isCapitalised(w))) return { speaker: text, role: null, organisation: true };
    const head = phrase.name.at(-1)?.toLowerCase() ?? '';
    const earlier = this.heard.findLast((h) => h.speaker?.organisation && h.sentence <= sentence && h.speaker.speaker?.toLowerCase().endsWith(head));
    return earlier?.speaker ?? { speaker: text, role: null, organisation: true };
  }

  /**
   * An unnamed spokesperson speaks for their organisation: "a State Department spokesperson" for the
   * State Department, "a spokesperson" for the organisation heard just before; else nobody named.
   */
  private spokesperson(role: string, sentence: number): Speaker | null {
    const words = role.split(/\s+/u);
    const owner = words.slice(0, -1).filter((w) => isCapitalised(w) && !isNationality(w) && !/['’]s$/u.test(w));
    if (owner.length > 0) return { speaker: owner.join(' '), role, organisation: true };
    return this.heard.findLast((h) => h.speaker?.organisation && h.sentence >= sentence - ORGANISATION_REACH)?.speaker ?? null;
  }
}

/** Names spoken together: "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Whether a generic phrase is a definite plural role ("the lawyers", "Griner’s lawyers"), which can stand for people named together. */
function isPluralRole(reading: Reading, blockIndex: number, phrase: NamePhrase): boolean {
  const tokens = reading.blocks[blockIndex]?.tokens ?? [];
  const head = tokens[phrase.to]?.text.toLowerCase() ?? '';
  const opener = tokens[phrase.from]?.text ?? '';
  const definite = DEFINITE.has(opener.toLowerCase()) || /^\p{Lu}.*['’]s$/u.test(opener);
  return definite && head.endsWith('s') && ROLE_WORDS.has(head.slice(0, -1));
}

function isSpokes(role: string): boolean {
  return SPOKES_WORDS.has(role.split(/\s+/u).at(-1)?.toLowerCase() ?? '');
}
