import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom.js';
import { readPageMetadata } from './metadata.js';

const metadataOf = (head: string, body = '', htmlAttributes = '') =>
  readPageMetadata(parseDocument(`<!doctype html><html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`));

describe('readPageMetadata', () => {
  it('reads Open Graph and article meta tags, the canonical link and the page language', () => {
    const head = `<title>Storm hits coast - Example News</title>
      <meta property="og:title" content="Storm hits coast"><meta property="og:site_name" content="Example News">
      <meta name="author" content="Jane  Doe"><meta property="article:published_time" content="2024-03-01T08:00:00Z">
      <meta property="og:url" content="https://example.com/og"><link rel="canonical" href="https://example.com/storm">`;
    expect(metadataOf(head, '', 'lang="en-GB"')).toEqual({
      title: 'Storm hits coast',
      author: 'Jane Doe',
      published: '2024-03-01T08:00:00Z',
      outlet: 'Example News',
      language: 'en-GB',
      url: 'https://example.com/storm',
    });
  });

  it('reads JSON-LD articles, inside @graph and with lists of authors', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        {
          '@type': ['NewsArticle'],
          headline: 'Budget passes',
          author: [{ '@type': 'Person', name: 'A. Writer' }, { name: 'B. Writer' }],
          datePublished: '2023-11-02',
          publisher: { '@type': 'Organization', name: 'The Daily' },
          inLanguage: 'fr-CA',
          mainEntityOfPage: { '@id': 'https://daily.example/budget' },
        },
      ],
    };
    const head = `<script type="application/ld+json">{ broken</script><script type="application/ld+json">${JSON.stringify(ld)}</script>`;
    expect(metadataOf(head)).toEqual({
      title: 'Budget passes',
      author: 'A. Writer, B. Writer',
      published: '2023-11-02',
      outlet: 'The Daily',
      language: 'fr-CA',
      url: 'https://daily.example/budget',
    });
  });

  it('falls back to <title>, <time datetime> in the article, og:locale and og:url', () => {
    const head = '<title> Plain title </title><meta property="og:locale" content="de_DE"><meta property="og:url" content="http://x.example/a">';
    const body = '<header><time datetime="2020-01-01">today</time></header><article><time datetime="2019-05-06T10:00">May 6</time></article>';
    expect(metadataOf(head, body)).toMatchObject({ title: 'Plain title', published: '2019-05-06T10:00', language: 'de-DE', url: 'http://x.example/a' });
  });

  it('gives null for what the page does not say, or says unusably', () => {
    const head = `<link rel="canonical" href="/relative"><meta name="author" content="https://facebook.com/someone">
      <meta property="og:site_name" content="${'x'.repeat(5000)}">`;
    expect(metadataOf(head, '', 'lang="not a language tag"')).toEqual({
      title: null, author: null, published: null, outlet: null, language: null, url: null,
    });
  });
});
