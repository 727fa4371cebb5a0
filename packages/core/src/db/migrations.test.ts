import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSearchQuery, toMatchPlan } from '../search/query.js';

const migration = (name: string) =>
  readFileSync(new URL(`../../drizzle/${name}.sql`, import.meta.url), 'utf8').split('--> statement-breakpoint');

describe('migration 0001: search vectors from the analyser', () => {
  const pg = new PGlite();
  afterAll(() => pg.close());

  it('keeps articles stored before it searchable, title: included', async () => {
    for (const statement of migration('0000_articles')) await pg.exec(statement);
    await pg.query(
      `INSERT INTO articles (id, date, title, title_inferred, blocks, word_count, body, excerpt)
       VALUES ('a', '2022-01-21', 'Blinken meets Lavrov in Geneva', false, '[]', 9, 'The talks were frank.', '')`,
    );
    for (const statement of migration('0001_search_vector_from_analyser')) await pg.exec(statement);
    const matches = async (q: string) => {
      const { rows } = await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM articles WHERE search @@ $1::tsquery', [toMatchPlan(parseSearchQuery(q)).all]);
      return rows[0]?.n;
    };
    expect(await matches('title:Geneva talks')).toBe(1);
    expect(await matches('"meets Lavrov"')).toBe(1);
    expect(await matches('title:talks')).toBe(0);
    const { rows } = await pg.query<{ columns: string[] }>(
      "SELECT array_agg(column_name::text) AS columns FROM information_schema.columns WHERE table_name = 'articles'",
    );
    expect(rows[0]?.columns).not.toContain('title_search');
  });
});

describe('migration 0003: dated story queue', () => {
  const pg = new PGlite();
  afterAll(() => pg.close());

  it('dates articles queued before it, so placement still finds them in date order', async () => {
    for (const name of ['0000_articles', '0001_search_vector_from_analyser', '0002_stories']) {
      for (const statement of migration(name)) await pg.exec(statement);
    }
    await pg.query(
      `INSERT INTO articles (id, date, title, title_inferred, blocks, word_count, body, excerpt, search)
       VALUES ('late', '2022-02-01', 'Later', false, '[]', 1, 'b', '', ''), ('early', '2022-01-21', 'Earlier', false, '[]', 1, 'a', '', '')`,
    );
    await pg.query(`INSERT INTO story_queue (article_id) VALUES ('late'), ('early')`);
    for (const statement of migration('0003_story_queue_dates')) await pg.exec(statement);
    const { rows } = await pg.query<{ article_id: string; date: string }>(
      `SELECT article_id, to_char(date, 'YYYY-MM-DD') AS date FROM story_queue ORDER BY date, article_id`,
    );
    expect(rows).toEqual([
      { article_id: 'early', date: '2022-01-21' },
      { article_id: 'late', date: '2022-02-01' },
    ]);
  });
});
