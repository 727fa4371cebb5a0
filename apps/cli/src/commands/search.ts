import { Command } from 'commander';
import { searchArticles, searchParams, type SearchPage } from '@dateline/core';
import type { Config } from '../config.js';
import { addPageOptions, dataOption, parseFlags, readPage, type PageFlags } from '../options.js';
import { Output } from '../output.js';
import { withStore } from '../store.js';
import { createStyle, renderSnippet, wrapText, type Style } from '../text.js';

interface SearchFlags extends PageFlags {
  data?: string;
}

/** `dateline search`: prints ranked matches (date, id, title, snippet) or the result page as JSON; bad flags exit 2. */
export function searchCommand(config: Config): Command {
  const command = new Command('search')
    .description('full-text search, best matches first')
    .argument('<query>', 'words to look for')
    .addOption(dataOption());
  return addPageOptions(command, 'articles', 'dated').action(async (query: string, flags: SearchFlags) => {
    // The same schema checks the API's and the site's search input, so all three agree.
    const params = parseFlags(command, searchParams, { q: query, from: flags.from, to: flags.to, limit: flags.limit, cursor: flags.cursor }, { q: 'query' });
    const page = await readPage(command, () => withStore(config.storeConfig(flags), (store) => searchArticles(store.db, params)));
    const out = new Output(process.stdout);
    if (flags.json === true) {
      await out.write(`${JSON.stringify(page, null, 2)}\n`);
      return;
    }
    if (page.results.length === 0) {
      process.stderr.write(`No articles match "${query}".\n`);
      return;
    }
    await out.write(formatResults(page, out.width, createStyle(out.isTerminal && !config.noColor)));
    if (page.nextCursor !== null) process.stderr.write(`More results: add --cursor ${page.nextCursor}\n`);
  });
}

/** One entry per hit: "date  id  title", then the snippet (matches in bold) indented and wrapped to `width`. */
export function formatResults(page: SearchPage, width: number, style: Style): string {
  return page.results
    .map(({ article, snippet }) => {
      const head = `${article.date}  ${article.id}  ${style.bold(article.title)}`;
      return [head, ...wrapText(renderSnippet(snippet, style), width, '    ')].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}
