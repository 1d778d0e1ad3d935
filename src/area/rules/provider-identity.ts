// area-provider-identity: providers that look like one written two ways (and were not merged), a URN
// whose users disagree on what it is (kept apart), a predecessor's URN still written, and schools that
// disagree on whether a provider is registered. The cases are worked out by identity.ts.
import { identityIssues, type Written } from '../identity.js';
import { defineAreaRule, reportAcross } from './types.js';

const listed = (w: Written[]) => w.map((x) => `${x.as}: ${x.schools.join(', ')}`).join('; ');

export const areaProviderIdentity = defineAreaRule({
  id: 'area-provider-identity',
  defaultSeverity: 'warn',
  sources: [{ source: 'area-send-handbook', part: 'how leaders commission and oversee alternative provision' }],
  thresholds: [],
  description: () =>
    'One provider seems to be written two ways across schools (close names at one postcode, one name at different postcodes), a URN is written for providers that differ, an old URN is still written, schools disagree on whether a provider is registered, or a file gives a directory id the provider directory does not list',
  messages: {
    close: ({ postcode, written }: { postcode: string; written: Written[] }) =>
      `These providers at ${postcode} have close names and may be one provider written two ways (${listed(written.map((x) => ({ ...x, as: `"${x.as}"` })))}): if they are one, add the other spellings to its aliases in the provider directory (or use one name in every school's file) so the area counts its pupils together; if they are different providers, list each in the provider directory.`,
    postcodes: ({ name, written }: { name: string; written: Written[] }) =>
      `"${name}" is written with different postcodes in different schools' files (${listed(written)}): if it is one provider, correct the postcode so the area counts its pupils together; if these are separate sites, name them apart (e.g. "${name} (Holbeck site)") or list each in the provider directory.`,
    wrongUrn: ({ urn, gias, written }: { urn: string; gias: string | null; written: Written[] }) =>
      `URN ${urn} is written for providers whose names and postcodes differ (${listed(written)})${gias ? `, and GIAS names it "${gias}"` : ''}: at least one file has the wrong URN. The area keeps them apart until it is corrected: check the URN against Get Information about Schools.`,
    names: ({ urn, written }: { urn: string; written: Written[] }) =>
      `URN ${urn} is written with different names at the same postcode (${listed(written)}): the area counts them as one provider; one is probably an old name (or the wrong URN). Check the URN against Get Information about Schools and use one name, or list the other in the provider directory's aliases.`,
    successor: ({
      name,
      oldUrns,
      urn,
      written,
    }: {
      name: string;
      oldUrns: string[];
      urn: string;
      written: Written[];
    }) =>
      `"${name}" is now URN ${urn}, but ${listed(written)} still write${written.length === 1 && written[0].schools.length === 1 ? 's' : ''} its old URN ${oldUrns.join(', ')} (GIAS links name ${urn} as the successor): the area counts them as one provider; update the URN in those files.`,
    registration: ({
      name,
      registered,
      unregistered,
    }: {
      name: string;
      registered: string[];
      unregistered: string[];
    }) =>
      `Schools disagree on whether "${name}" is registered (registered: ${registered.join(', ')}; unregistered: ${unregistered.join(', ')}): until GIAS or the provider directory settles it, the area counts it as unregistered for the registration threshold. Check Get Information about Schools, then correct the files or record its registration in the provider directory.`,
    unknownId: ({ id, written }: { id: string; written: Written[] }) =>
      `The directory id "${id}" is written for ${listed(written)}, but the area's provider directory (providers.yaml, named by directory: in area.yaml) lists no provider with that id: the area matched the file by its URN, name and postcode instead. Correct the id, or add the provider to the directory.`,
  },
  check(ctx) {
    for (const { issue, places, schoolIndex } of identityIssues(
      ctx.area.providers,
      ctx.area.urnConflicts,
      ctx.area.successors,
    )) {
      const { kind, ...data } = issue;
      reportAcross(ctx, ['schools', schoolIndex], places, kind, data as never);
    }
  },
});
