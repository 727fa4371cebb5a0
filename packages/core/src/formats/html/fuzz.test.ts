// Property-based and fuzz tests: random, truncated, oversized, wrongly encoded and hostile HTML
// through extractHtmlArticle and htmlToBlocks. Each input must end in a record (or blocks) or a
// ParseError with a clear reason: never another exception, a hang or a stack overflow.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Block } from '../../model.js';
import { ParseError } from '../../parse/errors.js';
import type { ArticleRecord } from '../record.js';
import { htmlToBlocks } from './blocks.js';
import { extractHtmlArticle } from './extract.js';
import { benchmarkPage, encodeLegacy, readabilityPage } from './_fixtures.js';

// Slowest acceptable time for one input: small ones take milliseconds, the multi-megabyte hostile
// ones under two seconds on one core; a hang or a quadratic blow-up shows far above these. The
// bounds leave room for CI, which runs several suites at once on 2 cores: they catch runaways only.
const MAX_MS_SMALL = 10_000;
const MAX_MS_LARGE = 60_000;
const MAX_REASON_CHARS = 200;
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]/;

let tried = 0;
const outcomes = { records: 0, errors: 0 };
afterAll(() => {
  console.info(`html fuzzing: ${tried} inputs tried (${outcomes.records} records, ${outcomes.errors} ParseErrors)`);
});

function expectBlocks(blocks: Block[]): void {
  for (const block of blocks) {
    expect(['paragraph', 'subheading']).toContain(block.type);
    expect(block.text).toBe(block.text.trim());
    expect(block.text).not.toBe('');
    expect(block.text).not.toMatch(/\s\s/);
    expect(block.text).not.toMatch(CONTROL);
  }
}

function expectRecord(record: ArticleRecord): void {
  expect(record.blocks.length).toBeGreaterThan(0);
  expectBlocks(record.blocks);
  for (const field of [record.title, record.author, record.published, record.outlet, record.url, record.language]) {
    if (field !== null) {
      expect(field).toBe(field.trim());
      expect(field.length).toBeGreaterThan(0);
      expect(field.length).toBeLessThanOrEqual(1000);
    }
  }
  expect(record.summaryOnly).toBe(false);
}

/** Runs extractHtmlArticle and htmlToBlocks on one input and checks the outcome and the time taken. */
function check(bytes: Uint8Array, maxMs = MAX_MS_SMALL): void {
  tried++;
  let started = performance.now();
  try {
    expectRecord(extractHtmlArticle(bytes, 'fuzz.html'));
    outcomes.records++;
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    expect(error.file).toBe('fuzz.html');
    expect(error.reason.length).toBeGreaterThan(0);
    expect(error.reason.length).toBeLessThan(MAX_REASON_CHARS);
    outcomes.errors++;
  }
  expect(performance.now() - started).toBeLessThan(maxMs);
  // htmlToBlocks takes any string: whatever the bytes decode to, it must give blocks.
  started = performance.now();
  expectBlocks(htmlToBlocks(new TextDecoder().decode(bytes)));
  expect(performance.now() - started).toBeLessThan(maxMs);
}

// Pieces that break parsers: controls, BOMs, lone surrogates, bidi overrides, combining marks,
// entities (valid, invalid, huge), markup fragments and line ends of every kind.
const HOSTILE = [
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\ufeff', '\ufffd', '\ud800', '\udfff', '\u202e', '\u200f', '\u2066',
  '\u0301\u0301\u0301', 'ع', 'שָׁלוֹם', '👩‍👩‍👧', '\r', '\n', '\r\n', '\u2028', '\t', '"', "'", '<', '>', '&', '&amp;',
  '&#0;', '&#xD800;', '&#x110000;', '&#99999999999;', '&lol;', '&amp', '<![CDATA[', ']]>', '<!--', '-->', '<p>', '</p>',
  '</div>', '<br/>', '<script>', '</script>', '<?xml', '<!DOCTYPE html>', '<meta charset="shift_jis">', '<svg><g/>', '</>',
];
const SENTENCE = 'The regional council voted on Tuesday to approve the budget, officials said after the long meeting.';
const TAGS = [
  'p', 'div', 'span', 'a', 'b', 'i', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'blockquote', 'pre', 'br',
  'img', 'article', 'section', 'main', 'nav', 'aside', 'header', 'footer', 'figure', 'figcaption', 'script', 'style',
  'noscript', 'template', 'svg', 'math', 'title', 'textarea', 'form', 'font', 'time', 'iframe', 'dd', 'dt', 'select',
];
const ATTRIBUTES = [
  'class="article-body"', 'class="share-bar"', 'class="ad"', 'id="related"', 'hidden', 'aria-hidden="true"', 'dir="rtl"',
  'style="display:none"', 'lang="ar"', 'href="javascript:alert(1)"', 'datetime="2024-01-01"', 'title="a > b"', "data-x='<p>'",
  'role="navigation"', 'class="newsletter"', 'itemprop="datePublished" content="2020-02-02"', 'onload="x()"',
];

