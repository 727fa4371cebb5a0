/** What a reading key asks for. */
export type KeyAction = 'next' | 'previous' | 'search';

/** The parts of a keydown event that decide whether it is a reading key. */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
  target: EventTarget | null;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
// Inputs that take no typed text: a reader who ticks a box (highlight the quotes) keeps the reading keys.
const KEYLESS_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** True when the element takes typed text (form fields, contenteditable), where reading keys must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof target !== 'object') return false;
  const el = target as { tagName?: unknown; type?: unknown; isContentEditable?: unknown };
  if (typeof el.tagName !== 'string') return el.isContentEditable === true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT' && typeof el.type === 'string' && KEYLESS_INPUTS.has(el.type.toLowerCase())) return false;
  return TYPING_TAGS.has(tag) || el.isContentEditable === true;
}

/** The action for j, k or /; null for other keys, with modifiers, while composing or while typing in a field. */
export function keyAction(event: KeyInput): KeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) return null;
  if (isTyping(event.target)) return null;
  if (event.key === 'j') return 'next';
  if (event.key === 'k') return 'previous';
  if (event.key === '/') return 'search';
  return null;
}

/** The index to move to among `count` items from `current` (-1 when none is current); clamped to the ends. */
export function stepIndex(current: number, count: number, action: 'next' | 'previous'): number {
  if (count === 0) return -1;
  if (current < 0) return action === 'next' ? 0 : count - 1;
  return action === 'next' ? Math.min(current + 1, count - 1) : Math.max(current - 1, 0);
}

/** Carries out a reading key on `doc`: steps focus through `[data-nav-item]` lists, else follows the `a[data-nav]` link, or focuses the search box; false when the page has nothing for it. */
export function applyKeyAction(action: KeyAction, doc: Document, follow: (href: string) => void): boolean {
  if (action === 'search') {
    const box = doc.querySelector<HTMLInputElement>('main [data-search-box]') ?? doc.querySelector<HTMLInputElement>('[data-search-box]');
    box?.focus();
    box?.select();
    return box !== null;
  }
  const items = Array.from(doc.querySelectorAll<HTMLElement>('[data-nav-item]'));
  if (items.length > 0) {
    const current = items.findIndex((item) => item.contains(doc.activeElement));
    const item = items[stepIndex(current, items.length, action)];
    if (!item) return false;
    item.scrollIntoView({ block: 'start' });
    (item.querySelector<HTMLElement>('a[href]') ?? item).focus({ preventScroll: true });
    return true;
  }
  const link = doc.querySelector<HTMLAnchorElement>(`a[data-nav="${action}"]`);
  if (link) follow(link.href);
  return link !== null;
}
