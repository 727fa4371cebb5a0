import { plural } from './text.js';

/**
 * Tells on stderr how many articles still wait to be analysed (stored before enrichment existed,
 * so missing from quotes and entities) and how to catch up; says nothing when none wait.
 */
export function reportUnenriched(waiting: number): void {
  // Any import catches up, even of files already in the archive.
  if (waiting > 0) process.stderr.write(`${plural(waiting, 'article')} not yet analysed for quotes and names: run dateline import again to analyse them.\n`);
}
