import { blockRangeProperties, ref, sentenceIndexProperty, type JsonSchema } from './types.js';

/** The required properties of a quote as extraction finds it. */
export const quoteRequired = [
  'text',
  'speaker',
  'speakerRole',
  'citedSource',
  'kind',
  'sentenceIndex',
  'lastSentenceIndex',
  'blockIndex',
  'start',
  'end',
  'continuation',
];

/** The properties of a quote as extraction finds it, shared by an article's and a story's quotes. */
export const quoteProperties: Record<string, JsonSchema> = {
  text: { type: 'string', description: 'The quoted words without their marks, or the reported clause.' },
  speaker: {
    type: ['string', 'null'],
    description: 'A surname, an organisation or an unresolved role, as the article names the speaker; null when it names nobody.',
  },
  speakerRole: { type: ['string', 'null'], description: "The speaker's title as written, when the text gives one." },
  citedSource: { type: ['string', 'null'], description: 'Whom the article credits for the report ("According to Sputnik, …").' },
  kind: { type: 'string', enum: ['direct', 'reported'] },
  sentenceIndex: { ...sentenceIndexProperty, description: 'The sentence the quote starts in (article-wide index).' },
  lastSentenceIndex: { type: 'integer', minimum: 0, description: 'The sentence it ends in.' },
  ...blockRangeProperties,
  continuation: {
    type: 'boolean',
    description: 'True when this is the rest of the direct quote before it (interrupted by its attribution, or running on from the previous paragraph).',
  },
};

/** An entity key property: kind and folded name. */
export const entityKeyProperty: JsonSchema = {
  type: 'string',
  pattern: '^(person|place|organisation):',
  description: 'Stable archive-wide id: the kind and the name folded (lowercase, diacritics and punctuation dropped), e.g. `person:antony blinken`.',
};

/** An entity kind property. */
export const entityKindProperty: JsonSchema = { type: 'string', enum: ['person', 'place', 'organisation'] };

const granularity: JsonSchema = { type: 'string', enum: ['day', 'week', 'month', 'year'], description: 'How precise the date is.' };

/** The component schemas of what enrichment finds in an article, and the timelines made of its dates. */
export const enrichmentSchemas: Record<string, JsonSchema> = {
  ArticleEnrichment: {
    type: 'object',
    description: 'What Dateline understands of an article beyond its text.',
    required: ['quotes', 'entities', 'dates', 'citedSources'],
    additionalProperties: false,
    properties: {
      quotes: { type: 'array', items: ref('EnrichedQuote'), description: 'Direct and reported quotes in reading order.' },
      entities: { type: 'array', items: ref('ArticleEntity'), description: 'The people, places and organisations it names.' },
      dates: { type: 'array', items: ref('DateMention'), description: "Date expressions resolved against the article's date, in reading order." },
      citedSources: {
        type: 'array',
        items: { type: 'string' },
        description: 'Outlets and agencies the article credits ("according to Sputnik"), distinct, in order of first citation.',
      },
    },
  },
  EnrichedQuote: {
    type: 'object',
    description: "Words the article puts in someone's mouth, with the speaker's entity.",
    required: [...quoteRequired, 'speakerKey'],
    additionalProperties: false,
    properties: {
      ...quoteProperties,
      speakerKey: {
        type: ['string', 'null'],
        description: "The key of the article's one person or organisation the speaker names; null when none or several match.",
      },
    },
  },
  ArticleEntity: {
    type: 'object',
    description: 'A person, place or organisation the article names, with every mention of it.',
    required: ['key', 'kind', 'name', 'mentions', 'roles'],
    additionalProperties: false,
    properties: {
      key: entityKeyProperty,
      kind: entityKindProperty,
      name: { type: 'string', description: 'The fullest form in the article, or the usual name of a known place or organisation.' },
      mentions: { type: 'array', items: ref('EntityMention'), description: 'In reading order.' },
      roles: {
        type: 'array',
        items: { type: 'string' },
        description: 'Titles the article gives a person ("Russian Foreign Minister"), as written, distinct.',
      },
    },
  },
  EntityMention: {
    type: 'object',
    description: 'One place in the article where an entity is named.',
    required: ['text', 'blockIndex', 'sentenceIndex', 'start', 'end'],
    additionalProperties: false,
    properties: {
      text: { type: 'string', description: 'The name as written, without "the", a title or a possessive.' },
      sentenceIndex: sentenceIndexProperty,
      ...blockRangeProperties,
    },
  },
  DateMention: {
    type: 'object',
    description: 'A date expression of the article and the span of days it stands for.',
    required: ['text', 'blockIndex', 'sentenceIndex', 'start', 'end', 'from', 'to', 'granularity'],
    additionalProperties: false,
    properties: {
      text: { type: 'string', description: 'The expression as written ("on Wednesday", "next week").' },
      sentenceIndex: sentenceIndexProperty,
      ...blockRangeProperties,
      from: { type: 'string', format: 'date', description: 'The first day of the span.' },
      to: { type: 'string', format: 'date', description: 'The last day of the span, inclusive; `from` for a day.' },
      granularity,
    },
  },
  TimelineEvent: {
    type: 'object',
    description: 'A dated sentence of an article: what happened when, by whose account.',
    required: ['from', 'to', 'granularity', 'sentenceIndex', 'blockIndex', 'sentence', 'expression', 'articleId', 'articleTitle', 'articleDate'],
    additionalProperties: false,
    properties: {
      from: { type: 'string', format: 'date', description: 'The first day the sentence dates.' },
      to: { type: 'string', format: 'date', description: 'The last day, inclusive; `from` for a day.' },
      granularity,
      sentenceIndex: sentenceIndexProperty,
      blockIndex: blockRangeProperties.blockIndex!,
      sentence: { type: 'string', description: 'Plain text, not HTML.' },
      expression: { type: 'string', description: 'The date expression that dates it, as written: its most precise one.' },
      articleId: { type: 'string' },
      articleTitle: { type: 'string', description: 'Plain text, not HTML.' },
      articleDate: { type: 'string', format: 'date' },
    },
  },
};
