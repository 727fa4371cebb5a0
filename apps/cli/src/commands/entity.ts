import { Command } from 'commander';
import { countArticlesToEnrich, entitySearchParams, getEntity, isEntityKey, searchEntities, type Db, type EntityProfile, type EntitySearchParams, type EntitySummary } from '@dateline/core';
import type { Config } from '../config.js';
import { CliError, failUsage } from '../errors.js';
import { dataOption, parseFlags } from '../options.js';
import { Output } from '../output.js';
import { withStore } from '../store.js';
import { createStyle, plural } from '../text.js';
import { reportUnenriched } from '../unenriched.js';
import { formatProfile } from './entity-profile.js';

interface EntityFlags {
  data?: string;
  kind?: string;
  json?: boolean;
}

/** What a name found: the profile of the best match, and the other entities it matched. */
interface Found {
  profile: EntityProfile;
  others: EntitySummary[];
  /** More entities matched than `others` holds. */
  more: boolean;
}

// Matches other than the one shown listed at most: enough to pick from, few enough to read.
const CANDIDATES = 10;

/** `dateline entity`: prints what the archive knows of one person, place or organisation, or it as JSON; no match exits 1, bad flags 2. */
export function entityCommand(config: Config): Command {
  const command = new Command('entity');
  return command
    .description('print one person, place or organisation: roles, mentions per month, quotes, related entities, articles, timeline')
    .argument('<name>', 'the name or part of it ("Blinken"), or an entity key ("person:antony blinken")')
    .option('--kind <kind>', 'only look among person, place or organisation')
    .addOption(dataOption())
    .option('--json', 'print the profile as JSON')
    .addHelpText(
      'after',
      `
A name finds the entities whose names contain it and shows the one most written about,
whole words first ("Putin" finds Vladimir Putin; "US" finds US entities before Russia).
The other matches are listed on stderr with their keys: pass a key to show that one.`,
    )
    .action(async (name: string, flags: EntityFlags) => {
      // The same schema checks the API's entity search input.
      const params = parseFlags(command, entitySearchParams, { q: name, kind: flags.kind }, { q: 'name' });
      if (!params.q) failUsage(command, 'name: must not be empty');
      const q = params.q;
      const [found, waiting] = await withStore(config.storeConfig(flags), (store) =>
        Promise.all([findEntity(store.db, { ...params, q }), countArticlesToEnrich(store.db)]),
      );
      if (found === undefined) {
        // Articles not analysed yet may be why: say so before failing.
        reportUnenriched(waiting);
        const what = params.kind ?? 'entity';
        throw new CliError(isEntityKey(q) ? `no ${what} with key "${q}"` : `no ${what} matches "${q}"`);
      }
      const out = new Output(process.stdout);
      await out.write(flags.json === true ? `${JSON.stringify(found.profile, null, 2)}\n` : formatProfile(found.profile, out.width, createStyle(out.isTerminal && !config.noColor)));
      if (found.others.length > 0) process.stderr.write(formatOthers(q, found));
      if (flags.json !== true) reportUnenriched(waiting);
    });
}

/**
 * The entity `params.q` names: the one with that key when it is a key, else the best of the
 * entities whose name holds it (see {@link pickEntity}).
 */
export async function findEntity(db: Db, params: EntitySearchParams & { q: string }): Promise<Found | undefined> {
  if (isEntityKey(params.q)) {
    const profile = await getEntity(db, params.q);
    return profile && (params.kind === undefined || profile.kind === params.kind) ? { profile, others: [], more: false } : undefined;
  }
  // A whole page of matches to pick from: the best need not be the most written about.
  const page = await searchEntities(db, { ...params, limit: 100 });
  const best = pickEntity(page.items, params.q);
  const profile = best && (await getEntity(db, best.key));
  if (!profile) return undefined;
  const others = page.items.filter((item) => item !== best);
  return { profile, others: others.slice(0, CANDIDATES), more: others.length > CANDIDATES || page.nextCursor !== null };
}

/**
 * The entity a user most likely means by `name` among `matches` (most written about first): the
 * first whose name has `name` as whole words ("Putin" in "Vladimir Putin", not "US" in "Russia"),
 * an exact name first among those written about as often; else simply the first.
 */
export function pickEntity(matches: readonly EntitySummary[], name: string): EntitySummary | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
  const named = matches.filter((entity) => words.test(entity.name));
  const pool = named.length > 0 ? named : matches;
  const exact = name.toLowerCase();
  return pool.find((entity) => entity.articleCount === pool[0]?.articleCount && entity.name.toLowerCase() === exact) ?? pool[0];
}

// The other matches, each with the key that picks it.
function formatOthers(name: string, found: Found): string {
  const keys = found.others.map((entity) => `"${entity.key}"`);
  const width = Math.max(...keys.map((key) => key.length));
  const rows = found.others.map((entity, i) => `  ${keys[i]!.padEnd(width)}  ${entity.name} (${entity.kind}, ${plural(entity.articleCount, 'article')})\n`);
  const more = found.more ? '  …and more: give more of the name, or --kind\n' : '';
  return `Also matching "${name}" (show one with dateline entity KEY):\n${rows.join('')}${more}`;
}
