import { createHash } from 'node:crypto';

/** Hex digits in a citation id: 48 bits, so a story's few thousand ids never collide in practice. */
const ID_LENGTH = 12;

/**
 * Text as ids see it: NFC, one kind of quote mark and apostrophe, single spaces. A re-import that
 * only changes typography keeps its ids.
 */
function normalizeForId(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[“”„«»]/gu, '"')
    .replace(/[‘’‚]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * A stable id for a piece of an article: a short SHA-256 of the article's id, the kind of piece and
 * its normalised text. `occurrence` tells apart the same text said twice in one article (0 for the first).
 */
export function citationId(articleId: string, kind: string, text: string, occurrence = 0): string {
  return hashKey(articleId, kind, normalizeForId(text), occurrence);
}

/** citationId for each of an article's pieces of one kind, in order, numbering repeated texts. */
export function citationIds(articleId: string, kind: string, texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const normalized = normalizeForId(text);
    const occurrence = seen.get(normalized) ?? 0;
    seen.set(normalized, occurrence + 1);
    return hashKey(articleId, kind, normalized, occurrence);
  });
}

function hashKey(articleId: string, kind: string, normalized: string, occurrence: number): string {
  return createHash('sha256').update(`${articleId}\n${kind}\n${normalized}\n${occurrence}`).digest('hex').slice(0, ID_LENGTH);
}
