import { boolean, customType, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Block } from '../model.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Every stored article, one row each: an article is written whole or not at all. */
export const articles = pgTable(
  'articles',
  {
    id: text('id').primaryKey(),
    date: date('date', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    titleInferred: boolean('title_inferred').notNull(),
    blocks: jsonb('blocks').$type<Block[]>().notNull(),
    credit: text('credit'),
    wordCount: integer('word_count').notNull(),
    // The paragraphs and subheadings as plain text: what search matches and snippets quote.
    body: text('body').notNull(),
    excerpt: text('excerpt').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    // Title weighted A above body D, so title hits rank first; title words also appear marked, for
    // `title:`. Written by the importer with search/analyze.ts, which queries use too (see searchVector).
    search: tsvector('search').notNull(),
  },
  (t) => [
    // Ascending: a backward scan serves the newest-first keyset order.
    index('articles_date_id_idx').on(t.date, t.id),
    index('articles_search_idx').using('gin', t.search),
  ],
);
