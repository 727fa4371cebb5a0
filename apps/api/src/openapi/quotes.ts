import { pageOf, type JsonSchema } from './types.js';

/** The component schemas of the quotes index. */
export const quoteSchemas: Record<string, JsonSchema> = {
  QuoteSummary: {
    type: 'object',
    description: 'A quote as the quotes index lists it: its words, who said them, and the article it is from.',
    required: ['articleId', 'position', 'date', 'speaker', 'speakerKey', 'speakerName', 'text', 'articleTitle'],
    additionalProperties: false,
    properties: {
      articleId: { type: 'string' },
      position: {
        type: 'integer',
        minimum: 0,
        description: "Its index in the article's `enrichment.quotes`: with `articleId`, the quote's stable address.",
      },
      date: { type: 'string', format: 'date', description: "The article's date." },
      speaker: { type: ['string', 'null'], description: 'The speaker as the article names them ("Lavrov"); null when it names nobody.' },
      speakerKey: { type: ['string', 'null'], description: "The speaker's entity key, when the article names one." },
      speakerName: { type: ['string', 'null'], description: "The speaker entity's archive-wide name, when there is one." },
      text: { type: 'string', description: 'The quoted words without their marks, or the reported clause.' },
      articleTitle: { type: 'string', description: 'Plain text, not HTML.' },
    },
  },
  QuotePage: pageOf('QuoteSummary'),
};
