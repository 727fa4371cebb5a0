/**
 * Most DOM nodes that markup may produce: elements and comments, plus a text node per character
 * reference and per `<`, `>` and no-break space in text (see countText below). The largest of the
 * 311 real pages in our corpora makes 10,100. Readability's cost grows with nodes times depth (it
 * rescans subtrees for each candidate), so a hostile page at this size and MAX_NESTING still ends
 * in seconds.
 */
export const MAX_HTML_NODES = 50_000;

/**
 * Deepest element nesting kept before HTML reaches the DOM. The 311 real pages in our corpora nest
 * 15 elements deep (median), 50 at most. Readability's cost grows with the square of the depth and
 * its recursion overflows the stack near 100,000 levels; htmlparser2 slows down quadratically too.
 */
export const MAX_NESTING = 128;

/**
 * Most total depth (every element's number of ancestors, summed) a page may have for Readability.
 * Readability rescans each candidate's subtree, so its cost follows this sum: about 8 µs per unit
 * for the worst shape we found (lists nested in lists), under 2 µs for real pages. The 311 real
 * pages in our corpora reach 6,000 (median) and 110,000 (most); 400,000 bounds a page to ~3 s.
 */
export const MAX_DEPTH_SUM = 400_000;

// htmlparser2's tree rules, mirrored so the depth seen here is the depth linkedom will build:
// https://github.com/fb55/htmlparser2/blob/master/src/Parser.ts
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const TABLE_SECTION = new Set(['thead', 'tbody']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['tbody', TABLE_SECTION],
  ['tfoot', TABLE_SECTION],
  ['dd', DD_DT],
  ['dt', DD_DT],
  ['rt', RT_RP],
  ['rp', RT_RP],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM] as const),
  ...[
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul',
  ].map((t) => [t, P] as const),
]);
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const FOREIGN = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
// Elements whose content is raw text up to their end tag, so `<div>` inside a script is not a tag.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const SCRIPTING = new Set(['script', 'style']);
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'ig')]));

const TAG_NAME = /[^\s/>]*/y;
const LETTER = /[a-zA-Z]/;

/** Markup cut down to what the DOM can build quickly. */
export interface BoundedMarkup {
  html: string;
  /** Nodes counted up to the cut, or in the whole markup when it was not cut. */
  nodes: number;
  /** Every element's depth, summed, over the same part of the markup. */
  depthSum: number;
  /** True when the markup held more than the node limit and `html` stops where the limit was reached. */
  truncated: boolean;
}

interface Open {
  name: string;
  /** Whether self-closing tags close inside this element (SVG and MathML content). */
  foreign: boolean;
}

/**
 * Returns `html` with every tag that would nest deeper than `maxDepth` removed (its text kept) and
 * cut where it reaches `maxNodes` nodes, in one linear pass; real pages come back unchanged.
 */
