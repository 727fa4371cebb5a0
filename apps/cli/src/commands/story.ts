import { Command } from 'commander';
import { getStoryView, SinceArticleError, type StoryView } from '@dateline/api';
import type { Discrepancy, StatementGroup } from '@dateline/core';
import type { Config } from '../config.js';
import { CliError, failUsage } from '../errors.js';
import { dataOption } from '../options.js';
import { Output } from '../output.js';
import { withStore } from '../store.js';
import { formatQuotesBySpeaker } from '../quote-lines.js';
import { addSection, createStyle, plural, wrapLabelled, wrapText, type Style } from '../text.js';

interface StoryFlags {
  data?: string;
  since?: string;
  json?: boolean;
}

/** `dateline story`: prints one story and how its articles compare, or it as JSON; an unknown id exits 1, a --since outside the story 2. */
export function storyCommand(config: Config): Command {
  const command = new Command('story');
  return command
    .description('print one story: its articles and how they compare (shared and single-source statements, quotes, discrepancies)')
    .argument('<id>', 'story id (as listed by "dateline stories")')
    .addOption(dataOption())
    .option('--since <article>', 'only the statements new to a reader of this article of the story')
    .option('--json', 'print the story and its comparison as JSON, as GET /api/stories/ID gives it')
    .addHelpText(
      'after',
      `
Articles are numbered [1], [2], … oldest first; every statement and quote names its article
by that number. Discrepancies are one speaker's words worded differently by two articles,
with a word diff from the first to the second: [-removed-] {+added+} (in colour on a terminal).`,
    )
    .action(async (id: string, flags: StoryFlags) => {
      let story: StoryView | undefined;
      try {
        story = await withStore(config.storeConfig(flags), (store) => getStoryView(store.db, id, flags.since));
      } catch (err) {
        if (err instanceof SinceArticleError) failUsage(command, `--since: article "${err.articleId}" ${err.message}`);
        throw err;
      }
      if (story === undefined) throw new CliError(`no story with id "${id}"`);
      const out = new Output(process.stdout);
      if (flags.json === true) {
        await out.write(`${JSON.stringify(story, null, 2)}\n`);
        return;
      }
      await out.write(formatStory(story, out.width, createStyle(out.isTerminal && !config.noColor)));
    });
}

/**
 * The story as text wrapped to `width`: headline and span, the numbered articles, the statements
 * every, several and one article carry, the quotes by speaker, and each discrepancy with its word diff.
 */
export function formatStory(story: StoryView, width: number, style: Style): string {
  const numbers = new Map(story.articles.map((article, i) => [article.id, `[${i + 1}]`]));
  const label = (articleId: string): string => numbers.get(articleId) ?? `[${articleId}]`;
  const { comparison } = story;
  const span = story.firstDate === story.lastDate ? story.firstDate : `${story.firstDate} – ${story.lastDate}`;
  const lines = [...wrapText(story.headline, width).map((line) => style.bold(line)), `${span} · ${plural(story.articleCount, 'article')} · ${story.id}`];

  addSection(lines, style, 'Articles');
  for (const article of story.articles) {
    lines.push(...wrapLabelled(`${label(article.id)} `, `${article.date} ${article.id} ${article.title}`, width, '  '));
    if (article.duplicateOf !== null) lines.push(`      version of ${label(article.duplicateOf)} ${article.duplicateOf}`);
  }
  const originals = story.articles.filter((article) => article.duplicateOf === null).length;
  if (comparison.articleIds.length < originals) {
    lines.push('', `Compared: the first ${comparison.articleIds.length} of ${originals} articles (a version counts as its original).`);
  }

  const groups = comparison.statements;
  if (comparison.since !== null) {
    const news = groups.length === 0 ? 'nothing, every statement of the story is in it' : plural(groups.length, 'statement');
    addSection(lines, style, `New to a reader of ${label(comparison.since)} ${comparison.since}: ${news}`);
  }
  for (const [coverage, title] of [
    ['all', 'In every article'],
    ['several', 'In several articles'],
  ] as const) {
    const shared = groups.filter((group) => group.coverage === coverage);
    if (shared.length === 0) continue;
    addSection(lines, style, `${title} (${shared.length})`);
    for (const group of shared) lines.push(...formatGroup(group, label, width));
  }
  const single = groups.filter((group) => group.coverage === 'one');
  if (single.length > 0) {
    addSection(lines, style, `In one article only (${single.length})`);
    for (const article of story.articles) {
      const own = single.filter((group) => group.articleIds[0] === article.id);
      if (own.length === 0) continue;
      lines.push(`  ${label(article.id)} ${article.id}`);
      for (const group of own) lines.push(...wrapLabelled('• ', group.statements[0]?.text ?? '', width, '    '));
    }
  }

  if (comparison.quotes.length > 0) {
    addSection(lines, style, `Quotes (${comparison.quotes.length})`);
    lines.push(...formatQuotesBySpeaker(comparison.quotes, width, (quote) => `${label(quote.articleId)} `));
  }

  if (comparison.discrepancies.length > 0) {
    addSection(lines, style, `Discrepancies (${comparison.discrepancies.length})`);
    for (const discrepancy of comparison.discrepancies) {
      lines.push(`  ${discrepancy.speaker}`);
      for (const wording of [discrepancy.a, discrepancy.b]) lines.push(...wrapLabelled(`${label(wording.articleId)} `, wording.text, width, '    '));
      lines.push(...wrapLabelled('diff: ', renderDiff(discrepancy.diff, style), width, '    '));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A word diff as one line: common words plain, removed and added ones marked by `style`, a space between a replacement's two sides as wdiff prints it. */
export function renderDiff(diff: Discrepancy['diff'], style: Style): string {
  let line = '';
  let changed = false;
  for (const part of diff) {
    if (!part.added && !part.removed) {
      line += part.value;
      changed = false;
      continue;
    }
    // Spaces around the changed words stay outside the marks: "[-clearer-] path", not "[-clearer -]path".
    const [, before = '', words = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.value) ?? [];
    const gap = changed && before === '' && !/\s$/.test(line) ? ' ' : '';
    line += words === '' ? part.value : gap + before + (part.removed ? style.deleted(words) : style.inserted(words)) + after;
    changed = true;
  }
  return line;
}

// The first article's sentence starts the entry; the other articles' wordings follow beneath it.
function formatGroup(group: StatementGroup, label: (articleId: string) => string, width: number): string[] {
  return group.statements.flatMap((statement, i) => {
    const lines = wrapLabelled(`${label(statement.articleId)} `, statement.text, width, '    ');
    return i === 0 ? [`  • ${lines[0]?.trimStart() ?? ''}`, ...lines.slice(1)] : lines;
  });
}
