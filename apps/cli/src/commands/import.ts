import { Command, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import { importArticles, type ImportProgress, type Rejection } from '@dateline/core';
import type { Config } from '../config.js';
import { expandPaths, readInputs } from '../inputs.js';
import { dataOption, parseInteger } from '../options.js';
import { Output } from '../output.js';
import { openCliStore } from '../store.js';
import { plural } from '../text.js';

/** Summary of one `dateline import` run; `--json` prints exactly this object. */
export interface ImportReport {
  imported: number;
  duplicates: number;
  rejected: Rejection[];
}

interface ImportFlags {
  data?: string;
  json?: boolean;
  batchSize?: number;
}

// Small files, mostly page-cache hits: a few reads in flight keep the importer fed.
const READ_CONCURRENCY = 16;

/** `dateline import`: imports article files, folders and stdin; exit 0, 1 when something was rejected, 130 when interrupted. */
export function importCommand(config: Config): Command {
  return new Command('import')
    .description('import dateline article files (folders recursively, "-" for one article on stdin)')
    .argument('<path...>', 'article files, folders of .txt files, or - for standard input')
    .addOption(dataOption())
    .option('--json', 'print the summary as one JSON object on stdout')
    .addOption(
      new Option('--batch-size <n>', 'articles written per transaction: smaller loses less to a crash, larger is faster').argParser((v) => parseInteger(v, 1, 100_000)),
    )
    .addHelpText(
      'after',
      `
Importing the same files again is safe: articles already in the archive are counted as
"already present", never added twice. Ctrl-C stops after the current batch is written;
run the same command again to import the rest.`,
    )
    .action(async (paths: string[], flags: ImportFlags) => {
      process.exitCode = await runImport(config, paths, flags);
    });
}

async function runImport(config: Config, args: string[], flags: ImportFlags): Promise<number> {
  const sources = await expandPaths(args);
  const bar = process.stderr.isTTY ? createProgressBar(sources.length) : undefined;

  // Ctrl-C: the importer finishes the batch it holds, commits it and returns, so what it
  // reports as imported is stored and a rerun picks up the rest.
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
  try {
    const store = await openCliStore(config.storeConfig(flags));
    try {
      const inputs = readInputs(sources, { concurrency: READ_CONCURRENCY, stdin: process.stdin });
      summary = await importArticles(store.db, inputs, {
        signal: stop.signal,
        ...(flags.batchSize !== undefined && { batchSize: flags.batchSize }),
        ...(bar && { onProgress: (p: ImportProgress) => bar.update(p.done, { imported: p.imported, duplicates: p.duplicates, rejected: p.rejected }) }),
      });
    } finally {
      await store.close();
    }
  } finally {
    bar?.stop();
    process.off('SIGINT', onSignal);
  }

  const report: ImportReport = { imported: summary.imported, duplicates: summary.duplicates, rejected: summary.rejected };
  await new Output(process.stdout).write(flags.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  if (summary.interrupted || stop.signal.aborted) {
    const seen = report.imported + report.duplicates + report.rejected.length;
    process.stderr.write(`Interrupted after ${seen} of ${plural(sources.length, 'file')}; run the same command again to import the rest.\n`);
    return 130;
  }
  return report.rejected.length > 0 ? 1 : 0;
}

/** The human summary: "Imported 188 articles, 0 already present, 1 rejected:" then one "  path: reason" line each. */
export function formatReport(report: ImportReport): string {
  const n = report.rejected.length;
  const head = `Imported ${plural(report.imported, 'article')}, ${report.duplicates} already present, ${n} rejected${n > 0 ? ':' : '.'}\n`;
  return head + report.rejected.map((r) => `  ${r.path}: ${r.reason}\n`).join('');
}

function createProgressBar(total: number): SingleBar {
  const bar = new SingleBar({
    stream: process.stderr,
    format: ' {bar} {value}/{total} files | {imported} new, {duplicates} present, {rejected} rejected | ETA {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  bar.start(total, 0, { imported: 0, duplicates: 0, rejected: 0 });
  return bar;
}
