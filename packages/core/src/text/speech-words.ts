// Verbs and small words for finding who says what. Lowercase. Kept short and specific to news
// reporting: a word missing here costs a quote or a speaker, a wrong one could cost a wrong speaker.

const words = (list: string) => new Set(list.split(/\s+/u).filter(Boolean));

/** Finite verbs that report speech or writing; their subject is a speaker. */
export const SPEECH_VERBS: ReadonlySet<string> = words(`
  said says say told tells added adds stated states noted notes warned warns asserted asserts claimed claims
  insisted insists argued argues explained explains announced announces reiterated reiterates stressed
  stresses emphasised emphasized emphasises emphasizes described describes tweeted tweets wrote writes
  replied replies urged urges vowed vows pledged pledges acknowledged acknowledges admitted admits declared
  declares remarked commented confirmed confirms denied denies cautioned cautions predicted predicts
  conceded concedes called calls reported reports responded responds recalled recalls
  maintained maintains alleged alleges contended contends revealed reveals hinted hints repeated repeats
  suggested suggests assured assures agreed agrees continued asked asks indicated indicates tell`);

/** Participles that carry the sentence's speaker to a new clause: "…, saying that …". */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = words(`
  saying adding telling warning noting claiming insisting arguing explaining predicting charging
  confirming stressing asserting alleging declaring stating tweeting vowing acknowledging
  admitting reiterating emphasising emphasizing suggesting revealing announcing contending maintaining
  pointing`);

/**
 * Verbs whose quoted complement is the subject's words, though they report no clause: "hailed the
 * decision as a “historic achievement”", "accused May of bowing to “the whims …”".
 */
export const QUOTING_VERBS: ReadonlySet<string> = words(`
  accused accuses accusing hailed hailing condemned condemns condemning slammed slamming criticised
  criticized criticises criticizes criticising dismissed dismissing labelled labeled labelling branded
  branding praised praising welcomed welcoming threatened threatens threatening expressed posted pleaded
  pleading demanded demanding complained complaining referred referring calling describing urging
  promised promising blamed blaming`);

/** Nouns for someone's words, attributed with "by" or "from": "remarks by Lavrov that Hitler “had Jewish blood”". */
export const SPEECH_NOUNS: ReadonlySet<string> = words('remarks comments statement statements words claims claim assertion warning');

/** Verbs whose object is the speaker: "the newspaper quotes a source close to the firm". */
export const QUOTES_OBJECT: ReadonlySet<string> = words('quotes quoted quoting');

/** Speech verbs whose next noun phrase is an object ("told reporters"), never an inverted subject. */
export const OBJECT_VERBS: ReadonlySet<string> = words(
  'told tells urged urges described describes called calls asked asks warned warns assured assures',
);

/** Speech verbs that never introduce a reported clause: indirect questions and "called for". */
export const NO_CLAUSE_VERBS: ReadonlySet<string> = words('asked asks called calls described describes urged urges continued');

/** Speech verbs that take a reported clause without "that" whatever follows: "Blinken said Biden is ready". */
export const BARE_CLAUSE_VERBS: ReadonlySet<string> = words('said says');

/** Verbs that take an object before their clause: "told reporters (that) …", "assured Parliament that …". */
export const TELLING_VERBS: ReadonlySet<string> = words('told tells telling assured assures');

/**
 * Auxiliaries, modals and common irregular past tenses: one soon after a speech verb shows a clause
 * without "that" ("added a corridor should be", "saying it went well"); regular past tenses end in "-ed".
 */
export const FINITE_MARKERS: ReadonlySet<string> = words(`
  is are was were will would could should can may might must has have had does did do shall won't
  wouldn't couldn't isn't wasn't weren't aren't hasn't haven't hadn't didn't doesn't can't
  went made took gave came got knew thought saw found began became left felt kept held brought ran won
  lost met paid sent built spent stood understood spoke broke chose fell grew rose sold shot meant led
  told said wrote`);

/** Words after which no reported clause starts: "said on Friday that" still finds "that", but "said in a statement" has none. */
export const NOT_CLAUSE_START: ReadonlySet<string> = words(
  'on in at during after before while to following with for of by from about as when than if because against into over',
);

/** Forms of "be" before a verb make it passive ("are said to be"), which names no speaker. */
export const BE_FORMS: ReadonlySet<string> = words('is are was were be been being');

/** Sentence openers that start a fronted phrase, not the subject: "In a statement, …", "Speaking to …, …". */
export const FRONTED_OPENERS: ReadonlySet<string> = words(`
  in on at during after before while when speaking addressing writing asked despite following with
  without for from as since although though if until amid overall meanwhile however still elsewhere earlier
  later separately instead also then now yet thus finally according`);

/** Conjunctions that join a second verb to the same subject: "… and said", "… but added". */
export const CONJUNCTIONS: ReadonlySet<string> = words('and but or');
