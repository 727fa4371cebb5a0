// Word lists that tell what a capitalised name is from the words in and around it. Lowercase. Short
// and general: head nouns and prepositions of English news, not the names of particular things.

const words = (list: string) => new Set(list.split(/\s+/u).filter(Boolean));

/** Last words that make a name an organisation: "Foreign Ministry", "Labour Party", "New York Times". */
export const ORGANISATION_HEADS: ReadonlySet<string> = words(`
  ministry ministries department party parties council agency bank army forces force navy court
  university college school institute institution foundation fund times news post journal telegraph
  herald tribune gazette gazeta chronicle inc corp corporation co ltd plc llc ag sa gmbh group company
  union committee commission office service services authority organisation organization association
  federation centre center consortium panel brigade battalion regiment division fleet command guard
  guards police club fc network channel radio television tv press media studios airlines airways
  motors industries holdings partners partnership bureau administration assembly parliament senate
  congress church mission alliance coalition movement front project programme program trust society
  league confederation cabinet chamber board tribunal secretariat directorate inspectorate community
  government regime delegation caucus laboratory systems technologies airline railways exchange
  enforcement`);

/** Last words that make a name a place: "Black Sea", "Belgorod Oblast", "Capitol Hill". */
export const PLACE_HEADS: ReadonlySet<string> = words(`
  sea seas ocean gulf bay river lake strait straits island islands peninsula mountains mountain
  hills hill valley desert coast beach gap pass corridor oblast krai raion region province county
  district territory territories street square avenue road boulevard airport prison jail embassy
  consulate stadium bridge park station city town village republic emirates heights plaza port
  harbour harbor canal dam steelworks base camp lane`);

/** First words that take "of" into a name: "Ministry of Defence", "Republic of Korea", "Sea of Azov". */
export const HEADS_BEFORE_OF: ReadonlySet<string> = words(`
  republic kingdom sea gulf bay strait isle cape university bank house department ministry office
  court council chamber church party union federation committee commission community forces
  organisation organization institute school college academy bureau board`);

/** Lowercase heads that still belong to the name before them: "Democratic party", "Baltic fleet". */
export const LOWERCASE_HEADS: ReadonlySet<string> = words('party fleet sea ocean river lake strait gulf bay');

/** Heads of events, laws and works, which are not entities: "Cold War", "Minsk Agreements". */
export const EVENT_HEADS: ReadonlySet<string> = words(`
  war wars summit summits games olympics cup championship championships conference agreement
  agreements accord accords treaty convention conventions protocol act festival contest day prize
  award awards doctrine revolution forum talks format declaration memorandum plan week bill dialogue`);

/** Lowercase words after a place that make it part of a treaty's or event's name: "Minsk agreements". */
export const TREATY_WORDS: ReadonlySet<string> = words(`
  agreement agreements accord accords treaty convention conventions protocol protocols format
  declaration memorandum doctrine process`);

/** Prepositions after which a name is most often a place: "in Kyiv", "near Kharkiv". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = words(
  'in near outside inside across throughout into towards toward around from to via within at',
);

/** Lowercase particles inside personal names: "Ursula von der Leyen", "Charles de Gaulle". */
export const NAME_PARTICLES: ReadonlySet<string> = words('von van der den de del della di da du dos das la le al el bin ibn ter ten zu');

/** Capitalised words that never name an entity: calendar words and the like. */
export const NOT_NAMES: ReadonlySet<string> = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april june july
  august september october november december easter christmas ramadan hanukkah passover halloween
  jan feb mar apr jun jul aug sep sept oct nov dec gmt bst utc est edt cet cest pst pdt
  today tonight yesterday tomorrow am pm
  god i ok okay covid covid-19 coronavirus internet web brexit holocaust mp mps
  it tv pc cd dvd vpn gdp ceo cfo ai dna hq id pr ok faq`);

/** First words that make a name a place: "San Ysidro", "Fort Worth", "Lake Como". */
export const PLACE_PREFIXES: ReadonlySet<string> = words('san santa são sao saint st fort port los las lake mount mt');

/** Compass words, which name a place alone only as the short form of one the article gives ("the North"). */
export const DIRECTIONS: ReadonlySet<string> = words(`
  north south east west northern southern eastern western central northeast northwest southeast
  southwest upper lower greater`);

/** Words that open sentences capitalised but never start names: "Although Mueller …", "Asked about …". */
export const SENTENCE_OPENERS: ReadonlySet<string> = words(`
  although though whereas despite since unless whether whenever wherever once unlike amid among amongst
  following according asked speaking writing asking adding meanwhile however instead moreover indeed
  perhaps maybe now then later earlier already even still yet thus hence otherwise besides nonetheless
  nevertheless regardless elsewhere overall finally first second third last next such many several
  some most every each another other both either neither all any no none one two three four five
  there here what which who whom whose why how when where while if because as so but and or nor
  sources officials speaking reporting across around within without beyond behind inside outside near
  towards toward upon along throughout via per`);
