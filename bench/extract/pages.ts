import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseDocument, type DomNode } from '../../packages/core/src/formats/html/dom.js';

/** One page of a corpus with what its ground truth says; a field is undefined when the truth lacks it. */
export interface BenchPage {
  corpus: 'readability' | 'benchmark';
  name: string;
  bytes: Uint8Array;
  body: string;
  title?: string;
  byline?: string;
  published?: string;
  siteName?: string;
}

const HTML = new URL('../../../shared/corpora/html/', import.meta.url);

/** Mozilla's Readability test pages: source.html, expected.html (the article) and expected-metadata.json. */
export function readabilityPages(): BenchPage[] {
  const dir = new URL('readability-test-pages/test/test-pages/', HTML);
  return readdirSync(dir)
    .filter((name) => existsSync(new URL(`${name}/expected-metadata.json`, dir)))
    .map((name) => {
      const at = (file: string) => new URL(`${name}/${file}`, dir);
      const meta = JSON.parse(readFileSync(at('expected-metadata.json'), 'utf8')) as Record<string, unknown>;
      const field = (key: string) => (typeof meta[key] === 'string' && meta[key] !== '' ? meta[key] : undefined);
      return {
        corpus: 'readability' as const,
        name,
        bytes: readFileSync(at('source.html')),
        body: htmlText(readFileSync(at('expected.html'), 'utf8')),
        title: field('title'),
        byline: field('byline'),
        published: field('publishedTime'),
        siteName: field('siteName'),
      };
    });
}

/** Zyte's article-extraction-benchmark: gzipped pages and the articleBody of each in ground-truth.json. */
export function benchmarkPages(): BenchPage[] {
  const dir = new URL('article-extraction-benchmark/', HTML);
  const truth = JSON.parse(readFileSync(new URL('ground-truth.json', dir), 'utf8')) as Record<string, { articleBody: string }>;
  return Object.entries(truth).map(([id, item]) => ({
    corpus: 'benchmark' as const,
    name: id.slice(0, 12),
    bytes: gunzipSync(readFileSync(new URL(`html/${id}.html.gz`, dir))),
    body: item.articleBody,
  }));
}

/** All text of an HTML document, with a space between nodes so words in adjacent elements stay apart. */
function htmlText(html: string): string {
  const parts: string[] = [];
  const stack: (DomNode | null)[] = [parseDocument(`<!doctype html><html><body>${html}</body></html>`).body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) continue;
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    const children: DomNode[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    stack.push(...children.reverse());
  }
  return parts.join(' ');
}
