#!/usr/bin/env node
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { entityCommand } from './commands/entity.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { importsCommand } from './commands/imports.js';
import { quotesCommand } from './commands/quotes.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { showCommand } from './commands/show.js';
import { storiesCommand } from './commands/stories.js';
import { storyCommand } from './commands/story.js';
import { loadConfig, type Config } from './config.js';
import { CliError, fromCommanderError } from './errors.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** The `dateline` program with all its commands. */
export function createProgram(config: Config): Command {
  const program = new Command('dateline')
    .description('Dateline: an open news archive')
    .version(version)
    .addCommand(importCommand(config))
    .addCommand(importsCommand(config))
    .addCommand(serveCommand(config))
    .addCommand(showCommand(config))
    .addCommand(searchCommand(config))
    .addCommand(storiesCommand(config))
    .addCommand(storyCommand(config))
    .addCommand(quotesCommand(config))
    .addCommand(entityCommand(config))
    .addCommand(exportCommand(config))
    .addHelpText(
      'after',
      `
Environment:
  DATELINE_DATA   archive directory (default ./.dateline); --data overrides it
  DATABASE_URL    keep the archive in this PostgreSQL database (unless --data is given)
  NO_COLOR        never use bold or other styling

Exit status: 0 success, 1 failure (or import with rejected files), 2 usage error, 130 interrupted.`,
    );
  // Commands made with `new Command` inherit no settings, so apply them to each one.
  for (const command of [program, ...program.commands]) {
    command
      .showHelpAfterError() // a usage error prints the message, then that command's usage
      .exitOverride((err) => {
        throw fromCommanderError(err);
      });
  }
  return program;
}

/** Runs the CLI on `argv` and returns the exit code; the only place errors are caught. */
async function main(argv: string[]): Promise<number> {
  try {
    await createProgram(loadConfig(process.env)).parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CliError) {
      if (!err.reported) process.stderr.write(`error: ${err.message}\n`);
      return err.exitCode;
    }
    // Not a CliError means a bug (or a commander exit we did not map): show everything.
    process.stderr.write(`error: ${err instanceof CommanderError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv);
