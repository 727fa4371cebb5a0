import { Command } from 'commander';
import { articleToJson, getArticle, type Article } from '@dateline/core';
import type { Config } from '../config.js';
import { CliError } from '../errors.js';
import { dataOption } from '../options.js';
import { Output } from '../output.js';
import { withStore } from '../store.js';
import { createStyle, plural, wrapText, type Style } from '../text.js';

/** `dateline show`: prints one article as readable text or JSON; an unknown id exits 1. */
export function showCommand(config: Config): Command {
  return new Command('show')
    .description('print one article')
    .argument('<id>', 'article id (as shown by search and import)')
    .addOption(dataOption())
    .option('--json', 'print the article as JSON')
    .action(async (id: string, flags: { data?: string; json?: boolean }) => {
      const article = await withStore(config.storeConfig(flags), (store) => getArticle(store.db, id));
      if (article === undefined) throw new CliError(`no article with id "${id}"`);
      const out = new Output(process.stdout);
      if (flags.json === true) {
        await out.write(`${JSON.stringify(articleToJson(article), null, 2)}\n`);
        return;
      }
      await out.write(formatArticle(article, out.width, createStyle(out.isTerminal && !config.noColor)));
    });
}

/** The article as text: title, date and size, then subheadings and paragraphs wrapped to `width`, then the credit. */
export function formatArticle(article: Article, width: number, style: Style): string {
  const lines: string[] = [
    ...wrapText(article.title, width).map((line) => style.bold(line)),
    `${article.date} · ${plural(article.wordCount, 'word')} · ${article.id}`,
  ];
  for (const block of article.blocks) {
    lines.push('');
    if (block.type === 'subheading') lines.push(...wrapText(block.text, width).map((line) => style.bold(line)));
    else lines.push(...wrapText(block.text, width));
  }
  if (article.credit !== null) lines.push('', `Image: ${article.credit}`);
  return `${lines.join('\n')}\n`;
}
