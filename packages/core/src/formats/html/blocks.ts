import type { Block } from '../../model.js';
import { boundMarkup } from './bounds.js';
import { type DomElement, type DomNode, parseDocument } from './dom.js';

// Elements whose text is never article text: code, media, forms, navigation, and figure captions
// (they describe a picture and repeat credits; the article body reads without them).
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'embed', 'canvas', 'audio',
  'video', 'svg', 'math', 'nav', 'aside', 'form', 'button', 'select', 'textarea', 'input', 'figcaption', 'dialog',
]);
// Elements that end the text before them and start a new block.
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Share bars, ads, newsletter sign-ups and "related" lists, by the class or id sites give them.
const BOILERPLATE =
  /(?:^|[\s_-])(?:share|sharing|social|ad|ads|advert|advertisement|adslot|sponsor(?:ed)?|promo|newsletter|related|subscribe|signup|outbrain|taboola)(?:[\s_-]|$)/i;
// Longest text a boilerplate-classed element may hold and still be dropped (a list of five related headlines).
const MAX_BOILERPLATE_CHARS = 600;
const WORDLIKE = /[\p{L}\p{N}]/u;
// C0/C1 controls other than whitespace: never text, sometimes left by broken encoders.
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]/g;
const BREAK = '\n';

/**
 * Turns an HTML fragment into body blocks: headings become subheadings, other block elements
 * paragraphs, with whitespace collapsed and entities decoded; scripts, navigation, captions, share
 * and ad blocks and empty blocks are dropped. Any string gives a (possibly empty) list; markup
 * beyond MAX_HTML_NODES nodes is ignored and nesting beyond MAX_NESTING flattened.
 */
export function htmlToBlocks(html: string): Block[] {
  return blocksOf(parseDocument(`<!doctype html><html><body>${boundMarkup(html).html}</body></html>`).body);
}

/** Blocks of an element already in a DOM, walked without recursion so depth cannot overflow the stack. */
export function blocksOf(root: DomNode): Block[] {
  const blocks: Block[] = [];
  let pieces: string[] = [];
  let headingDepth = 0;
  let pieceIsHeading = false;
  const flush = () => {
    const type = pieceIsHeading ? 'subheading' : 'paragraph';
    // Two line breaks in a row separate paragraphs, as in `text<br><br>text`.
    for (const part of pieces.join('').split(/\n *\n/)) {
      const text = part.replace(/\s+/g, ' ').trim();
      if (WORDLIKE.test(text)) blocks.push({ type, text });
    }
    pieces = [];
    pieceIsHeading = headingDepth > 0;
  };

  let node: DomNode | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').replace(CONTROL, '');
      if (pieces.length === 0) pieceIsHeading = headingDepth > 0;
      pieces.push(text.replace(/\s+/g, ' '));
    } else if (node.nodeType === 1) {
      const name = node.nodeName.toLowerCase();
      if (name === 'br') {
        pieces.push(BREAK);
      } else if (!isSkipped(node, name)) {
        if (BLOCK.has(name)) flush();
        if (HEADING.has(name)) {
          headingDepth++;
          pieceIsHeading = true;
        }
        descend = node.firstChild !== null;
        if (!descend) leave(name);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a sibling is found, closing each element left on the way up.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) leave(node.nodeName.toLowerCase());
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return blocks;

  function leave(name: string): void {
    if (BLOCK.has(name)) flush();
    if (HEADING.has(name)) {
      headingDepth--;
      pieceIsHeading = headingDepth > 0 && pieces.length === 0;
    }
  }
}

function isSkipped(node: DomNode, name: string): boolean {
  if (SKIPPED.has(name)) return true;
  const element = node as DomElement;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  if (role === 'navigation' || role === 'complementary') return true;
  const label = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (label.length <= 1 || !BOILERPLATE.test(label)) return false;
  // Some sites wrap the whole page in a class like `advertisement-off-canvas--pusher`: only a short
  // element is a share bar, an ad slot or a sign-up box.
  return (element.textContent ?? '').length < MAX_BOILERPLATE_CHARS;
}