const text = fc.oneof(
  fc.constant(SENTENCE),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.array(fc.constantFrom(...HOSTILE), { maxLength: 6 }).map((parts) => parts.join('')),
  fc.lorem({ maxCount: 40 }),
);
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .record({
        tag: fc.constantFrom(...TAGS),
        attributes: fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 2 }),
        children: fc.array(tie('node'), { maxLength: 5 }),
        closed: fc.boolean(),
      })
      .map(({ tag, attributes, children, closed }) =>
        `<${[tag, ...attributes].join(' ')}>${children.join('')}${closed ? `</${tag}>` : ''}`,
      ),
  ),
}));
const head = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<meta charset="utf-8">', '<meta charset="windows-1252">', '<meta charset="shift_jis">', '<meta charset="bogus">',
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">', '<link rel="canonical" href="https://e.x/a">',
        '<meta property="og:site_name" content="Site">', '<meta property="article:published_time" content="2024-02-29">',
        '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":1},null,"X"],"headline":{}}</script>',
        '<script type="application/ld+json">[[[[[[{"@graph":{"@type":"Article","publisher":[]}}]]]]]]</script>',
        '<script type="application/ld+json">{"@type":</script>',
      ),
      text.map((t) => `<title>${t}</title>`),
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(''));
/** A page from the grammar: sometimes with a real story, so that records come out as well as errors. */
const page = fc
  .tuple(head, fc.array(node, { maxLength: 8 }), fc.boolean(), fc.constantFrom('', 'lang="en"', 'lang="he" dir="rtl"'))
  .map(([h, body, story, lang]) =>
    `<!doctype html><html ${lang}><head>${h}</head><body>${body.join('')}${story ? `<article><p>${SENTENCE}</p><p>${SENTENCE}</p></article>` : ''}</body></html>`,
  );

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string) => Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(s, (c) => c.charCodeAt(0)).buffer)]);
/** The same page in one of several encodings, some of them contradicting its <meta charset>. */
const encoded = fc
  .tuple(page, fc.constantFrom('utf-8', 'windows-1252', 'shift_jis', 'utf-16le', 'latin1-bytes'))
  .map(([html, encoding]) => {
    if (encoding === 'utf-8') return utf8(html);
    if (encoding === 'utf-16le') return utf16(html);
    if (encoding === 'latin1-bytes') return Uint8Array.from(html, (c) => c.charCodeAt(0) & 0xff);
    return encodeLegacy(html, encoding);
  });
const truncated = (data: fc.Arbitrary<Uint8Array>) =>
  fc.tuple(data, fc.double({ min: 0, max: 1, noNaN: true })).map(([bytes, at]) => bytes.subarray(0, Math.floor(bytes.length * at)));
const corrupted = (data: fc.Arbitrary<Uint8Array>) =>
  fc.tuple(data, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 })).map(([bytes, edits]) => {
    const copy = new Uint8Array(bytes);
    for (const [at, value] of edits) if (copy.length > 0) copy[at % copy.length] = value;
    return copy;
  });

