import { entityKeyProperty, entityKindProperty } from './enrichment.js';
import { pageOf, ref, type JsonSchema } from './types.js';

const summaryRequired = ['key', 'kind', 'name', 'articleCount'];
const summaryProperties: Record<string, JsonSchema> = {
  key: entityKeyProperty,
  kind: entityKindProperty,
  name: { type: 'string', description: 'Its fullest name in the archive.' },
  articleCount: {
    type: 'integer',
    minimum: 0,
    description: 'How many articles name it; a person counts the articles naming only their surname when no one else in the archive has it.',
  },
};
// A value and the number of articles it is seen in.
const counted = (name: string, value: JsonSchema): JsonSchema => ({
  type: 'object',
  required: [name, 'articles'],
  additionalProperties: false,
  properties: { [name]: value, articles: { type: 'integer', minimum: 1, description: 'In how many articles.' } },
});

/** The component schemas of the entity index and entity pages. */
export const entitySchemas: Record<string, JsonSchema> = {
  EntitySummary: {
    type: 'object',
    description: 'A person, place or organisation as lists show it.',
    required: summaryRequired,
    additionalProperties: false,
    properties: summaryProperties,
  },
  EntityPage: pageOf('EntitySummary'),
  RelatedEntity: {
    type: 'object',
    description: 'An entity named in the same articles.',
    required: [...summaryRequired, 'shared'],
    additionalProperties: false,
    properties: {
      ...summaryProperties,
      shared: { type: 'integer', minimum: 1, description: 'How many articles name both.' },
    },
  },
  EntityRole: counted('role', { type: 'string', description: 'A title the articles give it ("US Secretary of State"), as written.' }),
  EntityMonth: counted('month', { type: 'string', pattern: '^\\d{4}-\\d{2}$', description: 'A month, YYYY-MM.' }),
  EntityProfile: {
    type: 'object',
    description: 'Everything an entity page shows.',
    required: [...summaryRequired, 'roles', 'months', 'quotes', 'related', 'articles', 'timeline'],
    additionalProperties: false,
    properties: {
      ...summaryProperties,
      roles: { type: 'array', items: ref('EntityRole'), description: 'Its ten roles seen most often, most often first.' },
      months: { type: 'array', items: ref('EntityMonth'), description: 'Articles naming it per month, oldest first; months without any left out.' },
      quotes: { type: 'array', items: ref('QuoteSummary'), description: 'Its latest 20 quotes, newest first, when it speaks.' },
      related: {
        type: 'array',
        items: ref('RelatedEntity'),
        description: 'Up to 12 entities most often named in its latest 1,000 articles, most shared first.',
      },
      articles: { type: 'array', items: ref('ArticleSummary'), description: 'The latest 20 articles naming it, newest first.' },
      timeline: {
        type: 'array',
        items: ref('TimelineEvent'),
        description: 'Dated sentences naming it, from its latest 30 articles, by the date they give.',
      },
    },
  },
};
