// area-provider-identity: near-misses in matching one provider across schools. Providers match by URN
// when registered, else by normalised name and postcode; these are the cases that look like one provider
// written two ways (or two sites that should say so).
import { normaliseName } from '../../gias/match.js';
import type { AreaProvider } from '../providers.js';
import { defineAreaRule, reportAcross } from './types.js';

/** Schools by what they wrote: "LS11 5AB: Northfield Academy, Riverside High School". */
type Written = { as: string; schools: string[] }[];
const listed = (w: Written) => w.map((x) => `${x.as}: ${x.schools.join(', ')}`).join('; ');

export const areaProviderIdentity = defineAreaRule({
  id: 'area-provider-identity', defaultSeverity: 'warn', sources: [{ source: 'area-send-handbook', part: 'how leaders commission and oversee alternative provision' }],
  thresholds: [],
  description: () => 'One provider seems to be written two ways across schools: the same name with different postcodes, or the same URN with different names',
  messages: {
    postcodes: ({ name, written }: { name: string; written: Written }) =>
      `"${name}" is written with different postcodes in different schools' files (${written.map((x) => x.as).join(', ')}; ${listed(written)}): if it is one provider, correct the postcode so the area counts its pupils together; if these are separate sites, name them apart (e.g. "${name} (Holbeck site)").`,
    names: ({ urn, written }: { urn: string; written: Written }) =>
      `URN ${urn} is written with different names in different schools' files (${written.map((x) => `"${x.as}"`).join(', ')}; ${listed(written.map((x) => ({ ...x, as: `"${x.as}"` })))}): one of them is probably the wrong URN or an old name. Check the URN against Get Information about Schools and use one name.`,
  },
  check(ctx) {
    // Same name, different postcode: unregistered providers (registered ones match by URN).
    const byName = new Map<string, AreaProvider[]>();
    for (const p of ctx.area.providers) {
      if (p.key.startsWith('urn:')) continue;
      const name = normaliseName(p.name);
      byName.set(name, [...(byName.get(name) ?? []), p]);
    }
    for (const group of byName.values()) {
      if (group.length < 2) continue;
      const uses = group.flatMap((p) => p.uses);
      if (new Set(uses.map((u) => u.school)).size < 2) continue; // one school's two sites: its own business
      const written = group.map((p) => ({ as: p.postcode || 'no postcode', schools: [...new Set(p.uses.map((u) => u.school.name))] }));
      reportAcross(ctx, ['schools', uses[0].school.index], uses.map((u) => ({ file: u.file, path: ['provider', 'address', 'postcode'] })),
        'postcodes', { name: group[0].name, written });
    }
    // Same URN, different names.
    for (const p of ctx.area.providers) {
      if (!p.key.startsWith('urn:')) continue;
      const names = new Map<string, { as: string; schools: Set<string> }>();
      for (const u of p.uses) {
        const n = normaliseName(u.provider.name);
        const entry = names.get(n) ?? { as: u.provider.name.trim(), schools: new Set() };
        entry.schools.add(u.school.name);
        names.set(n, entry);
      }
      if (names.size < 2) continue;
      reportAcross(ctx, ['schools', p.uses[0].school.index], p.uses.map((u) => ({ file: u.file, path: ['provider', 'name'] })),
        'names', { urn: p.urn!, written: [...names.values()].map((n) => ({ as: n.as, schools: [...n.schools] })) });
    }
  },
});
