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
