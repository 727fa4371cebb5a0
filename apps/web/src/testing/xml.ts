import { DOMParser, onWarningStopParsing, type Document, type Element } from '@xmldom/xmldom';

const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses XML strictly: any well-formedness error or warning throws. */
export function parseXml(text: string): Document {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(text, 'application/xml');
}

/** The Atom elements named `name` below `node`. */
export function atomElements(node: Document | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(ATOM, name));
}

/** The text of the first Atom element `name` below `node`, or undefined. */
export function atomText(node: Document | Element, name: string): string | undefined {
  return atomElements(node, name)[0]?.textContent ?? undefined;
}