describe('fuzzing extractHtmlArticle and htmlToBlocks', () => {
  it('handles random pages from an HTML grammar, in any encoding, truncated or corrupted', () => {
    fc.assert(fc.property(page, (html) => check(utf8(html))), { numRuns: 300 });
    fc.assert(fc.property(encoded, (bytes) => check(bytes)), { numRuns: 200 });
    fc.assert(fc.property(truncated(encoded), (bytes) => check(bytes)), { numRuns: 150 });
    fc.assert(fc.property(corrupted(encoded), (bytes) => check(bytes)), { numRuns: 150 });
    expect(outcomes.records).toBeGreaterThan(0);
  });

  it('handles random bytes and random strings', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 8192 }), (bytes) => check(bytes)), { numRuns: 150 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 4096 }), (s) => check(utf8(`<p>${s}`))), { numRuns: 150 });
  });

  it('handles real pages cut short, corrupted, or with hostile markup spliced in', () => {
    const pages = [
      readabilityPage('guardian-1'),
      readabilityPage('aktualne'),
      readabilityPage('qq'),
      benchmarkPage('04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34').bytes,
    ];
    // Arbitraries describe the change and the predicate applies it, so a failure prints a few numbers, not a page.
    const at = fc.double({ min: 0, max: 1, noNaN: true });
    const edits = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 });
    const parts = fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 20 });
    const which = fc.integer({ min: 0, max: pages.length - 1 });
    const pageAt = (i: number) => pages[i] ?? new Uint8Array();
    fc.assert(fc.property(which, at, (i, cut) => check(pageAt(i).subarray(0, Math.floor(pageAt(i).length * cut)))), { numRuns: 20 });
    fc.assert(
      fc.property(which, edits, (i, changes) => {
        const copy = new Uint8Array(pageAt(i));
        for (const [offset, value] of changes) copy[offset % copy.length] = value;
        check(copy);
      }),
      { numRuns: 20 },
    );
    fc.assert(
      fc.property(which, at, parts, (i, where, inserted) => {
        const bytes = pageAt(i);
        const cut = Math.floor(bytes.length * where);
        check(Uint8Array.from([...bytes.subarray(0, cut), ...utf8(inserted.join('')), ...bytes.subarray(cut)]));
      }),
      { numRuns: 20 },
    );
  });

  it('handles hostile shapes at megabyte scale: deep nesting, huge text nodes, entity floods, too many elements', () => {
    const units = [
      '<div>', '<p><li>', '<p><p><div></p>', '<table><tr><td>', '<svg><foreignObject>', '<b><i>', '<font>', '<h1><h2>',
      '<i></i>', '<br>', '&amp;', '&eacute;x', '<', '<!--', '<a href="', '<meta charset', 'word ', '\u0301', '\u202eשָׁ ', '[',
      '<script type="application/ld+json">[', '</p>', '</br>', '<!---->', '<p>x</p>', '<title>x', '<![CDATA[x]]>',
      '<meta charset=   ', '<?xml ?>', ' ', '<!doctype html>', '<ul><li>', '<li><a href=x>y</a></li>', '<img src=x>',
      '<a href=x>x</a>', '<table><tr><td>x</td></tr></table>', '>', '\u00a0', 'a>b ', '<xmp>', '<textarea>',
    ];
    // Shapes aimed at the scans before parsing (feed prolog, <meta charset>), which read the start of the page.
    const prolog = ['<!--', '<!---->', '<?xml ?>', ' ', '<meta charset=   ', '<meta charset', '<!doctype html>', '<'];
    // Under MAX_HTML_BYTES whatever the unit: the size limit has its own test.
    const hostilePage = (unit: string, count: number, lead: boolean) => {
      const times = Math.min(count, Math.floor((7 * 1024 * 1024) / utf8(unit).length));
      const story = `<p>${SENTENCE}</p><p>${SENTENCE}</p>`;
      // Units before <html> reach the prolog and charset scans; after the story, the DOM.
      return utf8(lead ? `<html><body>${story}${unit.repeat(times)}</body></html>` : `${unit.repeat(times)}<html><body>${story}</body></html>`);
    };
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.integer({ min: 1_000, max: 1_500_000 }), fc.boolean(), (unit, count, lead) =>
        check(hostilePage(unit, count, lead), MAX_MS_LARGE),
      ),
      { numRuns: 15, endOnFailure: true },
    );
    // Each shape once at the largest size too.
    for (const unit of units) check(hostilePage(unit, Number.MAX_SAFE_INTEGER, true), MAX_MS_LARGE);
    for (const unit of prolog) check(hostilePage(unit, Number.MAX_SAFE_INTEGER, false), MAX_MS_LARGE);
  }, 300_000);
});
