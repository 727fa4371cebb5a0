import { describeError } from './byte-streams.js';
import { recordFromItem, type Feed } from './feed-item.js';
import { readJsonFeed } from './json-feed.js';
import { MAX_FEED_BYTES } from './limits.js';
import type { RecordResult } from './record.js';
import { readXmlFeed } from './xml-feed.js';

const XML_ENCODING = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/;

/**
 * The records of an RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed document, one per item in order
 * (location.record is the item number). An item with only a summary is marked summaryOnly; one
 * with no text at all is an error. A feed over MAX_FEED_BYTES, malformed or hostile (entity
 * expansion, deep nesting) is one error naming the file. Never throws.
 */
export function parseFeed(bytes: Uint8Array, file: string): RecordResult[] {
  if (bytes.byteLength > MAX_FEED_BYTES) {
    return [{ location: { file }, error: `feed is larger than the ${MAX_FEED_BYTES / 1024 / 1024} MiB limit for one feed` }];
  }
  let feed: Feed;
  try {
    const text = decodeFeed(bytes);
    feed = /^\s*\{/.test(text) ? readJsonFeed(text) : readXmlFeed(text);
  } catch (error) {
    return [{ location: { file }, error: `not a readable feed: ${describeError(error)}` }];
  }
  if (feed.items.length === 0) return [{ location: { file }, error: 'feed has no items' }];
  return feed.items.map((item, i) => {
    const location = { file, record: i + 1 };
    try {
      const result = recordFromItem(item, feed);
      return 'record' in result ? { location, record: result.record } : { location, error: result.error };
    } catch (error) {
      return { location, error: `could not read the item: ${describeError(error)}` };
    }
  });
}

/**
 * Feed text by its byte order mark, else its XML declaration, else UTF-8; bytes that are not valid
 * in that encoding fall back to windows-1252, as feed readers do for mislabelled Latin-1 feeds.
 */
function decodeFeed(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  let declared = XML_ENCODING.exec(new TextDecoder().decode(bytes.subarray(0, 256)).replace(/^\uFEFF/, ''))?.[1];
  // UTF-16 without a BOM is not XML; such a declaration is left over from a conversion to UTF-8.
  if (declared !== undefined && /^utf-?16/i.test(declared)) declared = undefined;
  let decoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8', { fatal: true });
  } catch {
    throw new Error(`unsupported encoding "${declared}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
