/** What to do with an archive entry, by its path: read it, pass over it quietly, or refuse it with a reason. */
export type EntryVerdict = 'read' | 'skip' | { refuse: string };

// Hidden files, and the resource forks macOS adds to every zip it makes.
const JUNK = /(?:^|\/)(?:__MACOSX\/|\.)/;
const CONTROL = /[\x00-\x1f\x7f]/;
const CONTROLS = /[\x00-\x1f\x7f]/g;
const MAX_NAME_CHARS = 1024;
const MAX_LABEL_CHARS = 200;

/**
 * Entries are only ever read, never written to disk, but a path that climbs out of the archive,
 * is absolute or holds control characters is refused all the same: it marks a hostile or broken
 * archive. Directories, hidden files and macOS resource forks are passed over.
 */
export function judgeEntryName(name: string): EntryVerdict {
  const path = name.replace(/\\/g, '/');
  if (path.endsWith('/')) return 'skip';
  if (path.length > MAX_NAME_CHARS) return { refuse: `entry name is longer than ${MAX_NAME_CHARS} characters` };
  if (CONTROL.test(path)) return { refuse: 'entry name holds control characters' };
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) return { refuse: 'entry has an absolute path' };
  if (path.split('/').includes('..')) return { refuse: 'entry path climbs out of the archive ("..")' };
  if (JUNK.test(path)) return 'skip';
  return 'read';
}

/** An entry name fit for a report line: control characters shown as U+FFFD, cut to 200 characters. */
export function entryLabel(name: string): string {
  const label = name.replace(CONTROLS, '\uFFFD');
  return label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS)}…` : label;
}
