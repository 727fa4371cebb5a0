import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runDateline } from './test/dateline.js';

beforeAll(assertBuilt);

const COMMANDS = ['import', 'serve', 'show', 'search', 'stories', 'story', 'quotes', 'entity', 'export'];

describe('dateline --help', () => {
  it('lists every command and exits 0', async () => {
    const run = await runDateline(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: dateline');
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it.each(COMMANDS)('documents %s with --help', async (command) => {
    const run = await runDateline([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: dateline ${command}`);
    expect(run.stderr).toBe('');
  });

  it('prints the version', async () => {
    const run = await runDateline(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('usage errors exit 2 with the message and the usage on stderr', () => {
  it.each([
    { args: ['frobnicate'], message: "unknown command 'frobnicate'", usage: 'Usage: dateline [options] [command]' },
    { args: ['import', '--frobnicate', 'x'], message: "unknown option '--frobnicate'", usage: 'Usage: dateline import' },
    { args: ['import'], message: "missing required argument 'path'", usage: 'Usage: dateline import' },
    { args: ['show'], message: "missing required argument 'id'", usage: 'Usage: dateline show' },
    { args: ['serve', '--port', 'http'], message: 'port number', usage: 'Usage: dateline serve' },
    { args: ['serve', '--port', '70000'], message: 'port number', usage: 'Usage: dateline serve' },
    { args: ['export', '--format', 'xml'], message: 'Allowed choices are jsonl, csv', usage: 'Usage: dateline export' },
    { args: ['search', 'x', '--from', '2022-02-30'], message: '--from', usage: 'Usage: dateline search' },
    { args: ['search', 'x', '--limit', '0'], message: '--limit', usage: 'Usage: dateline search' },
    { args: ['stories', '--limit', '101'], message: '--limit', usage: 'Usage: dateline stories' },
    { args: ['stories', '--to', 'tomorrow'], message: '--to', usage: 'Usage: dateline stories' },
    { args: ['stories', 'extra'], message: 'too many arguments', usage: 'Usage: dateline stories' },
    { args: ['story'], message: "missing required argument 'id'", usage: 'Usage: dateline story' },
    { args: ['story', 'x', '--since'], message: "option '--since <article>' argument missing", usage: 'Usage: dateline story' },
    { args: ['quotes', '--limit', '0'], message: '--limit: must be at least 1', usage: 'Usage: dateline quotes' },
    { args: ['quotes', '--to', 'tomorrow'], message: '--to', usage: 'Usage: dateline quotes' },
    { args: ['entity'], message: "missing required argument 'name'", usage: 'Usage: dateline entity' },
    { args: ['entity', 'Blinken', '--kind', 'animal'], message: '--kind: must be person, place or organisation', usage: 'Usage: dateline entity' },
  ])('dateline $args', async ({ args, message, usage }) => {
    const run = await runDateline(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain(usage);
  });

  it('treats no command at all as a usage error', async () => {
    const run = await runDateline([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: dateline');
  });
});
