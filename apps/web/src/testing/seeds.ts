import { fileURLToPath } from 'node:url';
import { findArticleFiles, readImportInputs } from '@dateline/core';

const seedsDir = new URL('../../../../../shared/seeds/', import.meta.url);

/** The shared seed files (one story, two sources, 2022-01-21), read with core's reader as `dateline import` reads them. */
export async function readSeeds(): Promise<{ path: string; bytes: Uint8Array }[]> {
  const seeds: { path: string; bytes: Uint8Array }[] = [];
  for await (const input of readImportInputs(findArticleFiles([fileURLToPath(seedsDir)]))) {
    if (!('bytes' in input)) throw new Error(`cannot read seed ${input.path}: ${'error' in input ? input.error : 'not a file'}`);
    seeds.push(input);
  }
  return seeds;
}
