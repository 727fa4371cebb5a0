import { countries } from 'countries-list';
import { foldName, type EntityKind } from './entity.js';
import { COMPANIES, INSTITUTIONS, OUTLETS } from './organisations.js';
import { CITIES, REGIONS, STATE_ACRONYMS, US_STATES } from './places.js';

/** A known place or organisation: its kind and the name the archive files it under. */
export interface KnownName {
  kind: EntityKind;
  name: string;
  /** The name folded (see foldName), kept so merging never folds it again. */
  folded: string;
  /** Number of words in the name. */
  words: number;
  /** kind + ':' + folded: the entity key it files under. */
  key: string;
}

// Capitals that are more often people or other places in English news ("Victoria", "Douglas").
const NAME_LIKE_CAPITALS = new Set(
  'Victoria|Hamilton|Douglas|Stanley|Kingston|Jamestown|Georgetown|George Town|Plymouth|Moroni|Praia|Lima|Santiago|The Valley|West Island|Road Town|King Edward Point|Flying Fish Cove|Edinburgh of the Seven Seas|City of Victoria|Saint-Pierre|Saint-Denis|Saint John\'s|Saint Helier|Adamstown|Alofi|Avarua|Gustavia|Marigot|Kingstown|Basseterre|Castries|Roseau|Hagåtña|Fakaofo|Mata-Utu|Ngerulmud|Palikir|Yaren|Funafuti|South Tarawa|Majuro|Apia'.split('|'),
);
// The names English-language news uses where the data's name differs.
const COUNTRY_NAMES: Readonly<Record<string, string>> = { Türkiye: 'Turkey' };

// Folded spelling → known name; spellings in capitals ("WHO", "US") in their own map, so they match
// only text written in capitals and "Who" or "Us" at a sentence's start stay words.
const byName = new Map<string, KnownName>();
const byAcronym = new Map<string, KnownName>();

function add(kind: EntityKind, name: string, spellings: readonly string[]): void {
  const folded = foldName(name);
  const known = { kind, name, folded, words: folded.split(' ').length, key: `${kind}:${folded}` };
  for (const spelling of spellings) {
    const acronym = !/\p{Ll}/u.test(spelling);
    const into = acronym ? byAcronym : byName;
    const folded = foldName(spelling);
    if (folded !== '' && !into.has(folded)) into.set(folded, known);
    // "Democratic Republic of the Congo" is also written without "the".
    if (/ of the /u.test(spelling)) add(kind, name, [spelling.replace(/ of the /u, ' of ')]);
  }
}

function addLines(kind: EntityKind, text: string, perLine: boolean): void {
  for (const line of text.split('\n')) {
    const names = line.split('|').map((s) => s.trim()).filter(Boolean);
    if (perLine && names[0]) add(kind, names[0], names);
    else for (const name of names) add(kind, name, [name]);
  }
}

for (const country of Object.values(countries)) {
  const name = COUNTRY_NAMES[country.name] ?? country.name;
  const aliases = (country as { alias?: string[] }).alias ?? [];
  add('place', name, [name, country.name, ...aliases.map((a) => a.replace(/\s*\(.*\)$/u, ''))]);
}
addLines('place', REGIONS, false);
addLines('place', US_STATES, false);
addLines('place', STATE_ACRONYMS, true);
// Cities before capitals, so a city's own spellings ("Washington D.C.") keep its canonical name.
addLines('place', CITIES, true);
for (const country of Object.values(countries)) {
  if (country.capital && !NAME_LIKE_CAPITALS.has(country.capital)) add('place', country.capital, [country.capital]);
}
addLines('organisation', INSTITUTIONS, true);
addLines('organisation', OUTLETS, true);
addLines('organisation', COMPANIES, true);

/**
 * The known place or organisation a name as written stands for ("U.S." → United States), or
 * undefined; spellings listed in capitals match only text in capitals.
 */
export function lookupName(text: string): KnownName | undefined {
  const folded = foldName(text);
  return (!LOWERCASE.test(text) ? byAcronym.get(folded) : undefined) ?? byName.get(folded);
}

const LOWERCASE = /\p{Ll}/u;
