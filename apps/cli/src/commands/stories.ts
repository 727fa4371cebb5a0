import { Command } from 'commander';
import { countQueuedArticles, InvalidCursorError, listStories, storyListParams, type Page, type StorySummary } from '@dateline/core';
import type { Config } from '../config.js';
import { failUsage } from '../errors.js';
import { dataOption, parseFlags } from '../options.js';
import { Output } from '../output.js';
import { withStore } from '../store.js';
import { createStyle, plural, type Style } from '../text.js';

interface StoriesFlags {
  data?: string;
  from?: string;
  to?: string;
  limit?: string;
  cursor?: string;
  json?: boolean;
}

/** `dateline stories`: lists stories by latest activity (date span, article count, id, headline) or the page as JSON; bad flags exit 2. */
export function storiesCommand(config: Config): Command {
  const command = new Command('stories');
  return command
    .description('list stories (the articles about one event), latest activity first')
    .addOption(dataOption())
    .option('--from <date>', 'only stories with an article on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'only stories with an article on or before this date (YYYY-MM-DD)')
    .option('--limit <n>', 'stories per page, 1 to 100 (default: 20)')
    .option('--cursor <cursor>', 'continue after a previous page (printed when there are more stories)')
    .option('--json', 'print the page as JSON')
    .addHelpText('after', '\nShow one story, and how its sources compare, with "dateline story ID".')
    .action(async (flags: StoriesFlags) => {
      // The same schema checks the API's story list input.
      const params = parseFlags(command, storyListParams, { from: flags.from, to: flags.to, limit: flags.limit, cursor: flags.cursor });
      let page: Page<StorySummary>;
      let waiting: number;
      try {
        [page, waiting] = await withStore(config.storeConfig(flags), (store) =>
          Promise.all([listStories(store.db, params), countQueuedArticles(store.db)]),
        );
      } catch (err) {
        if (err instanceof InvalidCursorError) failUsage(command, '--cursor: not a cursor from a previous listing');
        throw err;
      }
      const out = new Output(process.stdout);
      if (flags.json === true) {
        await out.write(`${JSON.stringify(page, null, 2)}\n`);
        return;
      }
      if (page.items.length === 0) process.stderr.write(params.from || params.to ? 'No stories in these dates.\n' : 'No stories yet.\n');
      else await out.write(formatStories(page.items, createStyle(out.isTerminal && !config.noColor)));
      if (page.nextCursor !== null) process.stderr.write(`More stories: add --cursor ${page.nextCursor}\n`);
      // Articles of an interrupted import are in no story until an import runs to the end.
      if (waiting > 0) process.stderr.write(`${plural(waiting, 'article')} not yet in a story: run dateline import again to place them.\n`);
    });
}

/** One line per story: "first – last date  N articles  id  headline", the columns aligned. */
export function formatStories(stories: readonly StorySummary[], style: Style): string {
  const spans = stories.map((story) => (story.firstDate === story.lastDate ? story.firstDate : `${story.firstDate} – ${story.lastDate}`));
  const counts = stories.map((story) => plural(story.articleCount, 'article'));
  const spanWidth = Math.max(...spans.map((span) => span.length));
  const countWidth = Math.max(...counts.map((count) => count.length));
  return stories
    .map((story, i) => `${spans[i]!.padEnd(spanWidth)}  ${counts[i]!.padStart(countWidth)}  ${story.id}  ${style.bold(story.headline)}\n`)
    .join('');
}
