import { MAX_LEADING_ERRORS } from './limits.js';
import type { RecordResult } from './record.js';

/**
 * Passes results through, but abandons the input with one closing error once MAX_LEADING_ERRORS
 * come before any record: the file is then binary or not in the format it was taken for.
 */
export async function* stopAfterLeadingErrors(
  results: AsyncIterable<RecordResult>,
  file: string,
  format: string,
): AsyncGenerator<RecordResult> {
  let errors = 0;
  let seenRecord = false;
  for await (const result of results) {
    yield result;
    if ('record' in result) seenRecord = true;
    else if (!seenRecord && ++errors >= MAX_LEADING_ERRORS) {
      yield { location: { file }, error: `gave up after ${errors} unreadable ${format} records and no article: is this really ${format}?` };
      return;
    }
  }
}
