import type { Block } from '../model.js';

const MAX_WORDS = 14;
const MIN_CLAUSE_WORDS = 6;
const FALLBACK_WORDS = 12;
const MAX_CHARS = 100;
// A headline needs only the first few dozen words; bounding the input keeps a huge run-on paragraph cheap.
const MAX_SCAN_CHARS = 1000;
// A first sentence shorter than this ("Good morning.") is a greeting, not a lead.
const MIN_LEAD_WORDS = 4;
// Dropping a scene-setting clause must leave at least this many words.
const MIN_REST_WORDS = 5;

// Words before a full stop that do not end a sentence: titles, US state and month abbreviations.
const ABBREVIATIONS = new Set(
  (
    'Mr Mrs Ms Dr St Jr Sr Gov Sen Rep Gen Col Lt Sgt Capt Cmdr Adm Maj Prof Rev Hon Pres Gens ' +
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev ' +
    'Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec ' +
    'No Nos vs etc Inc Corp Co Ltd Bros approx'
  ).split(' '),
);
// A headline does not end on these; they are trimmed before an ellipsis.
const FUNCTION_WORDS = new Set(
  (
    'a an the of to for in on at by with from into onto near over under and or but that which who whose as ' +
    'its his her their our your my this these those is are was were be been being has have had will would ' +
    'could should may might can than about after before during since amid against between through across ' +
    'including despite not also what how why whether where when'
  ).split(' '),
);
// Cutting after these splits a phrase: "hours after", "even as", "such as", "between the UK and".
const NO_CUT_AFTER = new Set(
  'hours days weeks months years minutes moments shortly soon just even such well only right long'.split(' '),
);

// Sentence end: . ! ? … then closing quotes/brackets, then space and a capital, digit or opening quote.
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}])/gu;
// "WASHINGTON — ", "WEST PALM BEACH, Fla. — ", "NUSA DUA, Indonesia — ".
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]+(?:,\s[^—–,]{1,30})?\s+[—–-]{1,2}\s+/u;
// Guardian live-blog entries open with a timestamp: "From 23 Jul 2022 22.17 ", "8 May 2022 21.48 ".
const LIVE_STAMP = /^(?:From\s)?\d{1,2}\s\p{L}{3,9}\s\d{4}\s\d{1,2}[.:]\d{2}\s+/u;
// Words that open a scene-setting clause: "Despite …, ", "In Kherson, ", "According to …, ".
const CLAUSE_OPENERS = (
  'despite following after before amid as while when whether given instead in on at by for under over ahead ' +
  'having although though with without during since until unlike once if because according however meanwhile ' +
  'and but still now even earlier later speaking seeking citing facing asked responding addressing writing'
).replace(/ /g, '|');
// "At least 24 people, …" and "As many as …" are subjects, not clauses.
const LEADING_CLAUSE_WORD = new RegExp(`^(?!at least|as (?:many|much|well)\\b)(?:${CLAUSE_OPENERS})\\b`, 'iu');
const LEADING_CONJUNCTION = /^(?:and|but|or)\s+/iu;
// "Determined to …, ", "Wearing a …, ", "Outnumbered and outgunned, ": a participle opening the sentence.
const LEADING_PARTICIPLE = /^\p{Lu}\p{Ll}{2,}(?:ing|ed)\s\p{Ll}/u;
// "Starting talks … would be risky, …": a gerund subject has its own verb; an opening participle does not.
const AUXILIARY = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b/u;
// A comma, possibly just inside a closing quote: `concern,” Dr. Tedros`.
const CLAUSE_COMMA = /,["'”’]?\s/gu;
const WEEKDAY =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s(?:morning|afternoon|evening|night))?';
const ON_WEEKDAY = new RegExp(`(,?)\\s(?:(?:late|early)\\s)?on\\s${WEEKDAY}(,?)`, 'g');
const SPEECH_VERB =
  '(said|says|say|added|warned|announced|vowed|told|confirmed|claimed|insisted|stated|noted|argued|reported|declared|writes|wrote)';
