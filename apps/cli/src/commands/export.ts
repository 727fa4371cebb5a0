import { Command, Option } from 'commander';
import { exportCsv, exportJsonl } from '@dateline/core';
import type { Config } from '../config.js';
import { dataOption } from '../options.js';
import { Output } from '../output.js';
import { withStore } from '../store.js';

/** `dateline export`: streams every article, oldest first, as JSON Lines or CSV to stdout; stops quietly when the reader goes away. */
export function exportCommand(config: Config): Command {
  return new Command('export')
    .description('write every article to stdout, oldest first')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
    .addOption(dataOption())
    .action(async (flags: { data?: string; format: 'jsonl' | 'csv' }) => {
      const out = new Output(process.stdout);
      await withStore(config.storeConfig(flags), async (store) => {
        const lines = flags.format === 'csv' ? exportCsv(store.db) : exportJsonl(store.db);
        for await (const line of lines) {
          // Reader gone (`| head`): leaving the loop ends the generator and its query.
          if (!(await out.write(line))) break;
        }
      });
    });
}
