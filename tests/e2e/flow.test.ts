// CLI → API → browser: import with the built CLI, serve with `dateline serve`, read the API
// over HTTP and the site in real Chromium, checking content, accessibility and keyboard use.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertReady, guardianDir, runDateline, seedsDir, startServer, type Server } from './dateline.js';

// The slices of the API's JSON the flow reads (core's model types; this package does not depend on core).
interface ArticleSummary {
  id: string;
  date: string;
  title: string;
  credit: string | null;
}
interface Article extends ArticleSummary {
  blocks: { type: 'paragraph' | 'subheading'; text: string }[];
  storyId: string | null;
}
interface StoryView {
  headline: string;
  articleCount: number;
  articles: ArticleSummary[];
  comparison: { discrepancies: { speaker: string; a: { text: string }; b: { text: string } }[] };
}
interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}
interface SearchPage {
  results: { article: ArticleSummary; snippet: string; score: number }[];
  nextCursor: string | null;
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Guardian pieces that mention Lavrov plus two that do not, so search has something to rank.
const GUARDIAN = ['guardian-0000.txt', 'guardian-0001.txt', 'guardian-0013.txt', 'guardian-0017.txt', 'guardian-0034.txt'];

// Raw markup in article text must reach the reader as text, never run.
const SCRIPT_TEXT = "<script>window.__datelineInjected = true; alert('dateline')</script>";
const SCRIPT_ARTICLE = ` date 2022-03-03 Wire copy carried a script tag

A correspondent's draft contained the markup ${SCRIPT_TEXT} pasted from a web page, and the editors kept it as plain text.

The draft was corrected before publication, the desk said on Thursday.

Image: Dateline desk
`;

let dataDir: string;
let server: Server;
let browser: Browser;
let summaries: ArticleSummary[];

beforeAll(async () => {
  assertReady();
  dataDir = await mkdtemp(join(tmpdir(), 'dateline-e2e-'));
  const scriptFile = join(dataDir, 'script-article.txt');
  await writeFile(scriptFile, SCRIPT_ARTICLE);
  const archive = join(dataDir, 'archive');

  const imported = await runDateline(['import', '--data', archive, '--json', seedsDir, scriptFile, ...GUARDIAN.map((f) => join(guardianDir, f))]);
  expect(imported.code, imported.stderr).toBe(0);
  expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 3 + GUARDIAN.length, duplicates: 0, rejected: [] });

  server = await startServer(archive);
  browser = await chromium.launch({
    // Never download a browser: use the system's (apt-get install chromium).
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function getJson<T>(path: string, status = 200): Promise<T> {
  const response = await fetch(new URL(path, server.url));
  expect(response.status, `${path}: ${server.stderr()}`).toBe(status);
  return (await response.json()) as T;
}

/** A new page that fails the test on any uncaught script error or dialog (an alert would mean injected script ran). */
async function openPage(path: string): Promise<Page> {
  // bypassCSP: the site's CSP (rightly) refuses the inline axe-core script the tests inject.
  // The markup test below checks escaping itself, so CSP cannot hide an escaping bug.
  const page = await browser.newPage({ bypassCSP: true });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  (page as Page & { problems: string[] }).problems = problems;
  const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  return page;
}

function problemsOf(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

/** Runs axe-core on the page and fails with the violated rule ids. */
async function expectAccessible(page: Page): Promise<void> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const results: AxeResults = await (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run();
    return results.violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}, ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ') ?? '?'})`);
  });
  expect(violations, `axe violations on ${page.url()}: ${violations.join('; ')}`).toEqual([]);
}

/** Waits until the page has hydrated, i.e. the keyboard shortcuts are live (`/` focuses a search box). */
async function waitForKeys(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      await page.keyboard.press('/');
      return page.evaluate(() => document.activeElement?.hasAttribute('data-search-box') ?? false);
    }, { timeout: 15_000 })
    .toBe(true);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

