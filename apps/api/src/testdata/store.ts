import { fileURLToPath } from 'node:url';
import { findArticleFiles, importArticles, openStore, parseDateline, placeQueuedArticles, readImportInputs, type Store } from '@dateline/core';

const seedsDir = new URL('../../../../../shared/seeds/', import.meta.url);
const encoder = new TextEncoder();

// Small articles written for these tests: dates for range and tie-break cases, words for query syntax.
const extraTexts = {
  zanzibar:
    ' date 2021-05-03 Zanzibar ferry operators welcomed the new harbour rules on Monday.\n\n' +
    'A spokesman compared the change to a marmalade avalanche of paperwork.\n',
  mombasa:
    ' date 2023-02-28 Harbour officials in Mombasa said the tourist season went well.\n\n' +
    'One visitor came from Zanzibar to see the avalanche marmalade exhibit.\n',
  script:
    ' date 2023-03-01 Scanners flagged <script>alert("owned")</script> inside a reader letter.\n\n' +
    'The archive keeps such text as it was written.\n',
  yearEnd: ' date 2024-12-31 Archivists closed the year with a review of every shelf.\n',
  geneva: ' date 2022-01-21 Diplomats in Geneva waited outside the hotel for most of Friday.\n',
  leapDay: ' date 2020-02-29 Leap day weddings filled the registry office in Dublin.\n',
};

/** The name of each article written for the tests. */
export type ExtraArticle = keyof typeof extraTexts;

/** An in-memory store holding the two seeds and the test articles, with the id of each. */
export interface SeededStore {
  store: Store;
  seedIds: string[];
  ids: Record<ExtraArticle, string>;
  /** Every article's id and date, newest first as lists order them. */
  all: { id: string; date: string }[];
}

/**
 * Opens an in-memory PGlite store, imports the seeds and the test articles into it and places them
 * in stories, as `dateline import` does; throws if any is rejected or left unplaced.
 */
export async function openSeededStore(): Promise<SeededStore> {
  const seedInputs = await readSeeds();
  const extraInputs = Object.entries(extraTexts).map(([name, text]) => ({
    path: `tests/${name}.txt`,
    bytes: encoder.encode(text),
  }));
  const inputs = [...seedInputs, ...extraInputs];

  const store = await openStore({});
  const summary = await importArticles(store.db, inputs);
  if (summary.rejected.length > 0 || summary.imported !== inputs.length) {
    throw new Error(`test articles were not all imported: ${JSON.stringify(summary)}`);
  }
  const placement = await placeQueuedArticles(store.db);
  if (placement.placed !== inputs.length) throw new Error(`test articles were not all placed in stories: ${JSON.stringify(placement)}`);
  const parsed = inputs.map((input) => parseDateline(input.bytes, input.path));
  const idOf = (name: string) => parsed[seedInputs.length + Object.keys(extraTexts).indexOf(name)]!.id;
  const ids = Object.fromEntries(Object.keys(extraTexts).map((name) => [name, idOf(name)])) as Record<ExtraArticle, string>;
  const all = parsed
    .map(({ id, date }) => ({ id, date }))
    .sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1));
  return { store, seedIds: parsed.slice(0, seedInputs.length).map((article) => article.id), ids, all };
}

// Core's own reader, as `dateline import` uses it; every seed must read cleanly.
async function readSeeds(): Promise<{ path: string; bytes: Uint8Array }[]> {
  const seeds: { path: string; bytes: Uint8Array }[] = [];
  for await (const input of readImportInputs(findArticleFiles([fileURLToPath(seedsDir)]))) {
    if (!('bytes' in input)) throw new Error(`cannot read seed ${input.path}: ${'error' in input ? input.error : 'not a file'}`);
    seeds.push(input);
  }
  return seeds;
}
