import { Command, Option } from 'commander';
import { getImportRun, listImportRuns, pageParams, type ImportRejection, type ImportRun } from '@dateline/core';
import type { Config } from '../config.js';
import { failUsage } from '../errors.js';
import { dataOption, parseFlags, readPage } from '../options.js';
import { Output } from '../output.js';
import { withStore } from '../store.js';
import { createStyle, plural, type Style } from '../text.js';

interface ImportsFlags {
  data?: string;
  limit?: string;
  cursor?: string;
  json?: boolean;
}

/** `dateline imports [ID]`: lists import runs newest first, or one run with every input it rejected (where and why). */
export function importsCommand(config: Config): Command {
  const command = new Command('imports')
    .description('list import runs, or show one run and every input it rejected')
    .argument('[id]', 'an import run number, to list what it rejected')
    .addOption(dataOption())
    .addOption(new Option('--limit <n>', 'runs, or rejections, per page, 1 to 100 (default: 20)'))
    .addOption(new Option('--cursor <cursor>', 'continue after a previous page (printed when there are more)'))
    .addOption(new Option('--json', 'print the page as JSON'))
    .action(async (id: string | undefined, flags: ImportsFlags) => {
      const params = parseFlags(command, pageParams, { limit: flags.limit, cursor: flags.cursor });
      const out = new Output(process.stdout);
      const style = createStyle(out.isTerminal && !config.noColor);
      if (id === undefined) {
        const page = await readPage(command, () => withStore(config.storeConfig(flags), (store) => listImportRuns(store.db, params)));
        if (flags.json === true) {
          await out.write(`${JSON.stringify(page, null, 2)}\n`);
          return;
        }
        if (page.items.length === 0) process.stderr.write('No imports yet.\n');
        else await out.write(page.items.map((run) => formatRunLine(run, style)).join(''));
        if (page.nextCursor !== null) process.stderr.write(`More runs: add --cursor ${page.nextCursor}\n`);
        return;
      }
      if (!/^\d{1,9}$/.test(id)) failUsage(command, `"${id}" is not an import run number`);
      const run = await readPage(command, () => withStore(config.storeConfig(flags), (store) => getImportRun(store.db, Number(id), params)));
      if (run === undefined) {
        process.stderr.write(`No import run ${id}. List them with "dateline imports".\n`);
        process.exitCode = 1;
        return;
      }
      if (flags.json === true) {
        await out.write(`${JSON.stringify(run, null, 2)}\n`);
        return;
      }
      await out.write(formatRun(run, run.rejections.items, style));
      if (run.rejections.nextCursor !== null) process.stderr.write(`More rejections: add --cursor ${run.rejections.nextCursor}\n`);
    });
  return command;
}

/** "#3  2026-11-24 12:00  done  188 imported, 0 already present, 1 rejected  <sources>". */
export function formatRunLine(run: ImportRun, style: Style): string {
  const counts = `${plural(run.imported, 'article')} imported, ${run.duplicates} already present, ${run.rejected} rejected`;
  const sources = run.sources.length > 3 ? `${run.sources.slice(0, 3).join(' ')} …` : run.sources.join(' ');
  return `${style.bold(`#${run.id}`)}  ${when(run.startedAt)}  ${run.status.padEnd(11)}  ${counts}  ${sources}\n`;
}

/** One run: its line, the error that failed it, then "  location: reason" per rejected input. */
export function formatRun(run: ImportRun, rejections: readonly ImportRejection[], style: Style): string {
  const error = run.error ? `  failed: ${run.error}\n` : '';
  const interrupted = run.status === 'interrupted' ? '  The process stopped before the end: run the same import again to complete it.\n' : '';
  const rows = rejections.map((r) => `  ${r.location}: ${r.reason}\n`).join('');
  return formatRunLine(run, style) + error + interrupted + rows;
}

// Minutes are enough to tell runs apart in a listing; --json has the full timestamps.
function when(iso: string): string {
  return new Date(iso).toISOString().slice(0, 16).replace('T', ' ');
}