const VERB_WEEKDAY = new RegExp(`\\b${SPEECH_VERB}\\s${WEEKDAY}\\b`, 'g');
const SPEECH_THAT = new RegExp(`\\b(${SPEECH_VERB}|told(?: \\S+){1,2}) that\\b`, 'g');
// "explaining that his …", "accused that the …": drop "that" only where a clause clearly follows.
const CLAUSE_START = '(?:the|a|an|it|he|she|they|we|you|his|her|its|their|there|this|these|some|many|most|all|no|\\p{Lu}|\\d)';
const VERB_THAT = new RegExp(`\\b(\\p{L}+(?:ed|ing)) that (?=${CLAUSE_START}\\b)`, 'gu');
const CLAUSE_BOUNDARY = /,\s| (?:that|after|as|but|while|because|amid|despite|following|who|which|when) /g;
const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '«': '»', '"': '"', "'": "'" };

/**
 * Derives a headline from the lead, for sources without a title: take the first sentence of the first
 * paragraph (not splitting after "U.S.", "Mr.", "Fla."; skipping a greeting like "Good morning."), drop a
 * leading dateline ("KYIV, Ukraine — "), a leading clause ("Despite …, ", "Following …, ") when ≥ 5 words
 * remain, bracketed asides and weekday phrases (" on Friday"), and turn "said that" into "said"; over 14
 * words, cut before the last clause boundary (", ", " that ", " after ", " as ", " but ", " while " …)
 * that keeps 6–14 words and splits no quotation or aside, else after 12 words with "…"; drop trailing
 * punctuation and unmatched quotes; cap at 100 characters on a word boundary; capitalise. With no
 * paragraph it uses the first subheading; '' when no block has a letter or digit.
 */
export function inferTitle(blocks: Block[]): string {
  return capitalise(dropDanglingQuotes(capLength(shorten(simplify(pickLead(blocks))))));
}

/** The first sentence of the first paragraph that is more than a greeting, else the first block with text. */
function pickLead(blocks: Block[]): string {
  let first: string | undefined;
  for (const block of blocks) {
    if (block.type !== 'paragraph' || !/[\p{L}\p{N}]/u.test(block.text)) continue;
    const sentence = firstSentence(removeAsides(block.text.slice(0, MAX_SCAN_CHARS)));
    if (countWords(sentence) >= MIN_LEAD_WORDS) return sentence;
    first ??= sentence;
  }
  return first ?? blocks.find((b) => /[\p{L}\p{N}]/u.test(b.text))?.text.slice(0, MAX_SCAN_CHARS) ?? '';
}

