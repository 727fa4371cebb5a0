import type { Block } from '../model.js';
import { readArticle, type Reading } from '../text/reading.js';
import { findCandidates } from './candidates.js';
import type { ArticleEntity } from './entity.js';
import { lowercaseUse } from './lowercase-use.js';
import { mergeCandidates } from './merge.js';

/**
 * The people, places and organisations an article names, in order of first mention, each with every
 * mention merged ("Antony Blinken" = "Blinken"; "US" = "U.S." = "United States") and the roles seen
 * with a person. Pure; an article with no names gives [].
 */
export function extractEntities(blocks: readonly Block[]): ArticleEntity[] {
  return entitiesInReading(readArticle(blocks));
}

/** extractEntities for an article already read with readArticle, so quote extraction can share the reading. */
export function entitiesInReading(reading: Reading): ArticleEntity[] {
  const writesLowercase = lowercaseUse(reading);
  return mergeCandidates(findCandidates(reading, writesLowercase), writesLowercase);
}
