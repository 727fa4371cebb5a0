import { Command } from 'commander';
import { countArticlesToEnrich, listQuotes, quoteListParams, type QuoteListParams, type QuoteSummary } from '@dateline/core';
import type { Config } from '../config.js';
import { addPageOptions, dataOption, parseFlags, readPage, type PageFlags } from '../options.js';
import { Output } from '../output.js';
import { formatQuoteSummary } from '../quote-lines.js';
import { withStore } from '../store.js';
import { createStyle, type Style } from '../text.js';
import { reportUnenriched } from '../unenriched.js';

interface QuotesFlags extends PageFlags {
  data?: string;
  speaker?: string;
}

/** `dateline quotes`: lists quotes newest first (words, speaker, date, article) or the page as JSON; bad flags exit 2. */
export function quotesCommand(config: Config): Command {
  const command = new Command('quotes')
    .description('list quotes, newest first: by a speaker, with some words, in a date range')
    .argument('[words...]', 'only quotes with these words (search syntax, as in "dateline search")')
    .option('--speaker <name>', 'only quotes by this speaker: a name ("Lavrov", "Sergey Lavrov") or an entity key ("person:sergey lavrov")')
    .addOption(dataOption());
  return addPageOptions(command, 'quotes', 'dated')
    .addHelpText('after', '\nSee everything about one speaker, their latest quotes included, with "dateline entity NAME".')
    .action(async (words: string[], flags: QuotesFlags) => {
      // The same schema checks the API's quotes input.
      const values = { speaker: flags.speaker, q: words.join(' '), from: flags.from, to: flags.to, limit: flags.limit, cursor: flags.cursor };
      const params = parseFlags(command, quoteListParams, values, { q: 'words' });
      const [page, waiting] = await readPage(command, () =>
        withStore(config.storeConfig(flags), (store) => Promise.all([listQuotes(store.db, params), countArticlesToEnrich(store.db)])),
      );
      const out = new Output(process.stdout);
      if (flags.json === true) {
        await out.write(`${JSON.stringify(page, null, 2)}\n`);
        return;
      }
      if (page.items.length === 0) process.stderr.write(`${describeEmpty(params)}\n`);
      else await out.write(formatQuotes(page.items, out.width, createStyle(out.isTerminal && !config.noColor)));
      if (page.nextCursor !== null) process.stderr.write(`More quotes: add --cursor ${page.nextCursor}\n`);
      reportUnenriched(waiting);
    });
}

/** One entry per quote, a blank line between: “words” wrapped to `width`, then "— speaker · date · article id title". */
export function formatQuotes(quotes: readonly QuoteSummary[], width: number, style: Style): string {
  return `${quotes.map((quote) => formatQuoteSummary(quote, width, style).join('\n')).join('\n\n')}\n`;
}

// "No quotes by "Lavrov" with "talks" in these dates.", naming only the filters given.
function describeEmpty(params: QuoteListParams): string {
  const filters = [
    params.speaker ? ` by "${params.speaker}"` : '',
    params.q ? ` with "${params.q}"` : '',
    params.from || params.to ? ' in these dates' : '',
  ].join('');
  return filters === '' ? 'No quotes yet.' : `No quotes${filters}.`;
}
