import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyOf, bytesOf, CORPORA, errorsOf, recordsOf } from './_fixtures.js';
import { parseFeed } from './feeds.js';
import { MAX_FEED_BYTES } from './limits.js';
import { cleanLine } from './plain-text.js';

const FEEDS = new URL('feeds/rss-parser-feeds/test/', CORPORA);
const feed = (text: string | Uint8Array) => parseFeed(bytesOf(text), 'f.xml');
const rss = (items: string, channel = '<title>The Paper</title><language>en-gb</language>') =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${channel}${items}</channel></rss>`;

describe('parseFeed on real feeds', () => {
  // rss-parser's own output misreads these: Latin-1 shown as U+FFFD, and entities and <sup> left in titles.
  const BETTER_THAN_REFERENCE = new Set(['encoding.rss', 'uolNoticias.rss', 'craigslist.rss']);
  const inputs = readdirSync(new URL('input/', FEEDS)).filter((name) => existsSync(new URL(`output/${name.replace(/\.\w+$/, '.json')}`, FEEDS)));

  it.each(inputs)('%s has the items, titles and links of the reference parse', (name) => {
    const results = parseFeed(readFileSync(new URL(`input/${name}`, FEEDS)), name);
    const expected = JSON.parse(readFileSync(new URL(`output/${name.replace(/\.\w+$/, '.json')}`, FEEDS), 'utf8')).feed.items as {
      title?: string;
      link?: string;
    }[];
    expect(results).toHaveLength(expected.length);
    if (BETTER_THAN_REFERENCE.has(name)) return;
    results.forEach((result, i) => {
      if (!('record' in result)) return;
      expect(result.record.title).toBe(cleanLine(expected[i]?.title ?? ''));
      expect(result.record.url).toBe(cleanLine(expected[i]?.link ?? ''));
    });
  });

  it('decodes a Latin-1 feed by its declaration, and an undeclared one by falling back to windows-1252', () => {
    const declared = recordsOf(parseFeed(readFileSync(new URL('input/encoding.rss', FEEDS)), 'encoding.rss'));
    expect(declared[0]?.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
    const undeclared = recordsOf(parseFeed(readFileSync(new URL('input/uolNoticias.rss', FEEDS)), 'uolNoticias.rss'));
    expect(undeclared[0]?.title).toBe('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
    expect(undeclared[0]?.outlet).toBe('UOL Noticias');
  });

  it('reads full content, channel title and language from the Guardian feed', () => {
    const [first] = recordsOf(parseFeed(readFileSync(new URL('input/guardian.rss', FEEDS)), 'guardian.rss'));
    expect(first).toMatchObject({
      title: 'Trump State of the Union address promised unity but emphasized discord',
      published: 'Wed, 31 Jan 2018 07:26:05 GMT',
      summaryOnly: true,
      language: 'en-gb',
      url: expect.stringContaining('theguardian.com'),
    });
    expect(first?.outlet).toMatch(/Guardian/);
  });

  it('reads RSS 1.0 (RDF) and Atom feeds', () => {
    const [atom] = recordsOf(parseFeed(readFileSync(new URL('input/heise.atom', FEEDS)), 'heise.atom'));
    expect(atom).toMatchObject({ title: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei', outlet: 'heise developer neueste Meldungen' });
    const rdf = parseFeed(readFileSync(new URL('input/craigslist.rss', FEEDS)), 'craigslist.rss');
    expect(recordsOf(rdf)[0]?.published).toBe('2017-06-21T10:33:10-07:00');
  });
});

describe('parseFeed', () => {
  it('takes content:encoded as the body and marks description-only items summaryOnly', () => {
    const results = feed(
      rss(`<item><title>Full</title><link>https://x.test/1</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate><dc:creator>Jane Doe</dc:creator>
        <description>Teaser.</description><content:encoded><![CDATA[<p>First &amp; full.</p><h2>More</h2><p>Second.</p>]]></content:encoded></item>
        <item><title>Teaser only</title><author>jo@x.test (Jo Bloggs)</author><description>&lt;p&gt;Just a &lt;b&gt;teaser&lt;/b&gt;.&lt;/p&gt;</description></item>
        <item><title>Nothing</title></item>`),
    );
    expect(results.map((r) => r.location)).toEqual([1, 2, 3].map((record) => ({ file: 'f.xml', record })));
    const [full, teaser] = recordsOf(results);
    expect(full).toEqual({
      published: 'Tue, 02 Jan 2024 10:00:00 GMT',
      title: 'Full',
      blocks: [
        { type: 'paragraph', text: 'First & full.' },
        { type: 'subheading', text: 'More' },
        { type: 'paragraph', text: 'Second.' },
      ],
      outlet: 'The Paper',
      url: 'https://x.test/1',
      author: 'Jane Doe',
      language: 'en-gb',
      credit: null,
      summaryOnly: false,
    });
    expect(teaser).toMatchObject({ summaryOnly: true, author: 'Jo Bloggs', blocks: [{ type: 'paragraph', text: 'Just a teaser.' }] });
    expect(errorsOf(results)).toEqual(['3: item has no content, description or summary text']);
  });

  it('reads Atom html, xhtml and text content and its alternate link', () => {
    const results = feed(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title type="html">A &amp;amp; B</title>
      <entry><title>X</title><link rel="self" href="https://x.test/self"/><link href="https://x.test/a"/><updated>2024-01-01T00:00:00Z</updated>
        <author><name>Ann</name></author><author><name>Bob</name></author>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One <b>bold</b> &amp; more.</p></div></content></entry>
      <entry><title>Y</title><content type="html">&lt;p&gt;Escaped &amp;amp; fine.&lt;/p&gt;</content></entry>
      <entry><title>Z</title><summary>Plain &lt;not a tag&gt; summary.</summary></entry></feed>`);
    expect(recordsOf(results).map((r) => [r.title, r.url, r.author, r.outlet, r.language, bodyOf(r), r.summaryOnly])).toEqual([
      ['X', 'https://x.test/a', 'Ann, Bob', 'A & B', 'de', 'One bold & more.', false],
      ['Y', null, null, 'A & B', 'de', 'Escaped & fine.', false],
      ['Z', null, null, 'A & B', 'de', 'Plain <not a tag> summary.', true],
    ]);
  });

  it('reads JSON Feed 1.1 and 1.0', () => {
    const json = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JSON Paper',
      language: 'fr',
      items: [
        { id: '1', url: 'https://x.test/1', title: 'Un', content_html: '<p>Bonjour.</p>', date_published: '2024-01-01T00:00:00Z', authors: [{ name: 'Ann' }] },
        { id: '2', title: 'Deux', content_text: 'Texte.\n\nSuite.', author: { name: 'Bob' }, language: 'fr-CA' },
        { id: '3', title: 'Trois', summary: 'Résumé.' },
        { id: '4' },
        'not an item',
      ],
    };
    const results = feed(JSON.stringify(json));
    expect(recordsOf(results).map((r) => [r.title, r.author, r.language, bodyOf(r), r.summaryOnly])).toEqual([
      ['Un', 'Ann', 'fr', 'Bonjour.', false],
      ['Deux', 'Bob', 'fr-CA', 'Texte.\n\nSuite.', false],
      ['Trois', null, 'fr', 'Résumé.', true],
    ]);
    expect(errorsOf(results)).toEqual(['4: item has no content, description or summary text', '5: item has no content, description or summary text']);
  });

  it.each([
    ['not XML at all', 'hello', /^not a readable feed: not an RSS, RDF or Atom feed/],
    ['an HTML page', '<html><body>x</body></html>', /no <rss>, <rdf:RDF> or <feed> root/],
    ['a feed without items', rss(''), /^feed has no items$/],
    ['JSON that is not a feed', '{"items": []}', /not a JSON Feed/],
    ['broken JSON', '{"version": "https://jsonfeed.org/version/1.1", ', /^not a readable feed: /],
    ['an external entity', `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>${rss('<item><title>&x;</title><description>d</description></item>')}`, /External entities are not supported/],
    ['nesting 10,000 deep', `<rss><channel><item><description>${'<a>'.repeat(10_000)}</description></item>${'<b>'.repeat(10_000)}</channel></rss>`, /nested/i],
    ['a prototype-polluting element', rss('<item><__proto__>x</__proto__><description>d</description></item>'), /reserved/],
  ])('refuses %s with one clear error', (_name, text, reason) => {
    const results = feed(text);
    expect(results).toEqual([{ location: { file: 'f.xml' }, error: expect.stringMatching(reason) }]);
  });

  it('refuses a "billion laughs" and a quadratic blow-up without expanding them', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>`;
    const started = Date.now();
    const billion = feed(`${laughs}${rss('<item><title>&lol9;</title><description>d</description></item>')}`);
    // Entities that refer to entities are never defined, so the reference stays as written.
    expect(recordsOf(billion)[0]?.title).toBe('&lol9;');
    const big = 'x'.repeat(9000);
    const quadratic = feed(`<!DOCTYPE r [<!ENTITY b "${big}">]>${rss(`<item><title>${'&b;'.repeat(100_000)}</title><description>d</description></item>`)}`);
    expect(quadratic).toEqual([{ location: { file: 'f.xml' }, error: expect.stringMatching(/Expanded content length limit exceeded/) }]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a feed over the size limit before parsing it', () => {
    expect(parseFeed(new Uint8Array(MAX_FEED_BYTES + 1), 'big.xml')).toEqual([{ location: { file: 'big.xml' }, error: 'feed is larger than the 8 MiB limit for one feed' }]);
  });
});
