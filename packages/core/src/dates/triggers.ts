/** A word that can make a date, found in a text: [start, end) offsets. */
export interface Trigger {
  start: number;
  end: number;
}

// One pass finds every word a date expression needs: month and weekday names, capitalised as news
// copy writes them (abbreviations too: "Feb. 24"), and the words relative expressions end on
// ("yesterday", "last week", "three days ago", "in 2014"). Case-sensitive and ASCII: no 'i' or 'u'
// flag, which would make this scan, the only one over the whole text, several times slower.
const TRIGGER =
  /\b(?:(?:Jan|Febr)uary|Ma(?:rch|y)|April|Ju(?:ne|ly)|August|(?:Septem|Octo|Novem|Decem)ber|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[Yy]esterday|[Tt]o(?:day|night|morrow)|night|morning|afternoon|evening|week|month|year|ago|(?:19|20)\d\d)\b/g;
const RELATIVE_CAPITALISED = new Set(['Yesterday', 'Today', 'Tonight', 'Tomorrow']);

/** The month names, weekday names and anchors of relative expressions in `text`, each in text order. */
export function findTriggers(text: string): { months: Trigger[]; weekdays: Trigger[]; anchors: Trigger[] } {
  const months: Trigger[] = [];
  const weekdays: Trigger[] = [];
  const anchors: Trigger[] = [];
  TRIGGER.lastIndex = 0;
  for (let match = TRIGGER.exec(text); match; match = TRIGGER.exec(text)) {
    const word = match[0];
    const trigger = { start: match.index, end: match.index + word.length };
    const first = word.charCodeAt(0);
    if (first < 65 || first > 90 || RELATIVE_CAPITALISED.has(word)) anchors.push(trigger);
    else if (word.endsWith('day')) weekdays.push(trigger);
    else months.push(trigger);
  }
  return { months, weekdays, anchors };
}
