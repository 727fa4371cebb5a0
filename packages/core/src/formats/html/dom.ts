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

/** A parsed page. */
export interface DomDocument {
  documentElement: DomElement | null;
  head: DomElement | null;
  body: DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

/** Parses HTML into a linkedom document; never throws on malformed markup. */
export function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}
