// Word lists for finding who says what. Lowercase. Kept short and specific to news reporting: a
// word missing here costs a speaker (null), a wrong word here could cost a wrong speaker.

const words = (list: string) => new Set(list.split(/\s+/u).filter(Boolean));

// The speech verbs live with the other verb lists; compare/ and entities/ import them from here.
export { BARE_CLAUSE_VERBS, OBJECT_VERBS, SPEECH_VERBS } from './speech-words.js';

/** Words that may sit between a subject and its verb: "Lavrov has previously said", "Blinken also said". */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = words(`
  also has had have previously further then later again once reportedly repeatedly earlier recently
  publicly privately separately already subsequently today yesterday tonight now still himself herself
  would will could did does do formally officially even just since first initially afterwards`);

/** Words of a time phrase that may sit there too: "Lavrov on Friday said". */
export const TIME_WORDS: ReadonlySet<string> = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december morning afternoon evening night week month year weekend`);

/** Words that introduce a time phrase: "on Friday", "last week", "this morning". */
export const TIME_OPENERS: ReadonlySet<string> = words('on last this late early');

/** Head nouns of titles and positions: "Foreign Minister", "the president", "her rep". */
export const ROLE_WORDS: ReadonlySet<string> = words(`
  president minister secretary director chancellor premier ambassador spokesman spokeswoman spokesperson
  senator sen governor gov mayor general gen king queen prince princess pope leader chairman chairwoman
  chair chief ceo commissioner envoy diplomat dictator official adviser advisor deputy judge justice
  attorney lawyer representative rep speaker head editor professor counsel commander officer aide analyst
  expert correspondent reporter negotiator prosecutor founder sheriff lawmaker congressman congresswoman
  chairperson administrator executive economist researcher scientist actress actor star singer coach
  captain manager colonel major lieutenant sergeant admiral bishop archbishop cardinal president-elect
  lady wife husband mother father son daughter boss backbencher mp mep candidate agent
  mr mrs ms dr prof`);

/** Words that modify a role without naming anyone: "top", "Foreign", "Secretary of State". */
export const ROLE_MODIFIERS: ReadonlySet<string> = words(`
  foreign prime state defense defence interior home finance treasury affairs national security top senior
  former deputy vice acting assistant press special chief general homeland intelligence justice health
  trade energy white house education labor transportation commerce agriculture veterans military armed
  forces army navy air force joint staff supreme high court district federal public new regional permanent`);

/**
 * Lowercase heads of organisation phrases: "the British defence ministry", "Ukraine’s finance
 * ministry", "the court". What they say is the organisation's, not a person's.
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = words(`
  ministry department government agency office court regulator watchdog firm company council committee
  embassy military commission parliament cabinet administration organisation organization railway
  service bank union board club party team broadcaster newspaper presidency secretariat authority
  institute foundation campaign prosecutor's prosecutor’s`);

/** Role heads for someone speaking for an organisation: unnamed, their words are the organisation's. */
export const SPOKES_WORDS: ReadonlySet<string> = words('spokesman spokeswoman spokesperson spokespeople representative');

/** Words that make a role phrase indefinite: "a senior official", "one expert" name nobody. */
export const INDEFINITE: ReadonlySet<string> = words('a an one another');

/** Generic speakers that name nobody in particular: "officials said", "analysts say". */
export const GENERIC_SPEAKERS: ReadonlySet<string> = words(`
  officials sources people aides analysts experts reports witnesses residents diplomats authorities
  critics observers reporters others some many media lawmakers leaders activists protesters police
  investigators prosecutors researchers scientists officers someone everyone nobody media fans
  bosses lawyers families relatives friends neighbours colleagues supporters opponents voters students
  teachers doctors soldiers troops workers employees members participants groups outlets`);

/** Third-person pronouns that can stand for a speaker: a person ("he", "she"), an organisation ("it"), a group ("they"). */
export const PRONOUNS: ReadonlyMap<string, Pronoun> = new Map([
  ['he', 'he'],
  ['she', 'she'],
  ['it', 'it'],
  ['they', 'they'],
]);

/** A pronoun that can be a speaker. */
export type Pronoun = 'he' | 'she' | 'it' | 'they';

/** Titles that tell a person's pronoun, where the text gives one. */
export const GENDERED_TITLES: ReadonlyMap<string, 'he' | 'she'> = new Map([
  ['mr', 'he'],
  ['mrs', 'she'],
  ['ms', 'she'],
  ['miss', 'she'],
]);

/** Words that make a capitalised phrase an organisation or a place rather than a person. */
export const NOT_PERSON_WORDS: ReadonlySet<string> = words(`
  post times news journal agency ministry department office house kremlin council committee party
  government administration pentagon reuters press bureau service services union nations states kingdom
  republic commission court congress senate parliament assembly embassy company corp inc group bank fund
  institute university college school foundation association organisation organization network channel
  tv radio magazine newspaper daily herald tribune guardian telegraph independent mail express today
  north south east west new united city county beach island islands river street square palace centre
  center club airport hospital church army navy force forces police coast gulf sea ocean mountains
  valley park hall tower bridge station district province region state korea china russia ukraine america
  europe africa asia britain england france germany japan iran israel india moscow washington kyiv geneva
  london paris beijing tokyo studies partnership alliance coalition campaign`);

/** Adverbs that open sentences and are capitalised there: "Meanwhile Labour backbencher …" names no "Meanwhile". */
export const SENTENCE_ADVERBS: ReadonlySet<string> = words(`
  however meanwhile yet still also later earlier today yesterday instead thus therefore moreover
  nevertheless separately elsewhere overall indeed finally meanwhile then now`);

/** Prepositions before a place: "in Los Angeles", "from El Salvador" are not people. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = words('in at from near across outside inside into through throughout towards toward via around');

/** Parts of a name that are never its surname: "Robert S. Mueller III", "Roger J. Stone Jr.". */
export const NAME_SUFFIXES: ReadonlySet<string> = words('jr sr ii iii iv');

/** Determiners and possessives that open a noun phrase and are dropped from a speaker's role. */
export const DETERMINERS: ReadonlySet<string> = words('the a an one another his her their its our my your this that');

// "Russian", "Ukrainian", "Japanese", "British", "Israeli", "Dutch"; acronyms "US", "U.S.", "NATO".
// "Russian", "Japanese", "Israeli", "Dutch"; not "Chairman" or "Spokesman" ("German" is one).
const DEMONYM = /^(?:German|\p{Lu}\p{Ll}+(?<!m)(?:an|ian|ese|ish|i|ch))$/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,4}$/u;

/** Whether a word names a nationality or is an acronym, either of which can open a title ("US Secretary"). */
export function isNationality(word: string): boolean {
  return DEMONYM.test(word) || ACRONYM.test(word);
}

/** Whether a word is a nationality adjective ("Russian", "Israeli", "Dutch"), never a name on its own. */
export function isDemonym(word: string): boolean {
  return DEMONYM.test(word);
}
