import type { ArticleSummary, StorySummary } from '@dateline/core';
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ArticleTeaser from './ArticleTeaser.svelte';
import StoryTeaser from './StoryTeaser.svelte';

const article: ArticleSummary = {
  id: 'c66e0426fc53bf12',
  date: '2022-01-21',
  title: 'Blinken & Lavrov <meet> in Geneva',
  titleInferred: false,
  wordCount: 600,
  credit: null,
  outlet: null,
  summaryOnly: false,
  excerpt: 'The two ministers met for ninety minutes.',
  storyId: null,
};

const story: StorySummary = { id: 'c66e0426fc53bf12~2', headline: 'Talks in Geneva', firstDate: '2022-01-21', lastDate: '2022-01-23', articleCount: 3 };

// Without Svelte's hydration comments, as a browser reads the markup.
const markup = (body: string) => body.replace(/<!--[^]*?-->/g, '');
const teaserShape = /^<article class="teaser[^"]*" data-nav-item=""><(h[234]) class="title[^"]*"><a href="([^"]+)"[^>]*>(.*?)<\/a><\/\1>(.*)<p class="meta small muted[^"]*">(.*)<\/p><\/article>$/s;

describe('teasers', () => {
  it('lay an article out as title link, excerpt, then its details', () => {
    const html = markup(render(ArticleTeaser, { props: { article, level: 4, showDate: true } }).body);
    const [, heading, href, title, body, meta] = teaserShape.exec(html) ?? [];
    expect([heading, href, title]).toEqual(['h4', '/articles/c66e0426fc53bf12', 'Blinken &amp; Lavrov &lt;meet> in Geneva']);
    expect(body).toContain('<p class="excerpt">The two ministers met for ninety minutes.</p>');
    expect(meta).toMatch(/^<time datetime="2022-01-21">Friday 21 January 2022<\/time> · /);
  });

  it('name the outlet first and say when an article is only a feed summary', () => {
    const html = markup(render(ArticleTeaser, { props: { article: { ...article, outlet: 'The Guardian', summaryOnly: true } } }).body);
    const [, , , , , meta] = teaserShape.exec(html) ?? [];
    expect(meta).toMatch(/^The Guardian · .* · summary only/);
  });

  it('put what an article teaser is given in place of the excerpt', () => {
    const children = createRawSnippet(() => ({ render: () => '<p class="snippet">the <mark>ministers</mark> met</p>' }));
    const html = markup(render(ArticleTeaser, { props: { article, children } }).body);
    const [, heading, , , body] = teaserShape.exec(html) ?? [];
    expect(heading).toBe('h3');
    expect(body).toContain('<mark>ministers</mark>');
    expect(body).not.toContain('excerpt');
  });

  it('lay a story out the same way: headline link, then its span and size', () => {
    const html = markup(render(StoryTeaser, { props: { story } }).body);
    const [, heading, href, title, body, meta] = teaserShape.exec(html) ?? [];
    expect([heading, href, title]).toEqual(['h2', '/stories/c66e0426fc53bf12~2', 'Talks in Geneva']);
    expect(body?.trim()).toBe('');
    expect(meta).toBe(
      '<time datetime="2022-01-21">Friday 21 January 2022</time> – <time datetime="2022-01-23">Sunday 23 January 2022</time> · 3 articles',
    );
  });
});
