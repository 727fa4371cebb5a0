import { describe, expect, it } from 'vitest';
import { bytesOf, chunksOf, collect, drain, gzip, makeTar, makeZip } from './_fixtures.js';
import { readArchive, type ArchiveEntry } from './archives.js';
import { gunzip } from './gzip.js';
import { MAX_COMPRESSION_RATIO } from './limits.js';

/** Each entry as `name: text` or `name! error`, reading every entry that has bytes. */
async function listing(kind: 'zip' | 'tar', data: Uint8Array, chunk = 1000): Promise<string[]> {
  const out: string[] = [];
  for await (const item of readArchive(kind, chunksOf(data, chunk))) out.push(await summarize(item));
  return out;
}

async function summarize(item: ArchiveEntry): Promise<string> {
  if ('error' in item) return `${item.entry ?? '(archive)'}! ${item.error}`;
  try {
    const parts = await collect(item.chunks);
    return `${item.entry}: ${new TextDecoder().decode(Buffer.concat(parts))}`;
  } catch (error) {
    return `${item.entry}! ${(error as Error).message}`;
  }
}

const zeros = (size: number) => new Uint8Array(size);

describe('readArchive: zip', () => {
  it('streams the files in order, deflated or stored, and passes over directories and macOS junk', async () => {
    const files = { 'a.jsonl': '{"body":"A"}\n', 'dir/': '', 'dir/b.txt': 'B text', '__MACOSX/dir/._b.txt': 'fork', '.DS_Store': 'x', 'empty.txt': '' };
    const expected = ['a.jsonl: {"body":"A"}\n', 'dir/b.txt: B text', 'empty.txt: '];
    expect(await listing('zip', makeZip(files))).toEqual(expected);
    expect(await listing('zip', makeZip(files, { level: 0 }), 7)).toEqual(expected);
  });

  it('lets a reader stop early and still reaches the next entry', async () => {
    const archive = makeZip({ 'big.jsonl': 'x'.repeat(500_000), 'next.txt': 'next' });
    const seen: string[] = [];
    for await (const item of readArchive('zip', chunksOf(archive, 4096))) {
      if ('error' in item) throw new Error(item.error);
      for await (const _chunk of item.chunks) break;
      seen.push(item.entry);
    }
    expect(seen).toEqual(['big.jsonl', 'next.txt']);
  });

  it('refuses unsafe paths by name and never reads them', async () => {
    const names = await listing('zip', makeZip({ '../evil.txt': 'x', '/etc/passwd': 'x', 'C:\\x.txt': 'x', 'ok.txt': 'fine', 'a\u0001b.txt': 'x' }));
    expect(names).toEqual([
      '../evil.txt! entry path climbs out of the archive ("..")',
      '/etc/passwd! entry has an absolute path',
      'C:\\x.txt! entry has an absolute path',
      'ok.txt: fine',
      'a\ufffdb.txt! entry name holds control characters',
    ]);
  });

  it('stops a zip bomb after a few megabytes', async () => {
    const bomb = makeZip({ 'bomb.jsonl': zeros(8 * 1024 * 1024), 'after.txt': 'after' });
    expect(bomb.length).toBeLessThan(20_000);
    const [first] = await listing('zip', bomb);
    expect(first).toBe(`bomb.jsonl! bomb.jsonl expands more than ${MAX_COMPRESSION_RATIO} times its compressed size: a likely zip bomb; refused`);
  });

  it('reports a truncated archive once, keeping the entries before the cut', async () => {
    const archive = makeZip({ 'a.txt': 'first', 'b.txt': 'y'.repeat(100_000) }, { level: 0 });
    const names = await listing('zip', archive.subarray(0, 60_000));
    expect(names).toEqual(['a.txt: first', expect.stringMatching(/^b\.txt! zip archive ends in the middle of this entry/)]);
  });

  it('refuses entries in compression methods it cannot read', async () => {
    const archive = makeZip({ 'a.txt': 'aaaa', 'b.txt': 'bbbb' }, { level: 0 });
    // Mark the first entry's local header as bzip2 (method 12).
    archive[8] = 12;
    expect(await listing('zip', archive)).toEqual(['a.txt! cannot decompress entry: compression method 12 is not supported (only stored and deflate)', 'b.txt: bbbb']);
  });
});

