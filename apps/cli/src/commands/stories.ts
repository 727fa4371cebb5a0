import { Command } from 'commander';
import { countQueuedArticles, listStories, storyListParams, type StorySummary } from '@dateline/core';
import type { Config } from '../config.js';
import { addPageOptions, dataOption, parseFlags, readPage, type PageFlags } from '../options.js';
import { Output } from '../output.js';
import { withStore } from '../store.js';
import { createStyle, plural, type Style } from '../text.js';

interface StoriesFlags extends PageFlags {
  data?: string;
}

/** `dateline stories`: lists stories by latest activity (date span, article count, id, headline) or the page as JSON; bad flags exit 2. */
export function storiesCommand(config: Config): Command {
  const command = new Command('stories')
    .description('list stories (the articles about one event), latest activity first')
    .addOption(dataOption());
  // A story is active from its first article's date to its last's: the range picks the stories active in it.
  return addPageOptions(command, 'stories', 'active')
    .addHelpText('after', '\nShow one story, and how its sources compare, with "dateline story ID".')
    .action(async (flags: StoriesFlags) => {
      // The same schema checks the API's story list input.
      const params = parseFlags(command, storyListParams, { from: flags.from, to: flags.to, limit: flags.limit, cursor: flags.cursor });
      const [page, waiting] = await readPage(command, () =>
        withStore(config.storeConfig(flags), (store) => Promise.all([listStories(store.db, params), countQueuedArticles(store.db)])),
      );
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
