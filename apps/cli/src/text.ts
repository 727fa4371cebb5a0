/** Terminal styling for one output stream: bold and colour when it is a terminal and NO_COLOR is unset. */
export interface Style {
  bold(text: string): string;
  /** Words only in the old text of a diff: red and struck through, else `[-words-]`. */
  deleted(text: string): string;
  /** Words only in the new text of a diff: green and underlined, else `{+words+}`. */
  inserted(text: string): string;
}

/** ANSI SGR styling when `enabled`; otherwise plain text, diffs marked as wdiff does. */
export function createStyle(enabled: boolean): Style {
  if (!enabled) {
    return { bold: (text) => text, deleted: (text) => `[-${text}-]`, inserted: (text) => `{+${text}+}` };
  }
  // Each word on its own: wrapping may break a line between words, and a style must not run on
  // into the indent of the next line. Strike-through and underline keep the two apart without colour.
  const wordwise = (on: string, off: string) => (text: string) => text.replace(/\S+/g, (word) => `\x1b[${on}m${word}\x1b[${off}m`);
  return { bold: wordwise('1', '22'), deleted: wordwise('31;9', '39;29'), inserted: wordwise('32;4', '39;24') };
}

/**
 * Greedy word wrap of `text` to lines of at most `width` characters, each prefixed by `indent`
 * (counted in the width). A word longer than the line stays whole on its own line.
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const room = Math.max(width - indent.length, 20);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    if (line === '') line = word;
    else if (visibleLength(line) + 1 + visibleLength(word) <= room) line += ` ${word}`;
    else {
      lines.push(indent + line);
      line = word;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

/**
 * wrapText with a hanging label: the first line starts with `indent` + `label`, the following lines
 * are indented to line up under the text after it.
 */
export function wrapLabelled(label: string, text: string, width: number, indent = ''): string[] {
  const hang = ' '.repeat(indent.length + visibleLength(label));
  return wrapText(text, width, hang).map((line, i) => (i === 0 ? indent + label + line.slice(hang.length) : line));
}

/**
 * Renders a search snippet (HTML-escaped text with <mark>…</mark> around matches) for a
 * terminal: marks become `style.bold`, entities are decoded, any other tag is dropped.
 */
export function renderSnippet(html: string, style: Style): string {
  return html
    .replace(/<mark>([\s\S]*?)<\/mark>/g, (_, inner: string) => style.bold(inner))
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) => decodeEntity(entity));
}

function decodeEntity(entity: string): string {
  const lower = entity.toLowerCase();
  if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
  if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
  return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower] ?? `&${entity};`;
}

// Styling escapes take no room on screen, so wrapping must not count them.
function visibleLength(text: string): number {
  return text.replace(/\x1b\[[0-9;]*m/g, '').length;
}

/** Appends a blank line and `title` in bold to `lines`: the heading of a section of a command's text output. */
export function addSection(lines: string[], style: Style, title: string): void {
  lines.push('', style.bold(title));
}

/** "1 article" / "2 articles". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
