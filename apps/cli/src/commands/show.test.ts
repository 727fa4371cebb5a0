import type { ArticleEnrichment } from '@dateline/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, forgetEnrichment, makeDataDir, parseJson, runDateline, seedsDir } from '../test/dateline.js';

interface ExportedArticle {
  id: string;
  date: string;
  title: string;
  blocks: { type: 'paragraph' | 'subheading'; text: string }[];
  credit: string | null;
}

let data: string;
let cleanup: () => Promise<void>;
let article: ExportedArticle;

beforeAll(async () => {
  assertBuilt();
  ({ dir: data, cleanup } = await makeDataDir());
  const imported = await runDateline(['import', '--data', data, seedsDir]);
  expect(imported.code, imported.stderr).toBe(0);
  const exported = await runDateline(['export', '--data', data]);
  const articles = exported.stdout.trim().split('\n').map((line) => JSON.parse(line) as ExportedArticle);
  // The seed with subheadings and an "Image: AP" credit shows every part of the layout.
  const withCredit = articles.find((a) => a.credit !== null && a.blocks.some((b) => b.type === 'subheading'));
  if (withCredit === undefined) throw new Error('no seed article with a credit and subheadings');
  article = withCredit;
});

afterAll(() => cleanup());

describe('dateline show', () => {
  it('prints title, date, subheadings, paragraphs wrapped to 80 columns when piped, then the credit', async () => {
    const run = await runDateline(['show', '--data', data, article.id]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(article.title);
    expect(lines[1]).toMatch(new RegExp(`^${article.date} · \\d+ words · ${article.id}$`));
    const subheading = article.blocks.find((b) => b.type === 'subheading')!.text;
    expect(lines).toContain(subheading);
    // The credit closes the article's own text, right after its last paragraph.
    const lastBlock = article.blocks.at(-1)!.text.split(/\s+/).at(-1)!;
    const credit = lines.indexOf(`Image: ${article.credit}`);
    expect(lines[credit - 2]?.endsWith(lastBlock)).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    // Wrapping changes only line breaks: every paragraph's words come out in order.
    const flattened = run.stdout.replace(/\s+/g, ' ');
    for (const block of article.blocks) expect(flattened).toContain(block.text.replace(/\s+/g, ' '));
    // Not a terminal: no escape codes.
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('ends with the quotes by speaker, the people, places and organisations named, and the sources cited', async () => {
    const { enrichment } = parseJson<{ enrichment: ArticleEnrichment }>(await runDateline(['show', '--data', data, '--json', article.id]));
    const run = await runDateline(['show', '--data', data, article.id]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    const quotes = lines.indexOf(`Quotes (${enrichment.quotes.length})`);
    expect(quotes).toBeGreaterThan(lines.indexOf(`Image: ${article.credit}`));
    // Counted from --json, so the test follows the extractors as they improve.
    const byLavrov = enrichment.quotes.filter((quote) => quote.speaker === 'Lavrov');
    expect(lines).toContain(`  Lavrov, Russian Foreign Minister (${byLavrov.length})`);
    const flat = run.stdout.replace(/\s+/g, ' ');
    const direct = byLavrov.find((quote) => quote.kind === 'direct' && quote.citedSource === null)!;
    const reported = byLavrov.find((quote) => quote.kind === 'reported' && quote.citedSource === null)!;
    const cited = enrichment.quotes.find((quote) => quote.kind === 'direct' && quote.citedSource === 'Sputnik')!;
    const oneLine = (text: string): string => text.replace(/\s+/g, ' ');
    expect(flat).toContain(oneLine(`“${direct.text}”`));
    expect(flat).toContain(oneLine(`(reported) ${reported.text}`));
    expect(flat).toContain(oneLine(`“${cited.text}” (according to Sputnik)`));
    const entities = lines.indexOf('People, places, organisations');
    expect(entities).toBeGreaterThan(quotes);
    expect(lines[entities + 1]).toMatch(/^ {2}People: .*Sergey Lavrov \(Russian Foreign Minister\)/);
    expect(flat).toMatch(/ Places: [^:]*Geneva/);
    expect(flat).toMatch(/ Organisations: [^:]*NATO/);
    expect(enrichment.citedSources).toContain('Sputnik');
    expect(flat.endsWith(` Sources cited ${enrichment.citedSources.join(', ')} `)).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('prints the article and its enrichment as JSON with --json', async () => {
    const run = await runDateline(['show', '--data', data, '--json', article.id]);
    expect(run.code, run.stderr).toBe(0);
    const shown = parseJson<{ enrichment: ArticleEnrichment }>(run);
    expect(shown).toMatchObject({ id: article.id, date: article.date, title: article.title, blocks: article.blocks });
    expect(shown.enrichment.citedSources).toContain('Sputnik');
    expect(shown.enrichment.entities).toContainEqual(expect.objectContaining({ key: 'person:sergey lavrov', kind: 'person', name: 'Sergey Lavrov' }));
    expect(shown.enrichment.quotes).toContainEqual(expect.objectContaining({ speaker: 'Lavrov', speakerKey: 'person:sergey lavrov', kind: 'direct' }));
  });

  it('says on stderr when the article waits to be analysed, and shows no enrichment', async () => {
    const waiting = await makeDataDir();
    try {
      expect((await runDateline(['import', '--data', waiting.dir, seedsDir])).code).toBe(0);
      await forgetEnrichment(waiting.dir);
      const run = await runDateline(['show', '--data', waiting.dir, article.id]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.trimEnd().endsWith(`Image: ${article.credit}`)).toBe(true);
      expect(run.stderr).toBe('This article is not yet analysed for quotes and names: run dateline import again to analyse it.\n');
      const json = await runDateline(['show', '--data', waiting.dir, '--json', article.id]);
      expect(parseJson<{ enrichment: null }>(json).enrichment).toBeNull();
    } finally {
      await waiting.cleanup();
    }
  });

  it('exits 1 with a message for an unknown id', async () => {
    const run = await runDateline(['show', '--data', data, '0000000000000000']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('error: no article with id "0000000000000000"\n');
  });
});
