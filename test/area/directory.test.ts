// One provider across schools: the provider directory, URNs (with GIAS successors), names compared without
// legal suffixes, likely duplicates reported, a wrong URN kept apart, registration from GIAS, the directory
// or the schools' agreement.
import { describe, expect, it } from 'vitest';
import { closeNames, providerName } from '../../src/gias/names.js';
import { checkSecond, byRule, provider, remove, replaceIn } from './second.js';

describe('names', () => {
  it.each([
    ['Green Shoots Care Farm CIC', 'green shoots care farm'],
    ['Green Shoots Care Farm Community Interest Company', 'green shoots care farm'],
    ['Green Shoots Ltd.', 'green shoots'],
    ['GREEN SHOOTS LIMITED', 'green shoots'],
    ['Bridge & Co Ltd', 'bridge and co'],
    ['The Bridge, Learning-Centre', 'bridge learning centre'],
    ['Ltd', 'ltd'],
  ])('%s → %s', (name, compared) => expect(providerName(name)).toBe(compared));

  it('close names: a word-subset or a small typing difference; not merely a shared word', () => {
    expect(closeNames('green shoots', 'green shoots care farm')).toBe(true);
    expect(closeNames('millstone workshop', 'milstone workshop')).toBe(true);
    expect(closeNames('oakfield academy', 'bramley tuition')).toBe(false);
    expect(closeNames('oakfield academy', 'oakfield pupil referral unit')).toBe(false);
  });
});