describe('readArchive: tar', () => {
  it('streams regular files, passes over directories and refuses links by name', async () => {
    const tar = await makeTar([
      { name: 'dir', type: 'directory' },
      { name: 'dir/a.jsonl', data: '{"body":"A"}' },
      { name: 'dir/link', type: 'symlink', linkname: '../../etc/passwd' },
      { name: 'dir/hard', type: 'link', linkname: 'dir/a.jsonl' },
      { name: '../up.txt', data: 'x' },
      { name: `${'long/'.repeat(30)}name.txt`, data: 'long path' },
    ]);
    expect(await listing('tar', tar)).toEqual([
      'dir/a.jsonl: {"body":"A"}',
      'dir/link! symbolic link to ../../etc/passwd: links are not followed',
      'dir/hard! hard link to dir/a.jsonl: links are not followed',
      '../up.txt! entry path climbs out of the archive ("..")',
      `${'long/'.repeat(30)}name.txt: long path`,
    ]);
  });

  it('lets a reader stop early and still reaches the next entry', async () => {
    const tar = await makeTar([{ name: 'a.txt', data: 'a'.repeat(300_000) }, { name: 'b.txt', data: 'b' }]);
    const seen: string[] = [];
    for await (const item of readArchive('tar', chunksOf(tar, 1000))) {
      if ('chunks' in item) for await (const _chunk of item.chunks) break;
      seen.push(item.entry ?? '');
    }
    expect(seen).toEqual(['a.txt', 'b.txt']);
  });

  it('reports a truncated or corrupt archive as an error', async () => {
    const tar = await makeTar([{ name: 'a.txt', data: 'a'.repeat(3000) }]);
    expect(await listing('tar', tar.subarray(0, 1500))).toEqual([expect.stringMatching(/^a\.txt! /), expect.stringMatching(/^\(archive\)! tar archive is truncated or corrupt/)]);
    const corrupt = new Uint8Array(tar);
    corrupt.fill(0x41, 0, 100);
    expect(await listing('tar', corrupt)).toEqual([expect.stringMatching(/^\(archive\)! tar archive is truncated or corrupt: Invalid tar header/)]);
  });
});

describe('gunzip', () => {
  it('decompresses concatenated members', async () => {
    const data = new Uint8Array([...gzip('one\n'), ...gzip('two\n')]);
    expect(new TextDecoder().decode(Buffer.concat(await collect(gunzip(chunksOf(data, 3)))))).toBe('one\ntwo\n');
  });

  it('says when gzip data is truncated or corrupt', async () => {
    const data = gzip(bytesOf(Array.from({ length: 5000 }, (_, i) => `line ${i}`).join('\n')));
    await expect(drain(gunzip(chunksOf(data.subarray(0, data.length - 100))))).rejects.toThrow(/gzip data is truncated or corrupt \(unexpected end of file\)/);
    const corrupt = new Uint8Array(data);
    corrupt.fill(0xff, 20, 40);
    await expect(drain(gunzip(chunksOf(corrupt)))).rejects.toThrow(/gzip data is truncated or corrupt/);
  });

  it('stops a gzip bomb after a few megabytes', async () => {
    await expect(drain(gunzip(chunksOf(gzip(zeros(16 * 1024 * 1024)))))).rejects.toThrow(/a likely zip bomb/);
  });

  it('passes a large, ordinarily compressible stream', async () => {
    const text = Array.from({ length: 40_000 }, (_, i) => JSON.stringify({ id: i, body: `Story number ${i} about ${(i * 7919) % 1000} things.` })).join('\n');
    expect(await drain(gunzip(chunksOf(gzip(text))))).toBe(bytesOf(text).length);
  });
});
