// What a word before a full stop says about whether the stop ends the sentence. Lowercase, without
// the stop. Lists, not a model: news text uses a small, stable set of abbreviations.

/** Titles always precede a name ("Mr. Kim", "Dr. Fauci", "Gen. Milley"), so their stop never ends a sentence. */
export const TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms messrs mme mlle dr prof gen lt col capt cpt sgt maj cmdr adm brig cpl pvt rev fr hon sen rep gov pres supt insp det atty amb secy sec rt'.split(' '),
);

/** Abbreviations that take a number after them ("No. 10", "Jan. 21", "p. 4"): no break before a digit. */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set(
  'no nos jan feb mar apr jun jul aug sep sept oct nov dec p pp vol vols art fig ch para ver op'.split(' '),
);

/**
 * Abbreviations that can also end a sentence ("… and Co. The …", "… in the U.S. The …"): the stop
 * ends one only when the next word is one that starts sentences (see STARTERS), not a name.
 */
export const AMBIGUOUS: ReadonlySet<string> = new Set(
  'etc inc corp ltd co plc llc bros jr sr st ave blvd rd mt ft approx est dept univ assn vs jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/** US state abbreviations, matched with their capital ("Fla."), since several are also words ("Mass.", "Wash."). */
export const STATES: ReadonlySet<string> = new Set(
  'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo'.split(' '),
);

/**
 * Capitalised words that begin sentences rather than continue names, beyond the stop words: after an
 * ambiguous abbreviation, "U.S. President" continues a name but "U.S. However" starts a sentence.
 */
export const STARTERS: ReadonlySet<string> = new Set(
  'however meanwhile yet still also later earlier today yesterday instead thus therefore moreover nevertheless separately last next one many several some mr mrs ms dr'.split(' '),
);