export function boundMarkup(html: string, maxDepth = MAX_NESTING, maxNodes = MAX_HTML_NODES): BoundedMarkup {
  const stack: Open[] = [];
  const dropped = new Map<string, number>();
  const kept: string[] = [];
  let copiedTo = 0;
  const drop = (start: number, end: number) => {
    kept.push(html.slice(copiedTo, start));
    copiedTo = end;
  };
  let nodes = 0;
  let depthSum = 0;
  let cut = -1;
  // Counts the nodes the text html[from, to) will split into, and returns false, setting `cut`
  // where the limit is passed, when they exhaust it. htmlparser2 splits text at each character
  // reference, and Readability serialises the body and parses it again, which escapes every
  // `<`, `>`, `&` and no-break space into a reference: each of those makes a node in the end.
  const countText = (from: number, to: number): boolean => {
    for (let at = from; at < to; at++) {
      const code = html.charCodeAt(at);
      if (code === 0x26 || code === 0x3c || code === 0x3e || code === 0xa0) {
        if (++nodes > maxNodes) {
          cut = at;
          return false;
        }
      }
    }
    return true;
  };

  let i = html.indexOf('<');
  let within = countText(0, i === -1 ? html.length : i);
  while (within && i !== -1 && i < html.length - 1) {
    const next = html[i + 1] ?? '';
    const closing = next === '/' && LETTER.test(html[i + 2] ?? '');
    // Every construct but an end tag adds a node: an element, a comment, or the text split at a lone `<`
    // (stray </p> and </br> are counted below, as they make elements too).
    if (!closing && ++nodes > maxNodes) {
      cut = i;
      break;
    }
    let end: number; // index just past the construct at i
    if (html.startsWith('<!--', i)) {
      end = indexAfter(html, '-->', i + 4);
    } else if (next === '!' || next === '?') {
      end = indexAfter(html, '>', i + 2);
    } else if (closing) {
      const name = readName(html, i + 2);
      end = indexAfter(html, '>', i + 2 + name.length);
      const pending = dropped.get(name) ?? 0;
      if (pending > 0) {
        dropped.set(name, pending - 1);
        drop(i, end);
      } else {
        let at = stack.length - 1;
        while (at >= 0 && stack[at]?.name !== name) at--;
        if (at >= 0) {
          stack.length = at;
        } else if (name === 'p' || name === 'br') {
          // A stray </p> or </br> makes an empty <p> or a <br>, one level below the open elements.
          if (++nodes > maxNodes) {
            cut = i;
            break;
          }
          if (stack.length >= maxDepth) drop(i, end);
        }
      }
    } else if (LETTER.test(next)) {
      const name = readName(html, i + 1);
      const tag = readTagEnd(html, i + 1 + name.length);
      end = tag.end;
      const closes = OPEN_IMPLIES_CLOSE.get(name);
      while (closes && stack.length > 0 && closes.has(stack[stack.length - 1]?.name ?? '')) stack.pop();
      const parentForeign = stack[stack.length - 1]?.foreign ?? false;
      const foreign = FOREIGN.has(name) ? true : HTML_INTEGRATION.has(name) ? false : parentForeign;
      depthSum += Math.min(stack.length, maxDepth);
      if (VOID.has(name) || (tag.selfClosing && parentForeign)) {
        // no element stays open
      } else if (stack.length >= maxDepth) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        drop(i, end);
      } else {
        stack.push({ name, foreign });
      }
      if (RAW_TEXT.has(name) && !tag.selfClosing && end < html.length) {
        const textEnd = rawTextEnd(html, name, end);
        // Raw text is one node, but it is escaped and parsed again like any text (above); scripts
        // and styles are removed before that.
        if (!SCRIPTING.has(name) && !countText(end, textEnd)) break;
        end = textEnd;
      }
    } else {
      end = i + 1; // a lone `<` is text
    }
    i = end >= html.length ? -1 : html.indexOf('<', end);
    within = countText(end, i === -1 ? html.length : i);
  }
  const truncated = cut !== -1;
  if (copiedTo === 0 && !truncated) return { html, nodes, depthSum, truncated };
  kept.push(html.slice(copiedTo, truncated ? Math.max(copiedTo, cut) : html.length));
  return { html: kept.join(''), nodes, depthSum, truncated };
}

function indexAfter(html: string, token: string, from: number): number {
  const at = html.indexOf(token, from);
  return at === -1 ? html.length : at + token.length;
}

function readName(html: string, from: number): string {
  TAG_NAME.lastIndex = from;
  return (TAG_NAME.exec(html)?.[0] ?? '').toLowerCase();
}

/** Finds the `>` that ends a start tag, skipping quoted attribute values, which may hold `>`. */
function readTagEnd(html: string, from: number): { end: number; selfClosing: boolean } {
  let i = from;
  while (i < html.length) {
    const c = html[i];
    if (c === '>') return { end: i + 1, selfClosing: html[i - 1] === '/' };
    if ((c === '"' || c === "'") && afterEquals(html, i)) {
      const close = html.indexOf(c, i + 1);
      if (close === -1) return { end: html.length, selfClosing: false };
      i = close + 1;
    } else {
      i++;
    }
  }
  return { end: html.length, selfClosing: false };
}

/** Whether the quote at `at` opens an attribute value (`name="…"`, `name = '…'`), as the tokenizer sees it. */
function afterEquals(html: string, at: number): boolean {
  let i = at - 1;
  while (i > 0 && /\s/.test(html[i] ?? '')) i--;
  return html[i] === '=';
}

/** Index of the `</name` that closes a raw-text element, or the end of input. */
function rawTextEnd(html: string, name: string, from: number): number {
  const pattern = RAW_TEXT_END.get(name) ?? new RegExp(`</${name}[\\s/>]`, 'ig');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  // Leave the end tag itself for the main loop, which pops the element.
  return match ? match.index : html.length;
}
