import { describe, expect, it } from 'vitest';
import { addRole, pairedSurnames, resolveRole, roleFit } from './roles.js';

function pairings(...pairs: [string, string][]) {
  const map = new Map<string, Set<string>>();
  for (const [role, surname] of pairs) addRole(map, role, surname);
  return map;
}

describe('resolveRole', () => {
  it('resolves a role as written, then without its nationality, only when one person holds it', () => {
    const map = pairings(['US Secretary of State', 'Blinken'], ['Russian Foreign Minister', 'Lavrov']);
    expect(resolveRole(map, 'the US Secretary of State')).toBe('Blinken');
    expect(resolveRole(map, 'Secretary of State')).toBe('Blinken');
    expect(resolveRole(map, 'the foreign minister')).toBe('Lavrov');
    expect(resolveRole(pairings(['governor', 'Kyrylenko'], ['governor', 'Alikhanov']), 'the governor')).toBeNull();
  });

  it('never gives a role of one nationality to a person paired with another', () => {
    const map = pairings(['Russian president', 'Putin']);
    expect(resolveRole(map, 'the French president')).toBeNull();
    expect(resolveRole(map, 'Russia’s president')).toBe('Putin');
  });
});

describe('roleFit', () => {
  it('fits by the role’s head word, conflicts on another nationality, and knows nothing of the unpaired', () => {
    const map = pairings(['governor', 'Alikhanov'], ['Russian president', 'Putin']);
    const paired = pairedSurnames(map);
    expect(roleFit(map, paired, 'the regional governor', 'Alikhanov')).toBe('fits');
    expect(roleFit(map, paired, 'the French president', 'Putin')).toBe('conflicts');
    expect(roleFit(map, paired, 'the French president', 'Macron')).toBe('unknown');
  });
});
