// Nationality, regional, religious and party adjectives ("Russian", "Soviet", "Republican"): news
// capitalises them, but they describe rather than name, so they are never mentions on their own.

/** Lowercase adjectives of nationality; plurals ("Russians") are read through isDemonym. */
export const NATIONALITIES: ReadonlySet<string> = new Set(
  `afghan african albanian algerian american arab arabian argentine argentinian armenian asian australian
  austrian azerbaijani azeri bangladeshi belarusian belarussian belgian bolivian bosnian
  brazilian british bulgarian burmese cambodian cameroonian canadian chechen chilean chinese colombian
  congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english eritrean
  estonian ethiopian european filipino finnish flemish french georgian german ghanaian greek guatemalan
  haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian
  jamaican japanese jordanian kazakh kenyan korean kosovan kosovar kurdish kuwaiti kyrgyz lao latvian
  lebanese liberian libyan lithuanian luxembourgish macedonian malaysian malian maltese mexican moldovan
  mongolian montenegrin moroccan mozambican nepalese nigerian nigerien nordic norwegian pakistani
  palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian russian rwandan
  saudi scottish senegalese serb serbian singaporean slovak slovakian slovenian somali spanish sri
  sudanese swedish swiss syrian taiwanese tajik tanzanian thai tibetan tunisian turkish turkmen ugandan
  ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean`.split(/\s+/u).filter(Boolean),
);

/** Lowercase adjectives of region, faith, politics or history, which can name a party or fleet with a lowercase head ("Democratic party", "Baltic fleet"). */
export const AFFILIATIONS: ReadonlySet<string> = new Set(
  `balkan baltic western eastern northern southern soviet nazi communist bolshevik tsarist imperial
  jewish muslim christian catholic orthodox protestant sunni shia shiite islamic islamist hindu buddhist
  republican democrat tory labourite liberal conservative socialist nationalist
  anglo latino hispanic slavic transatlantic allied jew briton brit crimean siberian tatar basque catalan
  bavarian scandinavian caribbean walloon corsican sicilian cossack`.split(/\s+/u).filter(Boolean),
);

/** Whether a word (any case) is an adjective of nationality: "Russian", not "Baltic". */
export function isNationalityWord(word: string): boolean {
  return NATIONALITIES.has(word.toLowerCase());
}

/** Whether a word (any case) is an adjective of nationality, region, faith or party, or its plural noun: "Russian", "Ukrainians", "Tories". */
export function isDemonym(word: string): boolean {
  const lower = word.toLowerCase();
  if (NATIONALITIES.has(lower) || AFFILIATIONS.has(lower) || lower === 'tories') return true;
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : '';
  return NATIONALITIES.has(singular) || AFFILIATIONS.has(singular);
}
