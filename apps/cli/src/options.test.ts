import { Command, CommanderError } from 'commander';
import { InvalidCursorError } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { searchCommand } from './commands/search.js';
import { storiesCommand } from './commands/stories.js';
import { loadConfig } from './config.js';
import { addPageOptions, readPage } from './options.js';

const flagsOf = (command: Command) => command.options.map((option) => [option.flags, option.description]);

describe('addPageOptions', () => {
  it('declares the page flags, worded for what the command lists', () => {
    expect(flagsOf(addPageOptions(new Command('stories'), 'stories', 'active'))).toEqual([
      ['--from <date>', 'only stories active on or after this date (YYYY-MM-DD)'],
      ['--to <date>', 'only stories active on or before this date (YYYY-MM-DD)'],
      ['--limit <n>', 'stories per page, 1 to 100 (default: 20)'],
      ['--cursor <cursor>', 'continue after a previous page (printed when there are more)'],
      ['--json', 'print the page as JSON'],
    ]);
  });

  it('gives search and stories the same flags, differing only in what they list', () => {
    const config = loadConfig({});
    const pageFlags = (command: Command) => flagsOf(command).filter(([flags]) => flags !== '--data <dir>');
    const search = pageFlags(searchCommand(config));
    const stories = pageFlags(storiesCommand(config)).map(([flags, description]) => [
      flags,
      description?.replace('stories active', 'articles dated').replace('stories per page', 'articles per page'),
    ]);
    expect(search.map(([flags]) => flags)).toEqual(['--from <date>', '--to <date>', '--limit <n>', '--cursor <cursor>', '--json']);
    expect(stories).toEqual(search);
  });
});

describe('readPage', () => {
  // Commander reports through exitOverride instead of exiting the test process.
  const quietCommand = () => new Command('stories').exitOverride().configureOutput({ writeErr: () => {} });

  it('returns what the read gives', async () => {
    expect(await readPage(quietCommand(), async () => 'page')).toBe('page');
  });

  it('turns a rejected cursor into a usage error on --cursor', async () => {
    const thrown = await readPage(quietCommand(), () => Promise.reject(new InvalidCursorError('not-a-cursor'))).catch((err: unknown) => err);
    expect(thrown).toBeInstanceOf(CommanderError);
    expect(thrown).toMatchObject({ exitCode: 2, code: 'dateline.usage', message: 'error: --cursor: not a cursor from a previous page' });
  });

  it('lets any other error through unchanged', async () => {
    const failure = new Error('disk full');
    await expect(readPage(quietCommand(), () => Promise.reject(failure))).rejects.toBe(failure);
  });
});