describe('matching providers across schools', () => {
  it('the directory joins four spellings (with "Ltd", "CIC" and an alias) into one provider, whose threshold breach is then seen', async () => {
    const r = await checkSecond();
    const gs = provider(r, 'Green Shoots Ltd');
    expect(gs.id).toBe('green-shoots');
    expect(gs.name).toBe('Green Shoots Care Farm');
    expect(new Set(gs.uses.map((u) => u.school.name)).size).toBe(4);
    const breach = byRule(r, 'area-unregistered-full-time').find((f) => f.message.includes('Green Shoots'));
    // Lark High's full-time pupil is Year 12 in the register (Year 11 in the placement): not counted.
    expect(breach?.message).toContain('to 5 pupils');
    expect(breach?.message).toContain('Kestrel Academy: 2; Heron School: 2; Wren Academy: 1');
  });

  it('a file naming the provider by its directory id is that provider, whatever its name, URN and postcode; an id the directory lacks is reported', async () => {
    const r = await checkSecond((root) => {
      // Heron writes Green Shoots under another name and at another postcode: its directory id decides.
      replaceIn(
        root,
        'heron-school/placements/green-shoots.yaml',
        'name: Green Shoots Care Farm CIC\n',
        'name: The Farm Project\n  directory_id: green-shoots\n',
      );
      replaceIn(root, 'heron-school/placements/green-shoots.yaml', 'postcode: LS12 6QT', 'postcode: LS6 1AA');
      // Kestrel gives Pathways an id the directory does not list.
      replaceIn(
        root,
        'kestrel-academy/placements/pathways.yaml',
        /name: (.*)\n/,
        'name: $1\n  directory_id: pathways-hub\n',
      );
    });
    const gs = provider(r, 'The Farm Project');
    expect(gs).toBe(provider(r, 'Green Shoots Ltd'));
    expect(gs.id).toBe('green-shoots');
    expect(new Set(gs.uses.map((u) => u.school.name)).size).toBe(4);
    const identity = byRule(r, 'area-provider-identity');
    expect(identity.filter((f) => f.message.includes('The Farm Project'))).toEqual([]);
    const unknown = identity.filter((f) => f.messageId === 'unknownId');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].message).toMatch(
      /^The directory id "pathways-hub" is written for "Pathways .*": Kestrel Academy/,
    );
    // Matched as before without the id: one Pathways provider for Kestrel and Lark High.
    const pathways = r.providers.filter((p) => p.uses.some((u) => u.provider.directory_id === 'pathways-hub'));
    expect(new Set(pathways[0].uses.map((u) => u.school.name))).toEqual(
      new Set(['Kestrel Academy', 'Lark High School']),
    );
  });

  it('without the directory, names differing only by legal suffix still match; the "Ltd" spelling is a likely duplicate listed to confirm, not merged', async () => {
    const r = await checkSecond((root) => {
      replaceIn(root, 'area.yaml', 'directory: providers.yaml\n', '');
    });
    expect(provider(r, 'Green Shoots Care Farm')).toBe(provider(r, 'Green Shoots Care Farm CIC'));
    expect(provider(r, 'Green Shoots Ltd')).toBe(provider(r, 'Green Shoots'));
    expect(provider(r, 'Green Shoots Ltd')).not.toBe(provider(r, 'Green Shoots Care Farm'));
    const close = byRule(r, 'area-provider-identity').filter((f) => f.messageId === 'close');
    expect(close).toHaveLength(1);
    expect(close[0].message).toMatch(/at LS12 6QT have close names .*"Green Shoots Ltd": Wren Academy/);
  });

  it('a PRU that became an academy is one provider through GIAS links, and the old URN is reported', async () => {
    const r = await checkSecond();
    const oak = provider(r, 'Oakfield Pupil Referral Unit');
    expect(oak).toBe(provider(r, 'Oakfield Academy'));
    expect(oak.urn).toBe('149999');
    expect(oak.oldUrns).toEqual(['100001']);
    expect(oak.registration.source).toBe('gias');
    expect(byRule(r, 'area-provider-identity').filter((f) => f.messageId === 'successor')[0].message).toContain(
      'still writes its old URN 100001',
    );
  });

  it('without the links, the URN change is two providers written at one postcode, listed to confirm', async () => {
    const r = await checkSecond((root) => {
      replaceIn(root, 'area.yaml', 'gias_links: gias-links.csv\n', '');
    });
    expect(provider(r, 'Oakfield Pupil Referral Unit')).not.toBe(provider(r, 'Oakfield Academy'));
  });

  it("a wrong URN never merges: Bramley Tuition writes the academy's URN, and is kept apart and reported", async () => {
    const r = await checkSecond();
    expect(provider(r, 'Bramley Tuition')).not.toBe(provider(r, 'Oakfield Academy'));
    expect(provider(r, 'Bramley Tuition').uses).toHaveLength(1);
    const wrong = byRule(r, 'area-provider-identity').filter((f) => f.messageId === 'wrongUrn');
    expect(wrong).toHaveLength(1);
    expect(wrong[0].message).toMatch(
      /URN 149999 .*"Bramley Tuition" \(LS13 4XY\): Wren Academy.*GIAS names it "Oakfield Academy"/,
    );
    // Without GIAS the first school to write the URN is the reference: still kept apart.
    const bare = await checkSecond((root) => {
      remove(root, 'gias-links.csv');
      replaceIn(root, 'area.yaml', 'gias_links: gias-links.csv\n', '');
    }, false);
    expect(provider(bare, 'Bramley Tuition')).not.toBe(provider(bare, 'Oakfield Academy'));
  });

  it('schools disagreeing on registration is a finding, and the threshold counts the provider as unregistered', async () => {
    const r = await checkSecond();
    const hub = provider(r, 'Pathways Skills Hub');
    expect(hub.uses).toHaveLength(2);
    expect(hub.registration.source).toBe('disagree');
    expect(hub.registered).toBe(false);
    expect(byRule(r, 'area-provider-identity').find((f) => f.messageId === 'registration')?.message).toContain(
      'registered: Kestrel Academy; unregistered: Lark High School',
    );
    expect(byRule(r, 'area-unregistered-full-time').find((f) => f.message.includes('Pathways'))?.messageId).toBe(
      'special',
    );
  });

  it('the directory settles registration: listed as registered, no threshold finding and no disagreement', async () => {
    const r = await checkSecond((root) =>
      replaceIn(
        root,
        'providers.yaml',
        /$/,
        '  - id: pathways\n    name: Pathways Skills Hub\n    postcode: LS7 2QQ\n    registration: { status: registered, type: independent-school }\n',
      ),
    );
    expect(provider(r, 'Pathways Skills Hub').registration.source).toBe('directory');
    expect(byRule(r, 'area-unregistered-full-time').filter((f) => f.message.includes('Pathways'))).toEqual([]);
    expect(byRule(r, 'area-provider-identity').filter((f) => f.messageId === 'registration')).toEqual([]);
  });

  it("the LA's own QA in the directory counts for every school", async () => {
    const noWren = (root: string) =>
      replaceIn(root, 'wren-academy/placements/green-shoots.yaml', / {2}quality_assurance:\n.*\n/, '');
    const r = await checkSecond(noWren);
    expect(byRule(r, 'area-qa-coverage').filter((f) => f.message.includes('Green Shoots'))).toEqual([]);
    const withoutLa = await checkSecond((root) => {
      noWren(root);
      replaceIn(root, 'providers.yaml', / {4}quality_assurance:\n.*\n/, '');
    });
    expect(byRule(withoutLa, 'area-qa-coverage').find((f) => f.message.includes('Green Shoots'))?.message).toContain(
      'by Heron School',
    );
  });

  it('a directory mistake stops the command with the place', async () => {
    await expect(
      checkSecond((root) => replaceIn(root, 'providers.yaml', 'id: green-shoots', 'idd: green-shoots')),
    ).rejects.toThrow(/providers\.yaml:3:5/);
  });
});
