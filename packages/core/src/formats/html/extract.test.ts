import { describe, expect, it } from 'vitest';
import { extractHtmlArticle, MIN_ARTICLE_WORDS } from './extract.js';
import { benchmarkPage, encodeLegacy, parseErrorOf, readabilityMetadata, readabilityPage } from './_fixtures.js';

const encode = (s: string) => new TextEncoder().encode(s);
const text = (blocks: { text: string }[]) => blocks.map((b) => b.text).join('\n');
const story =
  '<p>The city council voted on Tuesday to approve a new budget that raises spending on schools and roads.</p>' +
  '<p>“We listened to residents,” the mayor said, adding that the plan would take effect in July.</p>';

describe('extractHtmlArticle on real pages', () => {
  it('reads a Guardian article: body without boilerplate, and every metadata field', () => {
    const record = extractHtmlArticle(readabilityPage('guardian-1'), 'guardian-1.html');
    expect(record).toMatchObject({
      title: readabilityMetadata('guardian-1').title,
      author: 'Eleanor Ainge Roy',
      published: '2019-01-03T07:00:02.000Z',
      outlet: 'the Guardian',
      language: 'en',
      url: 'https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us-maori-tribes-fearful-over-whale-strandings',
      credit: null,
      summaryOnly: false,
    });
    expect(record.blocks[0]?.text).toMatch(/^Whale whisperer Hori Parata was just seven years old/);
    expect(record.blocks.at(-1)?.text).toMatch(/So what is the sea telling us\? We need to listen\.”$/);
    expect(text(record.blocks)).not.toMatch(/Share on Facebook|Sign up|Most viewed/i);
  });

  it('reads a Czech article and a Brazilian one with their languages and diacritics', () => {
    const czech = extractHtmlArticle(readabilityPage('aktualne'), 'aktualne.html');
    expect(czech).toMatchObject({ author: 'Aleš Vávra', outlet: 'Aktuálně.cz', language: 'cs', published: '2021-11-01T10:52:50+0100' });
    expect(czech.title).toBe('West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout');
    const brazil = extractHtmlArticle(readabilityPage('folha'), 'folha.html');
    expect(brazil).toMatchObject({ outlet: 'Folha de S.Paulo', language: 'pt-BR', published: '2018-12-21T12:55:00Z' });
    expect(brazil.title).toBe('Tite diz que errou ao levar taça da Libertadores a Lula em 2012');
  });

  it('reads a Wall Street Journal page from JSON-LD and matches the benchmark’s body text', () => {
    const page = benchmarkPage('042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856');
    const record = extractHtmlArticle(page.bytes, 'wsj.html');
    expect(record).toMatchObject({
      title: 'Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay',
      author: 'Sarah E. Needleman',
      published: '2019-11-19T13:03:00.000Z',
      outlet: 'Wall Street Journal',
      url: page.url,
      language: 'en-US',
    });
    // The page is a paywall teaser, so the whole body is three paragraphs ending in "All...".
    expect(text(record.blocks).replace(/\s+/g, ' ')).toBe(page.articleBody.replace(/\s+/g, ' '));
  });

  it('reads a page re-encoded as windows-1252 the same as the UTF-8 original', () => {
    const utf8 = new TextDecoder().decode(readabilityPage('guardian-1')).replace(/<meta charset="utf-8"\s*\/?>/i, '');
    const legacy = encodeLegacy(utf8.replace('<head>', '<head><meta charset="windows-1252">'), 'windows-1252');
    expect(legacy.length).toBeGreaterThan(0);
    const original = extractHtmlArticle(readabilityPage('guardian-1'), 'utf8.html');
    const decoded = extractHtmlArticle(legacy, 'cp1252.html');
    expect(decoded.blocks).toEqual(original.blocks);
    expect(decoded.title).toBe(original.title);
    expect(text(decoded.blocks)).toContain('Māori'); // ā is not in windows-1252: it travelled as &#257;
  });
});

describe('extractHtmlArticle on small pages', () => {
  it('drops a repeated headline and keeps subheadings', () => {
    const html = `<html lang="en"><head><title>Budget approved</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Budget approved</h1>${story}<h2>What happens next</h2>${story}</article><footer>© Example</footer></body></html>`;
    const record = extractHtmlArticle(encode(html), 'small.html');
    expect(record.title).toBe('Budget approved');
    expect(record.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'subheading', 'paragraph', 'paragraph']);
    expect(record).toMatchObject({ language: 'en', author: null, published: null, outlet: null, url: null });
  });
});

describe('extractHtmlArticle refuses what is not an article page', () => {
  const reasonOf = (input: string | Uint8Array) => parseErrorOf(() => extractHtmlArticle(typeof input === 'string' ? encode(input) : input, 'in')).reason;

  it('with a reason naming what the input is', () => {
    expect(reasonOf('')).toBe('not HTML: no HTML markup found');
    expect(reasonOf('Just some plain text, no markup at all.\nSecond line.')).toBe('not HTML: no HTML markup found');
    expect(reasonOf('{"title": "JSON", "body": "a < b"}')).toBe('not HTML: no HTML markup found');
    expect(reasonOf('<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title></channel></rss>')).toBe(
      'an RSS or Atom feed, not an HTML page',
    );
    expect(reasonOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('binary file (PNG image), not HTML');
  });

  it('when the page has no readable main text', () => {
    expect(reasonOf('<html><body></body></html>')).toMatch(/^no readable main text/);
    const index = `<html><body><h1>Latest news</h1><ul>${'<li><a href="/a">Headline here</a></li>'.repeat(3)}</ul></body></html>`;
    expect(reasonOf(index)).toMatch(new RegExp(`^no readable main text: \\d+ words found, an article has at least ${MIN_ARTICLE_WORDS}$`));
  });

  it('when the page holds more nodes, or nests them deeper, than any article needs', () => {
    expect(reasonOf(`<html><body>${story}${'<i></i>'.repeat(100_000)}</body></html>`)).toBe(
      'page too complex: more than 50000 elements and text nodes',
    );
    expect(reasonOf(`<html><body>${story}${'<ul><li>'.repeat(10_000)}</body></html>`)).toMatch(
      /^page too complex: its elements nest \d+ levels in total, over the 400000 limit$/,
    );
  });
});
