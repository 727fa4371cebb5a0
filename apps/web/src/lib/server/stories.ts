import { getStory, type Db, type StorySummary } from '@dateline/core';

/** The summaries of the stories with these ids, by id; nulls (articles still queued) and unknown ids are left out. */
export async function getStorySummaries(db: Db, ids: readonly (string | null)[]): Promise<Map<string, StorySummary>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  // Core has no batch lookup of story summaries yet: one getStory per distinct story (at most a page's worth).
  const found = await Promise.all(wanted.map((id) => getStory(db, id)));
  const summaries = new Map<string, StorySummary>();
  for (const story of found) {
    if (!story) continue;
    const { id, headline, firstDate, lastDate, articleCount } = story;
    summaries.set(id, { id, headline, firstDate, lastDate, articleCount });
  }
  return summaries;
}
