import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countArticles, getArticle } from '../db/articles.js';
import type { Store } from '../db/open.js';
import { exportCsv, exportJsonl } from '../export.js';
import { countArticlesToEnrich, enrichQueuedArticles } from '../db/enrichment-queue.js';
import { getImportRun, listImportRuns } from '../db/import-runs.js';
import { testBackends } from '../testing.js';
import { findArticleFiles, readImportInputs } from './files.js';
import { importArticles, type ImportInput } from './import.js';
import { MAX_ARTICLE_BYTES } from '../parse/dateline.js';

const seeds = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));
const guardian = fileURLToPath(new URL('../../../../../shared/corpora/dateline/russia-ukraine-guardian/', import.meta.url));
const encode = (text: string) => new TextEncoder().encode(text);

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('findArticleFiles', () => {
  it('walks folders recursively for .txt files, sorted, and passes other paths through', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-files-'));
    await mkdir(join(dir, 'b', 'c'), { recursive: true });
    await writeFile(join(dir, 'b', 'c', 'z.txt'), 'x');
    await writeFile(join(dir, 'a.txt'), 'x');
    await writeFile(join(dir, 'notes.md'), 'x');
    await writeFile(join(dir, '.hidden.txt'), 'x');
    const found = await collect(findArticleFiles([dir, join(dir, 'missing.txt')]));
    expect(found).toEqual([join(dir, 'a.txt'), join(dir, 'b', 'c', 'z.txt'), join(dir, 'missing.txt')]);
  });

  it('reads no more of a file than it takes to refuse it as too big', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-big-'));
    await writeFile(join(dir, 'dump.txt'), Buffer.alloc(MAX_ARTICLE_BYTES * 3, 'a'));
    const [input] = await collect(readImportInputs([join(dir, 'dump.txt')]));
    expect(input && 'bytes' in input && input.bytes.byteLength).toBe(MAX_ARTICLE_BYTES + 1);
  });

  it('passes inputs in hand through and calls reads of their own, in order', async () => {
    const given = { path: 'x', error: 'failed earlier' };
    const inputs = await collect(readImportInputs([given, async () => ({ path: '<stdin>', bytes: encode('hi') })]));
    expect(inputs).toEqual([given, { path: '<stdin>', bytes: encode('hi') }]);
  });

  it('reads files in order and turns unreadable ones into errors', async () => {
    const inputs = await collect(readImportInputs([join(seeds, '000_c66e0426fc53bf12.txt'), '/nonexistent/x.txt'], 4));
    expect(inputs[0]).toMatchObject({ path: join(seeds, '000_c66e0426fc53bf12.txt') });
    expect(inputs[1]).toEqual({ path: '/nonexistent/x.txt', error: 'no such file or directory' });
  });
});

describe.each(testBackends())('importArticles on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
  });
  afterAll(() => store?.close());

  it('imports the seeds, then finds them all present on a second run', async () => {
    const files = () => readImportInputs(findArticleFiles([seeds]));
    const first = await importArticles(store.db, files());
    expect(first).toEqual({ runId: expect.any(Number), imported: 2, duplicates: 0, rejected: [], rejectedCount: 0, interrupted: false });
    const second = await importArticles(store.db, files());
    expect(second).toEqual({ runId: first.runId + 1, imported: 0, duplicates: 2, rejected: [], rejectedCount: 0, interrupted: false });
    // Each import is a run on record with its counts.
    const runs = await listImportRuns(store.db, { limit: 2 });
    expect(runs.items.map((run) => [run.id, run.status, run.imported, run.duplicates])).toEqual([
      [second.runId, 'done', 0, 2],
      [first.runId, 'done', 2, 0],
    ]);
  });

  it('records each rejected input with its reason and imports the rest', async () => {
    const inputs: ImportInput[] = [
      { path: 'bad-date.txt', bytes: encode(' date 2023-02-30 Text.') },
      { path: 'gone.txt', error: 'no such file or directory' },
      { path: 'good.txt', bytes: encode(' date 2022-03-01 A good article about the war.') },
      { path: 'binary.txt', bytes: new Uint8Array([0, 1, 2, 0, 0, 3]) },
    ];
    const progress: number[] = [];
    const summary = await importArticles(store.db, inputs, { onProgress: (p) => progress.push(p.done) });
    expect(summary.imported).toBe(1);
    expect(summary.rejected.map((r) => r.path)).toEqual(['bad-date.txt', 'gone.txt', 'binary.txt']);
    expect(summary.rejected[0]!.reason).toMatch(/^line 1: .*calendar/);
    expect(summary.rejected[1]!.reason).toBe('no such file or directory');
    expect(progress.at(-1)).toBe(4);
    // The run keeps every rejection, in input order, with where it was and why.
    const run = await getImportRun(store.db, summary.runId, { limit: 10 });
    expect(run).toMatchObject({ status: 'done', imported: 1, rejected: 3 });
    expect(run?.rejections.items.map((r) => [r.position, r.location])).toEqual([
      [1, 'bad-date.txt'],
      [2, 'gone.txt'],
      [3, 'binary.txt'],
    ]);
    expect(run?.rejections.items[0]?.reason).toBe(summary.rejected[0]?.reason);
  });

  it('stores articles unenriched and queued when enrichment is deferred, and enriches them later', async () => {
    const summary = await importArticles(store.db, [{ path: 'later.txt', bytes: encode(' date 2022-03-02 "We will talk again," Lavrov said in Geneva on Friday.') }], {
      enrich: false,
    });
    expect(summary.imported).toBe(1);
    expect(await countArticlesToEnrich(store.db)).toBe(1);
    expect(await enrichQueuedArticles(store.db)).toBe(1);
    expect(await countArticlesToEnrich(store.db)).toBe(0);
  });

  it('imports a real corpus in batches and stops cleanly when aborted', async () => {
    const controller = new AbortController();
    let batches = 0;
    const first = await importArticles(store.db, readImportInputs(findArticleFiles([guardian])), {
      batchSize: 50,
      signal: controller.signal,
      onProgress: (p) => {
        // Abort once the first batch is written: the rest must be left for the next run.
        if (p.imported + p.duplicates >= 50 && batches++ === 0) controller.abort();
      },
    });
    expect(first.interrupted).toBe(true);
    expect(first.imported + first.duplicates).toBe(50);
    const rest = await importArticles(store.db, readImportInputs(findArticleFiles([guardian])));
    // The corpus holds 188 files but 178 distinct texts: the same letter page saved twice gets one id.
    expect(rest.imported + first.imported).toBe(178);
    expect(rest.imported + rest.duplicates).toBe(188);
    expect(await countArticles(store.db)).toBe(2 + 1 + 1 + 178);
  });

  it('exports every article as JSON Lines and CSV', async () => {
    const lines = await collect(exportJsonl(store.db));
    expect(lines).toHaveLength(await countArticles(store.db));
    const first = JSON.parse(lines[0]!) as { id: string };
    expect(await getArticle(store.db, first.id)).toMatchObject(first);
    const csv = (await collect(exportCsv(store.db))).join('');
    expect(csv.startsWith('id,date,title,title_inferred,outlet,url,author,language,summary_only,credit,word_count,body\r\n')).toBe(true);
    expect(csv).toContain('"'); // bodies with commas and blank lines are quoted
  });
});
