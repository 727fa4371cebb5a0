import type { ArticleFeatures } from '../stories/features.js';
import { type StoryMember, storyHeadline } from '../stories/headline.js';
import type { Db } from './open.js';
import { type RawTransaction, rawTransaction, stageRows } from './raw.js';
import { copyField } from './rows.js';

/** A story's row: what lists and headers show without reading its articles. */
export interface StoryRow {
  id: string;
  headline: string;
  firstDate: string;
  lastDate: string;
  articleCount: number;
}

/** One article's place in a story, as placement writes it. */
export interface PlacedRow {
  articleId: string;
  storyId: string;
  duplicateOf: string | null;
  date: string;
  features: ArticleFeatures;
}

const PLACED_COLUMNS = ['article_id', 'story_id', 'duplicate_of', 'date', 'features'];
const encoder = new TextEncoder();

/**
 * Stores one page of placements in one transaction: the new rows (by COPY), the earlier articles
 * that moved story, the rows of every story that gained or lost an article (`known` ones as given,
 * the rest recomputed from their members), and the page's queue entries gone. Returns the ids of
 * the stories touched.
 */
export async function writePlacements(db: Db, rows: PlacedRow[], moves: Map<string, string>, known: StoryRow[]): Promise<string[]> {
  return rawTransaction(db, async (tx) => {
    const movedIds = [...moves.keys()];
    // The stories the moved articles leave lose a member: they need refreshing too.
    const left = movedIds.length
      ? (await tx.query<{ story_id: string }>('SELECT story_id FROM article_stories WHERE article_id = ANY($1::text[])', [movedIds])).rows
      : [];
    const staging = await stageRows(tx, 'article_stories', PLACED_COLUMNS, rows.map(toPlacedLine));
    const list = PLACED_COLUMNS.join(', ');
    await tx.query(`INSERT INTO article_stories (${list}) SELECT ${list} FROM ${staging} ON CONFLICT DO NOTHING`);
    if (movedIds.length > 0) {
      await tx.query(
        `UPDATE article_stories AS s SET story_id = m.story_id
         FROM unnest($1::text[], $2::text[]) AS m(article_id, story_id) WHERE s.article_id = m.article_id`,
        [movedIds, [...moves.values()]],
      );
    }
    const touched = [...new Set([...rows.map((row) => row.storyId), ...moves.values(), ...left.map((row) => row.story_id)])];
    const given = new Set(known.map((story) => story.id));
    await saveStories(tx, [...known, ...(await storiesFromMembers(tx, touched.filter((id) => !given.has(id))))]);
    await tx.query('DELETE FROM story_queue WHERE article_id = ANY($1::text[])', [rows.map((row) => row.articleId)]);
    return touched;
  });
}

// Each story's row from its stored members; a story left with none is deleted.
async function storiesFromMembers(tx: RawTransaction, ids: string[]): Promise<StoryRow[]> {
  if (ids.length === 0) return [];
  // Two index lookups rather than a join: mid-import the planner has no statistics for
  // article_stories and would hash-join the whole articles table (seconds at 100,000).
  const { rows: placed } = await tx.query<{ story_id: string; article_id: string; date: string }>(
    `SELECT story_id, article_id, to_char(date, 'YYYY-MM-DD') AS date FROM article_stories WHERE story_id = ANY($1::text[])`,
    [ids],
  );
  const { rows: titles } = await tx.query<{ id: string; title: string; title_inferred: boolean }>(
    'SELECT id, title, title_inferred FROM articles WHERE id = ANY($1::text[])',
    [placed.map((row) => row.article_id)],
  );
  const titleOf = new Map(titles.map((row) => [row.id, row]));
  placed.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.article_id < b.article_id ? -1 : 1));
  const byStory = new Map<string, (StoryMember & { date: string })[]>();
  for (const { story_id: storyId, article_id: articleId, date } of placed) {
    const article = titleOf.get(articleId)!;
    const member = { date, title: article.title, titleInferred: article.title_inferred };
    const list = byStory.get(storyId);
    if (list) list.push(member);
    else byStory.set(storyId, [member]);
  }
  // A story whose every article moved elsewhere is gone.
  const emptied = ids.filter((id) => !byStory.has(id));
  if (emptied.length > 0) await tx.query('DELETE FROM stories WHERE id = ANY($1::text[])', [emptied]);
  return [...byStory].map(([id, list]) => storyRow(id, list));
}

/** The row of story `id` whose members, in date order, are `members`. */
export function storyRow(id: string, members: (StoryMember & { date: string })[]): StoryRow {
  return { id, headline: storyHeadline(members), firstDate: members[0]!.date, lastDate: members.at(-1)!.date, articleCount: members.length };
}

async function saveStories(tx: RawTransaction, rows: StoryRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO stories (id, headline, first_date, last_date, article_count)
     SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::date[], $5::int[])
     ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, first_date = excluded.first_date,
       last_date = excluded.last_date, article_count = excluded.article_count`,
    [rows.map((r) => r.id), rows.map((r) => r.headline), rows.map((r) => r.firstDate), rows.map((r) => r.lastDate), rows.map((r) => r.articleCount)],
  );
}

function toPlacedLine(row: PlacedRow): Uint8Array {
  const duplicateOf = row.duplicateOf === null ? '\\N' : copyField(row.duplicateOf);
  return encoder.encode(`${copyField(row.articleId)}\t${copyField(row.storyId)}\t${duplicateOf}\t${row.date}\t${copyField(JSON.stringify(row.features))}\n`);
}
