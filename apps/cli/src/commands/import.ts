import { Command, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import {
  countArticlesToEnrich,
  countQueuedArticles,
  enrichQueuedArticles,
  importArticles,
  parseFieldMap,
  placeQueuedArticles,
  readImportSources,
  type ImportProgress,
  type PlacementSummary,
  type Rejection,
  type Store,
} from '@dateline/core';
import type { Config } from '../config.js';
import { failUsage } from '../errors.js';
import { dataOption, parseInteger } from '../options.js';
import { Output } from '../output.js';
import { openCliStore } from '../store.js';
import { plural } from '../text.js';

/** Summary of one `dateline import` run; `--json` prints exactly this object. */
export interface ImportReport {
  /** The run on record: "dateline imports ID" lists what it rejected. */
  run: number;
  imported: number;
  duplicates: number;
  /** The first rejected inputs (core keeps at most a thousand in hand); `rejectedCount` counts them all. */
  rejected: Rejection[];
  rejectedCount: number;
  /** Articles stored before enrichment existed that this run analysed (quotes, entities, dates). */
  enriched: number;
  /** Articles this run placed in stories: its new ones, and any an interrupted run left waiting. */
  stories: { placed: number };
}

interface ImportFlags {
  data?: string;
  json?: boolean;
  batchSize?: number;
  map: string[];
}

// Small files, mostly page-cache hits: a few reads in flight keep the importer fed.
const READ_CONCURRENCY = 16;

/**
 * `dateline import`: imports article files, exports, pages, feeds and archives (folders
 * recursively, stdin), analyses any article stored before enrichment existed, then places every
 * article still waiting for a story; exit 0, 1 when something was rejected, 130 when interrupted.
 */
export function importCommand(config: Config): Command {
  const command: Command = new Command('import')
    .description('import articles (dateline text, JSONL/CSV exports, HTML pages, RSS/Atom/JSON feeds, .gz/.zip/.tar.gz archives of them) and place them in stories')
    .argument('<path...>', 'files, folders (walked for importable files), or - for standard input')
    .addOption(dataOption())
    .option('--map <field=column>', 'where an export keeps a field under another name (repeatable): date, title, body, summary, outlet, url, author, language, credit; dotted paths reach nested fields', (value: string, all: string[]) => [...all, value], [])
    .option('--json', 'print the summary as one JSON object on stdout')
    .addOption(
      new Option('--batch-size <n>', 'articles imported, analysed or placed in stories per transaction: smaller loses less to a crash, larger is faster').argParser(
        (v) => parseInteger(v, 1, 100_000),
      ),
    )
    .addHelpText(
      'after',
      `
Formats are told apart by content, then by extension. Exports find the common field names
(date/published, title/headline, body/text/content, source/outlet, url/link, author/byline);
"--map body=story_text" names another. Every rejected input is recorded with where it was
(file, archive entry, line or record) and why: list runs with "dateline imports".
Importing the same files again is safe: articles already in the archive are counted as
"already present", never added twice. Once stored, new articles are placed in stories (the
articles about one event; see "dateline stories"). Articles of an archive made before quotes
and names were found are analysed first. Ctrl-C stops after the current batch is written;
run the same command again to import the rest: it also analyses and places every article an
interrupted run left waiting, even when it imports nothing new.`,
    )
    .action(async (paths: string[], flags: ImportFlags) => {
      let map;
      try {
        map = parseFieldMap(flags.map);
      } catch (error) {
        failUsage(command, `--map: ${error instanceof Error ? error.message : String(error)}`);
      }
      process.exitCode = await runImport(config, paths, flags, map);
    });
  return command;
}

async function runImport(config: Config, args: string[], flags: ImportFlags, map: ReturnType<typeof parseFieldMap>): Promise<number> {
  let bar = process.stderr.isTTY ? createProgressBar() : undefined;

  // Ctrl-C: the importer (then enrichment, then story placement) finishes the batch it holds,
  // commits it and returns, so what it reports is stored and a rerun picks up the rest.
  const stop = new AbortController();
  const onSignal = (): void => {
    if (stop.signal.aborted) process.exit(130); // second Ctrl-C: the open transaction rolls back
    stop.abort();
    bar?.stop();
    process.stderr.write('\nStopping after the current batch… (Ctrl-C again to quit now)\n');
  };

  // Listening before the store opens: a Ctrl-C during a slow open or migration then ends the
  // import before its first batch instead of killing the process halfway through opening.
  process.on('SIGINT', onSignal);
  let summary;
  let catchUp: CatchUp | undefined;
  try {
    const store = await openCliStore(config.storeConfig(flags));
    try {
      const inputs = readImportSources(args, { concurrency: READ_CONCURRENCY, stdin: process.stdin, map });
      summary = await importArticles(store.db, inputs, {
        signal: stop.signal,
        sources: args.map((arg) => (arg === '-' ? '<stdin>' : arg)),
        ...(flags.batchSize !== undefined && { batchSize: flags.batchSize }),
        ...(bar && { onProgress: (p: ImportProgress) => bar?.update(p.done, { imported: p.imported, duplicates: p.duplicates, rejected: p.rejected }) }),
      });
      bar?.stop();
      // An interrupted import leaves its articles queued: the rerun it asks for places them.
      if (!summary.interrupted) {
        catchUp = await runCatchUp(store, stop.signal, flags.batchSize, (total, what) => {
          bar?.stop();
          bar = process.stderr.isTTY ? createStepBar(total, what) : undefined;
          return bar;
        });
      }
    } finally {
      await store.close();
    }
  } finally {
    bar?.stop();
    process.off('SIGINT', onSignal);
  }

  const report: ImportReport = {
    run: summary.runId,
    imported: summary.imported,
    duplicates: summary.duplicates,
    rejected: summary.rejected,
    rejectedCount: summary.rejectedCount,
    enriched: catchUp?.enriched ?? 0,
    stories: { placed: catchUp?.placement.placed ?? 0 },
  };
  await new Output(process.stdout).write(flags.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  if (catchUp === undefined) {
    const seen = report.imported + report.duplicates + report.rejectedCount;
    process.stderr.write(`Interrupted after ${plural(seen, 'input')}; run the same command again to import the rest.\n`);
    return 130;
  }
  if (stop.signal.aborted) {
    const { waiting, enriched, placement } = catchUp;
    process.stderr.write(
      enriched < waiting
        ? `Interrupted while analysing articles (${enriched} of ${waiting} analysed); run the same command again to analyse and place the rest.\n`
        : `Interrupted while placing articles in stories (${placement.placed} placed); run the same command again to place the rest.\n`,
    );
    return 130;
  }
  return report.rejectedCount > 0 ? 1 : 0;
}

/** What the steps after the import itself did: articles analysed (of those waiting for it), and placed in stories. */
interface CatchUp {
  waiting: number;
  enriched: number;
  placement: PlacementSummary;
}

/**
 * Analyses the articles stored before enrichment existed, then places every article waiting for a
 * story. Core does a page per transaction and stops between pages once `signal` fires; `startBar`
 * shows a step's progress bar (none when stderr is not a terminal).
 */
async function runCatchUp(
  store: Store,
  signal: AbortSignal,
  pageSize: number | undefined,
  startBar: (total: number, what: string) => SingleBar | undefined,
): Promise<CatchUp> {
  const done: CatchUp = { waiting: 0, enriched: 0, placement: { placed: 0, stories: 0, restored: 0 } };
  if (signal.aborted) return done;
  const options = { signal, ...(pageSize !== undefined && { pageSize }) };
  done.waiting = await countArticlesToEnrich(store.db);
  if (done.waiting > 0) {
    const bar = startBar(done.waiting, 'articles analysed for quotes and names');
    done.enriched = await enrichQueuedArticles(store.db, { ...options, ...(bar && { onProgress: (n: number) => bar.update(n) }) });
  }
  if (signal.aborted) return done;
  const bar = startBar(await countQueuedArticles(store.db), 'articles placed in stories');
  done.placement = await placeQueuedArticles(store.db, { ...options, ...(bar && { onProgress: (n: number) => bar.update(n) }) });
  return done;
}

// A terminal's worth; "dateline imports RUN" lists every one.
const SHOWN_REJECTIONS = 20;

/**
 * The human summary: "Imported 188 articles, 0 already present, 1 rejected:", one "  path: reason"
 * line each (the first 20, then where to find the rest), "Analysed 12 articles stored before quotes
 * and names were found." when it did, then "Placed 178 articles in stories."
 */
export function formatReport(report: ImportReport): string {
  const n = report.rejectedCount;
  const head = `Imported ${plural(report.imported, 'article')}, ${report.duplicates} already present, ${n} rejected${n > 0 ? ':' : '.'}\n`;
  const shown = report.rejected.slice(0, SHOWN_REJECTIONS);
  const more = n > shown.length ? `  … and ${n - shown.length} more: "dateline imports ${report.run}" lists them all.\n` : '';
  // Only archives made before enrichment have any: say nothing of it otherwise.
  const enriched = report.enriched > 0 ? `Analysed ${plural(report.enriched, 'article')} stored before quotes and names were found.\n` : '';
  const placed = `Placed ${plural(report.stories.placed, 'article')} in stories.\n`;
  return head + shown.map((r) => `  ${r.path}: ${r.reason}\n`).join('') + more + enriched + placed;
}

// Exports and archives hold an unknown number of articles until read: a running count, not a bar.
function createProgressBar(): SingleBar {
  const bar = new SingleBar({
    stream: process.stderr,
    format: ' {value} read | {imported} new, {duplicates} present, {rejected} rejected',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  bar.start(0, 0, { imported: 0, duplicates: 0, rejected: 0 });
  return bar;
}

// A bar for a step after the import itself: "{value}/{total} <what>".
function createStepBar(total: number, what: string): SingleBar {
  const bar = new SingleBar({
    stream: process.stderr,
    format: ` {bar} {value}/{total} ${what} | ETA {eta_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  bar.start(total, 0);
  return bar;
}
