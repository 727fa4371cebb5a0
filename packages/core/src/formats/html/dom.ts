import { parseHTML } from 'linkedom';

// The slice of the DOM this folder uses. The project compiles without the DOM lib (core runs in
// Node), and linkedom's own types lean on it, so the shapes we rely on are spelled out here.

/** A DOM node as linkedom builds it. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
}

/** A DOM element. */
export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

/** A parsed page, always with `<html>`, `<head>` and `<body>` as a browser would build them. */
export interface DomDocument {
  documentElement: DomElement;
  head: DomElement;
  body: DomElement;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

interface MutableNode extends DomNode {
  insertBefore(node: DomNode, before: DomNode | null): void;
  append(node: DomNode): void;
}

interface LinkedomDocument extends Omit<DomDocument, 'documentElement'> {
  documentElement: (DomElement & MutableNode) | null;
  createElement(name: string): DomElement & MutableNode;
}

/**
 * Parses HTML into a linkedom document; never throws on malformed markup. linkedom builds the tree
 * as written, without the parts HTML implies, so a page with no `<html>` is parsed again wrapped in
 * one, and content outside `<body>` is moved into it: Readability reads only `document.body`.
 */
export function parseDocument(html: string): DomDocument {
  let document = parseHTML(html).document as unknown as LinkedomDocument;
  if (document.documentElement?.nodeName !== 'HTML') {
    document = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as LinkedomDocument;
  }
  const root = document.documentElement;
  if (root) gatherIntoBody(document, root);
  return document as DomDocument;
}

/** Makes `<body>` the element right after `<head>`, holding everything else the root held, in order. */
function gatherIntoBody(document: LinkedomDocument, root: DomElement & MutableNode): void {
  const children: DomNode[] = [];
  for (let child = root.firstChild; child; child = child.nextSibling) children.push(child);
  const elements = children.filter((c) => c.nodeType === 1).map((c) => c.nodeName);
  const [first, second] = elements;
  if (elements.length <= 2 && (first === 'BODY' || (first === 'HEAD' && (second === 'BODY' || second === undefined)))) return;

  const head = children.find((c) => c.nodeName === 'HEAD');
  const existing = children.find((c) => c.nodeName === 'BODY') as (DomElement & MutableNode) | undefined;
  const body = existing ?? document.createElement('body');
  const bodyStart = existing?.firstChild ?? null;
  let afterBody = false;
  for (const child of children) {
    if (child === existing) afterBody = true;
    else if (child === head) continue;
    else if (afterBody) body.append(child);
    else body.insertBefore(child, bodyStart);
  }
  if (!existing) root.append(body);
}
