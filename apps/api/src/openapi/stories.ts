import { articleSummaryProperties, articleSummaryRequired } from './articles.js';
import { quoteProperties, quoteRequired } from './enrichment.js';
import { blockRangeProperties, pageOf, ref, sentenceIndexProperty, type JsonSchema } from './types.js';

const storySummaryRequired = ['id', 'headline', 'firstDate', 'lastDate', 'articleCount'];
const storySummaryProperties: Record<string, JsonSchema> = {
  id: { type: 'string' },
  headline: { type: 'string', description: "Generated from the articles' titles; plain text." },
  firstDate: { type: 'string', format: 'date', description: 'The date of its oldest article.' },
  lastDate: { type: 'string', format: 'date', description: 'The date of its newest article.' },
  articleCount: { type: 'integer', minimum: 1 },
};

/** The component schemas of stories and their comparison. */
export const storySchemas: Record<string, JsonSchema> = {
  StorySummary: {
    type: 'object',
    required: storySummaryRequired,
    additionalProperties: false,
    properties: storySummaryProperties,
  },
  StoryPage: pageOf('StorySummary'),
  StoryArticle: {
    type: 'object',
    description: 'An article summary with the article it is a version of.',
    required: [...articleSummaryRequired, 'duplicateOf'],
    additionalProperties: false,
    properties: {
      ...articleSummaryProperties,
      duplicateOf: {
        type: ['string', 'null'],
        description: 'The id of the article of this story that this one is a version of (the same text lightly edited), else null.',
      },
    },
  },
  Story: {
    type: 'object',
    required: [...storySummaryRequired, 'articles', 'comparison', 'timeline'],
    additionalProperties: false,
    properties: {
      ...storySummaryProperties,
      articles: { type: 'array', items: ref('StoryArticle'), description: 'Oldest first (date, then id).' },
      comparison: ref('StoryComparison'),
      timeline: {
        type: 'array',
        items: ref('TimelineEvent'),
        description:
          "Each dated sentence of the story's first 30 articles, relative dates resolved against the article's date: " +
          'by the date it gives (`from`, then `to`), then by article date and id, then reading order.',
      },
    },
  },
  StoryComparison: {
    type: 'object',
    required: ['since', 'articleIds', 'statements', 'quotes', 'discrepancies'],
    additionalProperties: false,
    properties: {
      since: {
        type: ['string', 'null'],
        description: 'The `since` article: `statements` then holds only the groups it does not carry. Null otherwise.',
      },
      articleIds: {
        type: 'array',
        items: { type: 'string' },
        description: 'The compared articles in story order (date, then id): the earliest ones, versions of one article counted once.',
      },
      statements: {
        type: 'array',
        items: ref('StatementGroup'),
        description: 'Every body sentence in one group, ordered by the first article carrying it, then by its place there.',
      },
      quotes: { type: 'array', items: ref('StoryQuote'), description: 'Every quote of the compared articles, in story order.' },
      discrepancies: { type: 'array', items: ref('Discrepancy') },
    },
  },
  StatementGroup: {
    type: 'object',
    description: 'Sentences of different articles that state the same thing, at most one per article.',
    required: ['id', 'articleIds', 'coverage', 'statements'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', description: 'The smallest member id: stable while the members are.' },
      articleIds: { type: 'array', items: { type: 'string' }, description: 'The articles that carry it, in story order.' },
      coverage: {
        type: 'string',
        enum: ['all', 'several', 'one'],
        description: 'Carried by every compared article, by several, or by one only.',
      },
      statements: { type: 'array', items: ref('Statement'), description: "Each carrying article's sentence, in story order." },
    },
  },
  Statement: {
    type: 'object',
    description: 'One body sentence of an article.',
    required: ['id', 'articleId', 'sentenceIndex', 'blockIndex', 'start', 'end', 'text'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', description: "Derived from the article id and the sentence's text: a stable citation." },
      articleId: { type: 'string' },
      sentenceIndex: sentenceIndexProperty,
      ...blockRangeProperties,
      text: { type: 'string', description: 'Plain text, not HTML.' },
    },
  },
  StoryQuote: {
    type: 'object',
    description: "Words an article puts in someone's mouth: quoted directly, or reported (\"X said that …\").",
    required: ['id', 'articleId', ...quoteRequired],
    additionalProperties: false,
    properties: {
      id: { type: 'string', description: 'Derived from the article id, the kind and the quoted text: a stable citation.' },
      articleId: { type: 'string' },
      ...quoteProperties,
    },
  },
  Wording: {
    type: 'object',
    description: "One side of a discrepancy: what an article puts in the speaker's mouth.",
    required: ['articleId', 'quoteId', 'text', 'blockIndex', 'start', 'end'],
    additionalProperties: false,
    properties: {
      articleId: { type: 'string' },
      quoteId: { type: 'string', description: 'The StoryQuote it comes from.' },
      text: { type: 'string', description: 'The compared words as the article prints them, quote marks included.' },
      ...blockRangeProperties,
    },
  },
  DiffPart: {
    type: 'object',
    description: 'A run of words of a word diff (jsdiff `diffWords`): in both wordings, only in `a` (removed) or only in `b` (added).',
    required: ['value', 'added', 'removed', 'count'],
    additionalProperties: false,
    properties: {
      value: { type: 'string' },
      added: { type: 'boolean' },
      removed: { type: 'boolean' },
      count: { type: 'integer', minimum: 0, description: 'How many tokens (words and the spaces between them) the run holds.' },
    },
  },
  Discrepancy: {
    type: 'object',
    description: 'Two articles quoting one statement by one speaker in different words.',
    required: ['id', 'speaker', 'a', 'b', 'diff'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', description: 'Derived from the two quote ids: a stable citation.' },
      speaker: { type: 'string' },
      a: { ...ref('Wording'), description: 'The earlier article in story order.' },
      b: { ...ref('Wording'), description: 'The later article in story order.' },
      diff: {
        type: 'array',
        items: ref('DiffPart'),
        description: "From a's words to b's, quote marks and case aside.",
      },
    },
  },
};
