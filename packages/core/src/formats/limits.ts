/**
 * Bounds on what one import input may cost. Streaming formats (JSON Lines, CSV) are bounded per
 * record, so a file may be any size; whole-document formats (dateline text, HTML, feeds) are read
 * into memory, so each document is bounded instead. Archives are bounded by what they expand to.
 */

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/**
 * Largest JSON Lines line, JSON array element or CSV record (4 MiB). An article is at most
 * MAX_ARTICLE_BYTES (1 MiB) of text; JSON escaping, an HTML copy of the body and metadata fit
 * four times that. Anything longer is a dump or a quote left open, and is refused unbuffered.
 */
export const MAX_RECORD_BYTES = 4 * MiB;

/** Most CSV columns in one record; a line of separators would otherwise make millions of empty fields. */
export const MAX_CSV_COLUMNS = 10_000;

/**
 * Largest RSS, Atom or JSON Feed document (8 MiB). Feeds are parsed whole: a 100-item feed with
 * full text is 1–3 MB, and parsing costs about fifteen times the bytes (a 16 MiB feed measured
 * 245 MB), which must fit beside the importer under its 500 MB.
 */
export const MAX_FEED_BYTES = 8 * MiB;

/** Largest HTML page (8 MiB): real article pages run 50 KB–2 MB, most of it scripts and markup. */
export const MAX_HTML_BYTES = 8 * MiB;

/** Bytes read to detect a format: enough for a tar header (512) and an XML prolog with comments. */
export const HEAD_BYTES = 8 * 1024;

/**
 * Most bytes one archive (or one gzip stream) may expand to, all entries together (64 GiB). High
 * enough for a multi-GB JSON Lines export, which streams; documents inside stop at their own bound.
 */
export const MAX_EXPANDED_BYTES = 64 * GiB;

/**
 * Highest compression ratio accepted once an entry has expanded past RATIO_GRACE_BYTES. News text
 * and JSON compress 3–15×; a zip bomb of repeated bytes reaches 1000×.
 */
export const MAX_COMPRESSION_RATIO = 100;

/** Output below which the ratio is not checked: small, repetitive files legitimately compress well. */
export const RATIO_GRACE_BYTES = 1 * MiB;

/**
 * Bad records in a row, before the first good one, after which a file is abandoned: a binary or
 * mis-detected file would otherwise report every line and fill the import's rejection list.
 */
export const MAX_LEADING_ERRORS = 100;
