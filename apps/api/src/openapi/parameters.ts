import type { ParameterObject } from './types.js';

// Parameters appear inline in every operation that takes them, so each operation reads on its own.

/** `from`: the start of an inclusive date range of articles. */
export const from: ParameterObject = {
  name: 'from',
  in: 'query',
  required: false,
  description: 'Only articles published on or after this date. An empty value means no bound.',
  schema: { type: 'string', format: 'date', examples: ['2022-01-21'] },
};

/** `to`: the end of an inclusive date range of articles. */
export const to: ParameterObject = {
  name: 'to',
  in: 'query',
  required: false,
  description: 'Only articles published on or before this date; must not be before `from`.',
  schema: { type: 'string', format: 'date', examples: ['2022-08-31'] },
};

/** `limit`: the page size of every list. */
export const limit: ParameterObject = {
  name: 'limit',
  in: 'query',
  required: false,
  description: 'Page size.',
  schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
};

/** `cursor`: where a list's next page starts. */
export const cursor: ParameterObject = {
  name: 'cursor',
  in: 'query',
  required: false,
  description: 'The `nextCursor` of the previous page, passed back unchanged; absent for the first page.',
  schema: { type: 'string', maxLength: 200 },
};

const wordSyntax = '`"a phrase"` matches words in order, `a OR b` either word, `-word` excludes';

/** `q` of a search: the words to look for. */
export const q: ParameterObject = {
  name: 'q',
  in: 'query',
  required: true,
  description: `Search words. ${wordSyntax}, \`title:word\` (or \`intitle:word\`) matches in the title only.`,
  schema: { type: 'string', minLength: 1, maxLength: 500, examples: ['Lavrov -Blinken', '"foreign minister"'] },
};

/** `id` of an article. */
export const id: ParameterObject = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The article id, as lists and search results give it.',
  schema: { type: 'string' },
};

/** `from` of a story list. */
export const storyFrom: ParameterObject = {
  ...from,
  description: 'Only stories with an article published on or after this date. An empty value means no bound.',
};

/** `to` of a story list. */
export const storyTo: ParameterObject = {
  ...to,
  description: 'Only stories with an article published on or before this date; must not be before `from`.',
};

/** `id` of a story. */
export const storyId: ParameterObject = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The story id, as story lists and articles (`storyId`) give it.',
  schema: { type: 'string' },
};

/** `since` of a story: the article whose reader wants only what is new to them. */
export const since: ParameterObject = {
  name: 'since',
  in: 'query',
  required: false,
  description:
    'An article of this story: `comparison.statements` then holds only the statement groups a reader of that article ' +
    'has not seen (those it does not carry). A version of an article counts as its original. An empty value means absent.',
  schema: { type: 'string', examples: ['6cb91af70096c4b4'] },
};

/** `from` of the quotes index. */
export const quoteFrom: ParameterObject = {
  ...from,
  description: 'Only quotes from articles published on or after this date. An empty value means no bound.',
};

/** `to` of the quotes index. */
export const quoteTo: ParameterObject = {
  ...to,
  description: 'Only quotes from articles published on or before this date; must not be before `from`.',
};

/** `speaker` of the quotes index. */
export const speaker: ParameterObject = {
  name: 'speaker',
  in: 'query',
  required: false,
  description:
    'Who said it: an entity key (`person:sergey lavrov`) for that entity, with the bare surname it owns when it is the ' +
    "archive's one person of that surname (`person:lavrov`); or a name, matching the speaker as the article names them " +
    '(case aside) or any entity whose name contains it. An empty value means anyone.',
  schema: { type: 'string', maxLength: 200, examples: ['Lavrov', 'person:antony blinken'] },
};

/** `q` of the quotes index: words of the quote. */
export const quoteWords: ParameterObject = {
  name: 'q',
  in: 'query',
  required: false,
  description: `Words in the quote: ${wordSyntax}. An empty value means any words.`,
  schema: { type: 'string', maxLength: 500, examples: ['"clearer path"', 'emotions'] },
};

/** `q` of the entity search: part of a name. */
export const entityName: ParameterObject = {
  name: 'q',
  in: 'query',
  required: false,
  description: 'Part of the name, case aside (`blinken`). Absent or empty lists every entity.',
  schema: { type: 'string', maxLength: 200, examples: ['blinken'] },
};

/** `kind` of the entity search. */
export const entityKind: ParameterObject = {
  name: 'kind',
  in: 'query',
  required: false,
  description: 'Only entities of this kind. An empty value means every kind.',
  schema: { type: 'string', enum: ['person', 'place', 'organisation'] },
};

/** `id` of an entity: its key. */
export const entityKey: ParameterObject = {
  name: 'id',
  in: 'path',
  required: true,
  description:
    'The entity key, as entity lists, articles and quotes (`speakerKey`) give it, percent-encoded: ' +
    '`person%3Aantony%20blinken` for `person:antony blinken`.',
  schema: { type: 'string', examples: ['person:antony blinken'] },
};