describe('API over dateline serve', () => {
  it('lists every imported article, newest first', async () => {
    const list = await getJson<ListPage<ArticleSummary>>('/api/articles');
    summaries = list.items;
    expect(list.items).toHaveLength(3 + GUARDIAN.length);
    const dates = list.items.map((a) => a.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(list.nextCursor).toBeNull();
  });

  it('returns one article by id, and a problem for an unknown id', async () => {
    const first = summaries[0]!;
    const article = await getJson<Article>(`/api/articles/${first.id}`);
    expect(article).toMatchObject({ id: first.id, title: first.title, date: first.date });
    expect(article.blocks.length).toBeGreaterThan(0);

    const missing = await fetch(new URL('/api/articles/0000000000000000', server.url));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('searches with ranked, highlighted results', async () => {
    const page = await getJson<SearchPage>('/api/search?q=Lavrov');
    expect(page.results.length).toBeGreaterThanOrEqual(3);
    for (const result of page.results) expect(result.snippet).toMatch(/<mark>Lavrov<\/mark>/i);
    const scores = page.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('site in Chromium', () => {
  it('home lists the article titles, is accessible, and j/k and / work', async () => {
    const page = await openPage('/');
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Latest articles');
    for (const { title } of summaries) expect(await page.getByRole('link', { name: title, exact: true }).count()).toBe(1);
    await expectAccessible(page);

    await waitForKeys(page);
    const focusedTitle = () => page.evaluate(() => document.activeElement?.closest('[data-nav-item]')?.querySelector('a')?.textContent ?? null);
    await page.keyboard.press('j');
    expect(await focusedTitle()).toBe(summaries[0]!.title);
    await page.keyboard.press('j');
    expect(await focusedTitle()).toBe(summaries[1]!.title);
    await page.keyboard.press('k');
    expect(await focusedTitle()).toBe(summaries[0]!.title);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    // Typing in the search box must not trigger the reading keys.
    await page.keyboard.type('jk');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('jk');
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('an article page shows title, subheadings as h2, paragraphs and credit, and is accessible', async () => {
    // The Blinken/Lavrov seed: it has subheadings and an "Image: AP" credit.
    const summary = summaries.find((a) => a.credit === 'AP');
    expect(summary, 'seed with credit AP').toBeDefined();
    const article = await getJson<Article>(`/api/articles/${summary!.id}`);
    const page = await openPage(`/articles/${article.id}`);
    expect(await page.locator('main h1').textContent()).toBe(article.title);
    const subheadings = article.blocks.filter((b) => b.type === 'subheading').map((b) => b.text);
    expect(subheadings.length).toBeGreaterThan(0);
    expect(await page.locator('main article h2').allTextContents()).toEqual(subheadings);
    const firstParagraph = article.blocks.find((b) => b.type === 'paragraph')!.text;
    expect(await page.getByText(firstParagraph, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('Image: AP').isVisible()).toBe(true);
    await expectAccessible(page);

    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it("a story page shows the seeds' sources side by side with Blinken's two wordings, and is accessible", async () => {
    const seed = summaries.find((a) => a.credit === 'AP')!;
    const { storyId } = await getJson<Article>(`/api/articles/${seed.id}`);
    expect(storyId, 'the import placed the seed in a story').toBeTruthy();
    const story = await getJson<StoryView>(`/api/stories/${storyId}`);
    expect(story.articleCount).toBe(2);
    const discrepancy = story.comparison.discrepancies.find((d) => d.speaker === 'Blinken');
    expect([discrepancy?.a.text, discrepancy?.b.text].join(' / ')).toMatch(/clearer path.* \/ .*clear path/);

    const page = await openPage(`/stories/${storyId}`);
    expect(await page.locator('main h1').textContent()).toContain(story.headline);
    for (const article of story.articles) expect(await page.getByRole('link', { name: article.title }).count()).toBeGreaterThan(0);
    expect(await page.locator('del').allTextContents()).toContain('clearer');
    expect(await page.locator('ins').allTextContents()).toContain('clear');
    await expectAccessible(page);
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it("Blinken's entity page charts his mentions, lists his quotes and roles, and is accessible; so is the quotes index", async () => {
    const found = await getJson<ListPage<{ key: string; name: string; articleCount: number }>>('/api/entities?q=blinken');
    expect(found.items[0]).toMatchObject({ key: 'person:antony blinken', articleCount: 2 });
    const page = await openPage(`/entities/${encodeURIComponent(found.items[0]!.key)}`);
    expect(await page.locator('main h1').textContent()).toContain('Antony Blinken');
    expect(await page.getByText(/Secretary of State/).first().isVisible()).toBe(true);
    expect(await page.locator('main svg').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    expect(problemsOf(page)).toEqual([]);
    await page.close();

    const quotes = await getJson<ListPage<{ speakerKey: string | null; text: string }>>('/api/quotes?speaker=Lavrov');
    expect(quotes.items.length).toBeGreaterThan(0);
    const index = await openPage('/quotes?speaker=Lavrov');
    expect(await index.getByText(quotes.items[0]!.text.slice(0, 40), { exact: false }).first().isVisible()).toBe(true);
    await expectAccessible(index);
    expect(problemsOf(index)).toEqual([]);
    await index.close();
  });

  it('on an article, j and k follow the older and newer article links', async () => {
    const [newest, next] = summaries;
    const page = await openPage(`/articles/${newest!.id}`);
    expect(await page.locator('a[data-nav="previous"]').count()).toBe(0);
    await waitForKeys(page);
    await page.keyboard.press('j');
    await page.waitForURL(new URL(`/articles/${next!.id}`, server.url).href);
    await expect.poll(() => page.locator('main h1').textContent()).toBe(next!.title);
    await page.keyboard.press('k');
    await page.waitForURL(new URL(`/articles/${newest!.id}`, server.url).href);
    await expect.poll(() => page.locator('main h1').textContent()).toBe(newest!.title);
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('shows markup from an article as text and never runs it', async () => {
    const summary = summaries.find((a) => a.title === 'Wire copy carried a script tag');
    expect(summary, 'the <script> article').toBeDefined();
    const page = await openPage(`/articles/${summary!.id}`);
    expect(await page.locator('main article').innerText()).toContain(SCRIPT_TEXT);
    expect(await page.evaluate(() => (window as unknown as { __datelineInjected?: boolean }).__datelineInjected)).toBeUndefined();
    expect(await page.evaluate(() => Array.from(document.scripts).some((s) => s.textContent?.trim().startsWith('window.__datelineInjected')))).toBe(false);
    // The server's HTML carries the markup escaped only (as text, and inside the hydration data).
    const html = await (await fetch(new URL(`/articles/${summary!.id}`, server.url))).text();
    expect(html).not.toContain(SCRIPT_TEXT);
    expect(html).toMatch(/&lt;script(>|&gt;)window\.__datelineInjected/);
    expect(await page.getByText('Image: Dateline desk').isVisible()).toBe(true);
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('a search page shows ranked results with <mark>ed matches and is accessible', async () => {
    const api = await getJson<SearchPage>('/api/search?q=Lavrov');
    const page = await openPage('/search?q=Lavrov');
    const titles = await page.locator('main article h2').allTextContents();
    expect(titles).toEqual(api.results.map((r) => r.article.title));
    const marks = page.locator('main mark');
    expect(await marks.count()).toBeGreaterThan(0);
    expect((await marks.allTextContents()).every((text) => /lavrov/i.test(text))).toBe(true);
    expect(await marks.first().isVisible()).toBe(true);
    // `/` goes to the page's own search box, which holds the query.
    await waitForKeys(page);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Lavrov');
    await expectAccessible(page);
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('serves /feed.xml as a well-formed Atom feed of the articles', async () => {
    const response = await fetch(new URL('/feed.xml', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const xml = await response.text();
    const page = await browser.newPage();
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName,
        namespace: root.namespaceURI,
        titles: Array.from(root.children)
          .filter((el) => el.localName === 'entry')
          .map((entry) => Array.from(entry.children).find((el) => el.localName === 'title')?.textContent ?? ''),
      };
    }, xml);
    await page.close();
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('feed');
    expect(feed.namespace).toBe('http://www.w3.org/2005/Atom');
    expect(feed.titles).toEqual(summaries.map((a) => a.title));
    // Links must point back at this plain-HTTP server, not at an assumed https origin.
    expect(xml).toContain(`href="${new URL(`/articles/${summaries[0]!.id}`, server.url).href}"`);
  });
});

describe('dateline serve shutdown', () => {
  it('exits 0 on SIGTERM, closing the server and the store', async () => {
    const code = await server.stop('SIGTERM');
    expect(code, server.stderr()).toBe(0);
  });
});
