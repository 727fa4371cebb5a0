import { ENRICHMENT_VERSION, type ArticleEnrichment } from '../enrich/enrichment.js';
import { searchVector } from '../search/analyze.js';
import { copyField, nullableField } from './rows.js';

// The last word of a person's key: "person:antony blinken" → "blinken".
function surnameOf(entity: ArticleEnrichment['entities'][number]): string | null {
  return entity.kind === 'person' ? entity.key.slice(entity.key.lastIndexOf(' ') + 1).replace(/^person:/, '') : null;
}

/** The enrichment tables an article's import writes, each with the columns its COPY lines fill, in order. */
export const ENRICHMENT_COLUMNS = {
  article_enrichment: ['article_id', 'version', 'enrichment'],
  entities: ['key', 'kind', 'name', 'surname'],
  article_entities: ['article_id', 'entity_key', 'date', 'mentions', 'roles'],
  article_quotes: ['article_id', 'position', 'date', 'speaker', 'speaker_key', 'text', 'search'],
} as const;

/** One of the enrichment tables. */
export type EnrichmentTable = keyof typeof ENRICHMENT_COLUMNS;

/** The enrichment tables with a row set per article (entities are archive-wide). */
export const PER_ARTICLE_TABLES = ['article_enrichment', 'article_entities', 'article_quotes'] as const satisfies readonly EnrichmentTable[];

/** An article's enrichment as COPY text lines, per table (each string holds zero or more lines). */
export function enrichmentCopyLines(articleId: string, date: string, enrichment: ArticleEnrichment): Record<EnrichmentTable, string> {
  const id = copyField(articleId);
  const json = (value: unknown) => copyField(JSON.stringify(value));
  return {
    article_enrichment: `${id}\t${ENRICHMENT_VERSION}\t${json(enrichment)}\n`,
    entities: enrichment.entities.map((e) => `${copyField(e.key)}\t${e.kind}\t${copyField(e.name)}\t${nullableField(surnameOf(e))}\n`).join(''),
    article_entities: enrichment.entities
      .map((e) => `${id}\t${copyField(e.key)}\t${date}\t${e.mentions.length}\t${json(e.roles)}\n`)
      .join(''),
    article_quotes: enrichment.quotes
      .map((q, i) => `${id}\t${i}\t${date}\t${nullableField(q.speaker)}\t${nullableField(q.speakerKey)}\t${copyField(q.text)}\t${searchVector('', q.text)}\n`)
      .join(''),
  };
}
