import type { RequestEvent } from '@sveltejs/kit';
import {
  getArticle,
  importArticles,
  openStore,
  parseDateline,
  placeQueuedArticles,
  shareStore,
  type Store,
} from '@dateline/core';
import { readSeeds } from './seeds';

const encoder = new TextEncoder();

// Written for these tests: markup that must stay text, and a run of days long enough to need a second page.
const SCRIPT_TEXT =
  ' date 2022-01-22 Readers found <script>alert(1)</script> & "quotes" pasted into a letter about Geneva.\n\n' +
  'The archive keeps such text exactly as it was written.\n\nImage: <b>Staff</b>\n';
const dailyText = (day: number) =>
  ` date 2022-02-${String(day).padStart(2, '0')} Harbour officials in port number ${day} reported calm weather on the quay.\n\n` +
  `Ferries ran to timetable number ${day} all week.\n`;

/** The store the tests share, and the ids of the articles written for them. */
export interface SeededStore {
  store: Store;
  seedIds: string[];
  scriptId: string;
  /** Ids of the 24 daily articles, 2022-02-01 … 2022-02-24, oldest first. */
  dailyIds: string[];
  /** The story of the two seeds (one event, two sources). */
  seedStoryId: string;
  /** The story of the article with markup in its text. */
  scriptStoryId: string;
}

/** Opens an in-memory PGlite store with the two seeds and the test articles placed in stories, and shares it as the process store. */
export async function openSharedSeededStore(): Promise<SeededStore> {
  const seeds = await readSeeds();
  const script = { path: 'tests/script.txt', bytes: encoder.encode(SCRIPT_TEXT) };
  const daily = Array.from({ length: 24 }, (_, i) => ({ path: `tests/day-${i + 1}.txt`, bytes: encoder.encode(dailyText(i + 1)) }));
  const inputs = [...seeds, script, ...daily];

  const store = await openStore({});
  const summary = await importArticles(store.db, inputs);
  if (summary.rejected.length > 0 || summary.imported !== inputs.length) {
    throw new Error(`test articles were not all imported: ${JSON.stringify(summary)}`);
  }
  // Imported articles wait in the placement queue (storyId null) until placement gives them a story.
  await placeQueuedArticles(store.db);
  shareStore(store);
  const idOf = (input: { path: string; bytes: Uint8Array }) => parseDateline(input.bytes, input.path).id;
  const storyOf = async (id: string) => {
    const storyId = (await getArticle(store.db, id))?.storyId;
    if (!storyId) throw new Error(`article ${id} was not placed in a story`);
    return storyId;
  };
  const seedIds = seeds.map(idOf);
  const scriptId = idOf(script);
  return { store, seedIds, scriptId, dailyIds: daily.map(idOf), seedStoryId: await storyOf(seedIds[0]!), scriptStoryId: await storyOf(scriptId) };
}

/** A minimal request event for calling a `load` or endpoint directly: only what our handlers read. */
export function requestEvent<E extends Pick<RequestEvent, 'url' | 'params'>>(path: string, params: Record<string, string> = {}): E {
  return { url: new URL(path, 'http://dateline.test'), params } as unknown as E;
}
