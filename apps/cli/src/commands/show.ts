import { Command } from 'commander';
import { articleToJson, getArticle, type Article, type ArticleEnrichment, type ArticleEntity, type EntityKind } from '@dateline/core';
import type { Config } from '../config.js';
import { CliError } from '../errors.js';
import { dataOption } from '../options.js';
import { Output } from '../output.js';
import { formatQuotesBySpeaker } from '../quote-lines.js';
import { withStore } from '../store.js';
import { addSection, createStyle, plural, wrapLabelled, wrapText, type Style } from '../text.js';

/** `dateline show`: prints one article (with its quotes and the entities it names) as readable text or JSON; an unknown id exits 1. */
export function showCommand(config: Config): Command {
  return new Command('show')
    .description('print one article, with its quotes and the people, places and organisations it names')
    .argument('<id>', 'article id (as shown by search and import)')
    .addOption(dataOption())
    .option('--json', 'print the article and its enrichment (quotes, entities, dates, cited sources) as JSON')
    .action(async (id: string, flags: { data?: string; json?: boolean }) => {
      const article = await withStore(config.storeConfig(flags), (store) => getArticle(store.db, id));
      if (article === undefined) throw new CliError(`no article with id "${id}"`);
      const out = new Output(process.stdout);
      if (flags.json === true) {
        await out.write(`${JSON.stringify({ ...articleToJson(article), enrichment: article.enrichment }, null, 2)}\n`);
        return;
      }
      await out.write(formatArticle(article, out.width, createStyle(out.isTerminal && !config.noColor)));
      // An article stored before enrichment existed has none until an import analyses it.
      if (article.enrichment === null) process.stderr.write('This article is not yet analysed for quotes and names: run dateline import again to analyse it.\n');
    });
}

/**
 * The article as text: title, date and size, then subheadings and paragraphs wrapped to `width`,
 * the credit, and its quotes by speaker, the entities it names and the sources it cites.
 */
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
  if (article.enrichment !== null) lines.push(...formatEnrichment(article.enrichment, width, style));
  return `${lines.join('\n')}\n`;
}

const KINDS: [EntityKind, string][] = [
  ['person', 'People'],
  ['place', 'Places'],
  ['organisation', 'Organisations'],
];

// The sections after the text: Quotes, "People, places, organisations", Sources cited; each only when not empty.
function formatEnrichment(enrichment: ArticleEnrichment, width: number, style: Style): string[] {
  const lines: string[] = [];
  if (enrichment.quotes.length > 0) {
    addSection(lines, style, `Quotes (${enrichment.quotes.length})`);
    lines.push(...formatQuotesBySpeaker(enrichment.quotes, width, () => ''));
  }
  if (enrichment.entities.length > 0) {
    addSection(lines, style, 'People, places, organisations');
    // The most mentioned first: the article is mostly about them.
    const byMentions = [...enrichment.entities].sort((a, b) => b.mentions.length - a.mentions.length);
    for (const [kind, title] of KINDS) {
      const named = byMentions.filter((entity) => entity.kind === kind).map(entityName);
      if (named.length > 0) lines.push(...wrapLabelled(`${title}: `, named.join(', '), width, '  '));
    }
  }
  if (enrichment.citedSources.length > 0) {
    addSection(lines, style, 'Sources cited');
    lines.push(...wrapText(enrichment.citedSources.join(', '), width, '  '));
  }
  return lines;
}

// "Antony Blinken (US Secretary of State)": a person's first role says who they are here.
function entityName(entity: ArticleEntity): string {
  const role = entity.roles[0];
  return role === undefined ? entity.name : `${entity.name} (${role})`;
}
