// area-provider-identity: near-misses in matching one provider across schools. Providers match by URN
// when registered, else by normalised name and postcode; these are the cases that look like one provider
// written two ways (or two sites that should say so).
import { normaliseName } from '../../gias/match.js';
import type { AreaProvider } from '../providers.js';
import type { AreaRule, AreaReport } from './types.js';

const messages = {
  postcodes: (d: { name: string; postcodes: string; schools: string }) =>
    `"${d.name}" is written with different postcodes in different schools' files (${d.postcodes}; ${d.schools}): if it is one provider, correct the postcode so the area counts its pupils together; if these are separate sites, name them apart (e.g. "${d.name} (Holbeck site)").`,
  names: (d: { urn: string; names: string; schools: string }) =>
    `URN ${d.urn} is written with different names in different schools' files (${d.names}; ${d.schools}): one of them is probably the wrong URN or an old name. Check the URN against Get Information about Schools and use one name.`,
};

export const areaProviderIdentity: AreaRule = {
  id: 'area-provider-identity', defaultSeverity: 'warn',
  sources: ['Ofsted school inspection toolkit and operating guide (November 2025): providers named with their URN in the planning call'],
  description: 'One provider seems to be written two ways across schools: the same name with different postcodes, or the same URN with different names',
  check(ctx) {
    const out: AreaReport[] = [];
    // Same name, different postcode: unregistered providers (registered ones match by URN).
    const byName = new Map<string, AreaProvider[]>();
    for (const p of ctx.providers) {
      if (p.key.startsWith('urn:')) continue;
      const name = normaliseName(p.name);
      byName.set(name, [...(byName.get(name) ?? []), p]);
    }
    for (const group of byName.values()) {
      if (group.length < 2) continue;
      const uses = group.flatMap((p) => p.uses);
      if (new Set(uses.map((u) => u.school)).size < 2) continue; // one school's two sites: its own business
      out.push({
        message: messages.postcodes({
          name: group[0].name,
          postcodes: group.map((p) => p.postcode || 'no postcode').join(', '),
          schools: group.map((p) => `${p.postcode || 'no postcode'}: ${[...new Set(p.uses.map((u) => u.school.name))].join(', ')}`).join('; '),
        }),
        places: uses.map((u) => ({ school: u.school, file: u.file, path: ['provider', 'address', 'postcode'] })),
      });
    }
    // Same URN, different names.
    for (const p of ctx.providers) {
      if (!p.key.startsWith('urn:')) continue;
      const names = new Map<string, { name: string; schools: Set<string> }>();
      for (const u of p.uses) {
        const n = normaliseName(u.provider.name);
        const entry = names.get(n) ?? { name: u.provider.name.trim(), schools: new Set() };
        entry.schools.add(u.school.name);
        names.set(n, entry);
      }
      if (names.size < 2) continue;
      out.push({
        message: messages.names({
          urn: p.urn!, names: [...names.values()].map((n) => `"${n.name}"`).join(', '),
          schools: [...names.values()].map((n) => `"${n.name}": ${[...n.schools].join(', ')}`).join('; '),
        }),
        places: p.uses.map((u) => ({ school: u.school, file: u.file, path: ['provider', 'name'] })),
      });
    }
    return out;
  },
};
