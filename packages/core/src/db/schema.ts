import { boolean, customType, date, index, integer, json, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Block } from '../model.js';
import type { ImportRunStatus } from './import-runs.js';
import type { ArticleEnrichment } from '../enrich/enrichment.js';
import type { ArticleFeatures } from '../stories/features.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Every stored article, one row each: an article is written whole or not at all. */
export const articles = pgTable(
  'articles',
  {
    id: text('id').primaryKey(),
    date: date('date', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    titleInferred: boolean('title_inferred').notNull(),
    // json, not jsonb: read whole, never queried inside, and storing text skips jsonb's parse on import.
    blocks: json('blocks').$type<Block[]>().notNull(),
    credit: text('credit'),
    wordCount: integer('word_count').notNull(),
    // The paragraphs and subheadings as plain text: what search matches and snippets quote.
    body: text('body').notNull(),
    excerpt: text('excerpt').notNull(),
    outlet: text('outlet'),
    // Normalised (formats/url.ts); unique, so a page imported again under edited text is still one article.
    url: text('url'),
    author: text('author'),
    language: text('language'),
    summaryOnly: boolean('summary_only').notNull().default(false),
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    // Title weighted A above body D, so title hits rank first; title words also appear marked, for
    // `title:`. Written by the importer with search/analyze.ts, which queries use too (see searchVector).
    search: tsvector('search').notNull(),
  },
  (t) => [
    // Ascending: a backward scan serves the newest-first keyset order.
    index('articles_date_id_idx').on(t.date, t.id),
    index('articles_search_idx').using('gin', t.search),
    uniqueIndex('articles_url_idx').on(t.url),
  ],
);

/** Stories: the articles about one event, kept up to date as articles arrive. */
export const stories = pgTable(
  'stories',
  {
    id: text('id').primaryKey(),
    headline: text('headline').notNull(),
    firstDate: date('first_date', { mode: 'string' }).notNull(),
    lastDate: date('last_date', { mode: 'string' }).notNull(),
    articleCount: integer('article_count').notNull(),
  },
  // Ascending: a backward scan serves the newest-first keyset order.
  (t) => [index('stories_last_date_id_idx').on(t.lastDate, t.id)],
);

/**
 * Each article's story, and what the story index keeps of it to be rebuilt. A table of its own,
 * not columns on articles: stories move as articles arrive, and an UPDATE of an article row would
 * rewrite its whole tsvector into the GIN index.
 */
export const articleStories = pgTable(
  'article_stories',
  {
    articleId: text('article_id')
      .primaryKey()
      .references(() => articles.id, { onDelete: 'cascade' }),
    storyId: text('story_id').notNull(),
    // The earlier article this one is a version of (same text, lightly edited), or null.
    duplicateOf: text('duplicate_of'),
    date: date('date', { mode: 'string' }).notNull(),
    features: jsonb('features').$type<ArticleFeatures>().notNull(),
  },
  (t) => [index('article_stories_story_idx').on(t.storyId, t.date), index('article_stories_date_idx').on(t.date)],
);

/** Articles stored but not yet placed in a story; written with the article, so a crash loses none. */
export const storyQueue = pgTable(
  'story_queue',
  {
    articleId: text('article_id')
      .primaryKey()
      .references(() => articles.id, { onDelete: 'cascade' }),
    // The article's date, so placement pages through the queue in date order by index alone.
    date: date('date', { mode: 'string' }).notNull(),
  },
  (t) => [index('story_queue_date_idx').on(t.date, t.articleId)],
);

/**
 * The story index's document frequencies, kept between imports: one row, the count-min sketch as
 * bytes.
 */
export const storyFrequencies = pgTable('story_frequencies', {
  id: integer('id').primaryKey(),
  documents: integer('documents').notNull(),
  bits: integer('bits').notNull(),
  counts: bytea('counts').notNull(),
});

/**
 * What enrichment found in each article (quotes with speakers, entities, dates, cited sources), as
 * the article page shows it; written with the article. `version` names the extractors' generation:
 * articles of an older one are queued in enrichment_queue and enriched again.
 */
export const articleEnrichment = pgTable('article_enrichment', {
  articleId: text('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  version: smallint('version').notNull(),
  // json, not jsonb: read whole, never queried inside, and storing text skips jsonb's parse on import.
  enrichment: json('enrichment').$type<ArticleEnrichment>().notNull(),
});

/** People, places and organisations across the archive, one row per stable key ("person:antony blinken"). */
export const entities = pgTable(
  'entities',
  {
    key: text('key').primaryKey(),
    kind: text('kind').$type<'person' | 'place' | 'organisation'>().notNull(),
    name: text('name').notNull(),
    // A person's folded last name: an article naming only "Blinken" is about the archive's one full-name Blinken.
    surname: text('surname'),
  },
  (t) => [index('entities_kind_name_idx').on(t.kind, t.name), index('entities_surname_idx').on(t.surname)],
);

/** Which articles mention which entity, how often and in which roles: entity pages and co-occurrence read it. */
export const articleEntities = pgTable(
  'article_entities',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    entityKey: text('entity_key').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    mentions: integer('mentions').notNull(),
    roles: jsonb('roles').$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.entityKey] }), index('article_entities_entity_date_idx').on(t.entityKey, t.date, t.articleId)],
);

/** Every quote, one row each, for the quotes index: by speaker, and by its words (own analyser, as articles). */
export const articleQuotes = pgTable(
  'article_quotes',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    speaker: text('speaker'),
    // The speaker's entity, when the article names the speaker as one.
    speakerKey: text('speaker_key'),
    text: text('text').notNull(),
    search: tsvector('search').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.position] }),
    index('article_quotes_speaker_date_idx').on(t.speakerKey, t.date),
    index('article_quotes_date_idx').on(t.date, t.articleId, t.position),
    index('article_quotes_search_idx').using('gin', t.search),
  ],
);

/** Stored articles whose enrichment is missing or of an older version; written by migrations. */
export const enrichmentQueue = pgTable('enrichment_queue', {
  articleId: text('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
});

/** Each import: what it was given, how far it got and what it refused (import_rejections). */
export const importRuns = pgTable('import_runs', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  startedAt: timestamp('started_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  // Null while running, and forever for a run whose process died: listings show that as interrupted.
  finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
  // 'running' | 'done' | 'stopped' (asked to stop: Ctrl-C) | 'failed'
  status: text('status').$type<ImportRunStatus>().notNull(),
  sources: jsonb('sources').$type<string[]>().notNull(),
  // The host and process running it, so a later run can tell a live run from a killed one.
  host: text('host').notNull(),
  pid: integer('pid').notNull(),
  // Counted in each batch's own transaction, so they stay exact when the process is killed.
  imported: integer('imported').notNull().default(0),
  duplicates: integer('duplicates').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  error: text('error'),
});

/** Every input an import refused, with where it was and why; written with the batch it came in. */
export const importRejections = pgTable(
  'import_rejections',
  {
    runId: integer('run_id')
      .notNull()
      .references(() => importRuns.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    location: text('location').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.position] })],
);
