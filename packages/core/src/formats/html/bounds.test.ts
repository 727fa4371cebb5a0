import { describe, expect, it } from 'vitest';
import { boundMarkup, MAX_HTML_NODES, MAX_NESTING } from './bounds.js';
import { type DomNode, parseDocument } from './dom.js';

/** Deepest element nesting below `root`, measured without recursion. */
function depthOf(root: DomNode): number {
  let deepest = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    deepest = Math.max(deepest, depth);
    for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('boundMarkup', () => {
  it('returns ordinary markup unchanged', () => {
    const html = '<!doctype html><html><head><script>if (a < b && c) {}</script></head><body><p>A &amp; B<br>C</p></body></html>';
    expect(boundMarkup(html)).toEqual({ html, nodes: 8, depthSum: 9, truncated: false });
  });

  it('drops the tags nested deeper than the limit, and their end tags, keeping the text', () => {
    expect(boundMarkup('<div><div><div><b>x</b></div></div></div><p>y</p>', 2).html).toBe('<div><div>x</div></div><p>y</p>');
  });

  it('counts depth as the parser builds it: implied end tags close, void and self-closed foreign tags do not open', () => {
    // <p> closes an open <p>, <li> an open <li>: these stay shallow however many there are.
    expect(boundMarkup('<p>a<p>b<p>c', 2).html).toBe('<p>a<p>b<p>c');
    expect(boundMarkup('<ul><li>a<li>b<li>c</ul>', 2).html).toBe('<ul><li>a<li>b<li>c</ul>');
    expect(boundMarkup('<div><br><img src=x><svg><g/><g/></svg></div>', 2).html).toBe('<div><br><img src=x><svg><g/><g/></svg></div>');
    // In HTML (not SVG) `<div/>` does not close, so these nest.
    expect(boundMarkup('<div/><div/><div/>', 2).html).toBe('<div/><div/>');
  });

  it('sees no tags inside scripts, comments or quoted attribute values', () => {
    const html = '<div title="<div><div>"><script><div><div><div></script><!-- <div><div> --><i>x</i></div>';
    expect(boundMarkup(html, 2).html).toBe(html);
  });

  it(`keeps the DOM built from hostile nesting within ${MAX_NESTING} levels`, () => {
    for (const unit of ['<div>', '<p><li>', '<p><p><div></p>', '<table><tr><td>', '<svg><foreignObject>', '<b><i>']) {
      const { html, truncated } = boundMarkup(`${unit.repeat(10_000)}text`);
      expect(truncated).toBe(false);
      const body = parseDocument(`<!doctype html><html><body>${html}</body></html>`).body;
      expect(body && depthOf(body)).toBeLessThanOrEqual(MAX_NESTING);
      expect(body?.textContent).toBe('text');
    }
  });

  it(`cuts markup at ${MAX_HTML_NODES} nodes, counting elements, references and what serialising escapes`, () => {
    for (const unit of ['<i></i>', '&amp;', '<', '<!---->', '>', '\u00a0', '</p>']) {
      const result = boundMarkup(`<p>lead</p>${unit.repeat(MAX_HTML_NODES + 10)}`);
      expect(result.truncated).toBe(true);
      expect(result.html.startsWith('<p>lead</p>')).toBe(true);
      expect(result.html.length).toBeLessThanOrEqual(12 + unit.length * MAX_HTML_NODES);
    }
  });
});
