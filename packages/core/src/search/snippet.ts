/** Marks that ts_headline puts around hits; control characters that article text never shows. */
export const HIT_START = '\u0001';
export const HIT_END = '\u0002';
/** Stand-ins for < and > while text passes through ts_headline, which would drop tags. */
export const LT = '\u0003';
export const GT = '\u0004';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Turns a ts_headline result into safe HTML: all text escaped, hits wrapped in <mark>. */
export function snippetToHtml(headline: string): string {
  return headline
    .replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
    .replaceAll(HIT_START, '<mark>')
    .replaceAll(HIT_END, '</mark>')
    .replaceAll(LT, '&lt;')
    .replaceAll(GT, '&gt;')
    .replace(/\s+/g, ' ')
    .trim();
}
