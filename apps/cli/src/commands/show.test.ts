import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, makeDataDir, runDateline, seedsDir } from '../test/dateline.js';

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
  it('prints title, date, subheadings, paragraphs wrapped to 80 columns when piped, and the credit', async () => {
    const run = await runDateline(['show', '--data', data, article.id]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(article.title);
    expect(lines[1]).toMatch(new RegExp(`^${article.date} · \\d+ words · ${article.id}$`));
    const subheading = article.blocks.find((b) => b.type === 'subheading')!.text;
    expect(lines).toContain(subheading);
    expect(run.stdout.trimEnd().endsWith(`Image: ${article.credit}`)).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    // Wrapping changes only line breaks: every paragraph's words come out in order.
    const flattened = run.stdout.replace(/\s+/g, ' ');
    for (const block of article.blocks) expect(flattened).toContain(block.text.replace(/\s+/g, ' '));
    // Not a terminal: no escape codes.
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('prints the article as JSON with --json', async () => {
    const run = await runDateline(['show', '--data', data, '--json', article.id]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: article.id, date: article.date, title: article.title, blocks: article.blocks });
  });

  it('exits 1 with a message for an unknown id', async () => {
    const run = await runDateline(['show', '--data', data, '0000000000000000']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('error: no article with id "0000000000000000"\n');
  });
});