/** Text up to the first sentence end that is not an abbreviation or initial. */
function firstSentence(text: string): string {
  for (const m of text.matchAll(SENTENCE_END)) {
    const before = text.slice(0, m.index).split(/\s/).at(-1)?.replace(/^["'“‘«(\[]+/u, '') ?? '';
    const abbreviated = ABBREVIATIONS.has(before) || /^(?:\p{L}\.)*\p{Lu}$/u.test(before);
    if (m[0] !== '.' || !abbreviated) return text.slice(0, m.index + m[0].length);
  }
  return text;
}

function removeAsides(text: string): string {
  return text.replace(/\s\([^()]{1,200}\)/g, '');
}

/** Drops what a headline leaves out: dateline, scene-setting clauses, weekdays, "that". */
function simplify(sentence: string): string {
  let s = sentence.replace(LIVE_STAMP, '').replace(DATELINE, '');
  // Clauses can stack ("However, following the meeting, Blinken said …").
  for (let i = 0; i < 3; i++) {
    const rest = dropLeadingClause(s);
    if (rest === s) break;
    s = rest;
  }
  const rest = s.replace(LEADING_CONJUNCTION, '');
  if (countWords(rest) >= MIN_REST_WORDS) s = rest;
  s = s.replace(ON_WEEKDAY, (_all, _lead: string, trail: string) => (trail ? ',' : ''));
  s = s.replace(VERB_WEEKDAY, '$1').replace(SPEECH_THAT, '$1').replace(VERB_THAT, '$1 ');
  return s.replace(/\s+/g, ' ').trim();
}

/** Removes an opening adverbial clause up to its comma, or returns `s` unchanged. */
function dropLeadingClause(s: string): string {
  const participle = !LEADING_CLAUSE_WORD.test(s) && LEADING_PARTICIPLE.test(s);
  if (!participle && !LEADING_CLAUSE_WORD.test(s)) return s;
  for (const m of s.matchAll(CLAUSE_COMMA)) {
    const end = m.index + m[0].length;
    if (quoteDepth(s.slice(0, end)) > 0) continue;
    if (participle && AUXILIARY.test(s.slice(0, m.index))) return s;
    const rest = s.slice(end);
    // The clause goes on past this comma: "In Kherson, which …," or "in Bali, Indonesia, Treasury …".
    if (/^(?:which|who|whom|whose|where|including)\b/u.test(rest)) continue;
    if (/^\p{Lu}[\p{L}.’'-]*,\s/u.test(rest)) continue;
    return countWords(rest) >= MIN_REST_WORDS ? rest : s;
  }
  return s;
}

/** Cuts to at most MAX_WORDS words, preferring the last clause boundary that reads as a headline. */
function shorten(s: string): string {
  if (countWords(s) <= MAX_WORDS) return trimEnd(s);
  let cut = -1;
  for (const m of s.matchAll(CLAUSE_BOUNDARY)) {
    const prefix = s.slice(0, m.index);
    if (countWords(prefix) > MAX_WORDS) break;
    if (isCleanCut(prefix)) cut = m.index;
  }
  if (cut >= 0) return trimEnd(s.slice(0, cut));
  const words = s.split(' ').slice(0, FALLBACK_WORDS);
  while (words.length > MIN_CLAUSE_WORDS && FUNCTION_WORDS.has(bareWord(words.at(-1) ?? ''))) words.pop();
  return `${trimEnd(words.join(' '))}…`;
}

/** A prefix is a clean headline if it is long enough and leaves no quotation or comma aside open. */
function isCleanCut(prefix: string): boolean {
  const words = countWords(prefix);
  if (words < MIN_CLAUSE_WORDS || words > MAX_WORDS || quoteDepth(prefix) > 0) return false;
  // An odd number of commas means we are inside "Sergei Lavrov, the Russian foreign minister, …".
  if ((prefix.match(/,\s/g)?.length ?? 0) % 2 === 1) return false;
  const last = bareWord(prefix.split(' ').at(-1) ?? '');
  return !NO_CUT_AFTER.has(last) && !FUNCTION_WORDS.has(last);
}

function capLength(s: string): string {
  if (s.length <= MAX_CHARS) return s;
  const head = s.slice(0, MAX_CHARS - 1);
  const space = head.lastIndexOf(' ');
  // A single word longer than the cap (a URL, a run of letters) can only be cut inside.
  return `${trimEnd(space > 0 ? head.slice(0, space) : head)}…`;
}

/** Strips trailing punctuation, including a full stop just inside a closing quote; keeps ? and !. */
function trimEnd(s: string): string {
  return s
    .replace(/[\s.,;:…—–-]+$/u, '')
    .replace(/[.,;:]+(["'”’»)\]]+)$/u, '$1')
    .trim();
}

/** How many quotations are open at the end of `s`. */
function quoteDepth(s: string): number {
  return matchQuotes(s).open.length;
}

/** Indexes of opening quotes left unclosed, and of closing quotes with no opener. */
function matchQuotes(s: string): { open: number[]; strayClose: number[] } {
  const open: { index: number; closer: string }[] = [];
  const strayClose: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    const letterBefore = /[\p{L}\p{N}]/u.test(s[i - 1] ?? '');
    const letterAfter = /[\p{L}\p{N}]/u.test(s[i + 1] ?? '');
    const single = c === '’' || c === "'";
    if (single && letterBefore && letterAfter) continue; // an apostrophe: Russia’s, don't
    const top = open.at(-1);
    if (top && c === top.closer && !(single && letterAfter) && !(c === '"' && /\s/.test(s[i - 1] ?? ' '))) {
      open.pop();
    } else if (c in OPENERS && (c === '“' || c === '‘' || c === '«' || /^[\s(\[—–-]?$/u.test(s[i - 1] ?? ''))) {
      open.push({ index: i, closer: OPENERS[c] ?? c });
    } else if (c === '”' || c === '»' || c === '"') {
      strayClose.push(i);
    }
  }
  return { open: open.map((o) => o.index), strayClose };
}

/** Removes quote marks that open and never close (or close and never opened) after a cut. */
function dropDanglingQuotes(s: string): string {
  const { open, strayClose } = matchQuotes(s);
  const drop = new Set([...open, ...strayClose]);
  if (drop.size === 0) return s;
  // Indexes are UTF-16 code units, which is also what split('') yields; pairs rejoin intact.
  return s
    .split('')
    .filter((_, i) => !drop.has(i))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function capitalise(s: string): string {
  return s.replace(/^(["'“‘«]?)(\p{Ll})/u, (_all, q: string, c: string) => q + c.toUpperCase());
}

function bareWord(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}
