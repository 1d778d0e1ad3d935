// Schools collected from git repositories: local bare repositories (file:// URLs; no network), fetched with
// the system git into the area's cache folder; each school's "data as of" is its commit's date, stale data is
// a finding, and nothing of a school outside its own folder is read.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkArea } from '../../src/area/index.js';
import { areaOverviewHtml } from '../../src/render/area.js';
import { AS_OF, SECOND } from './second.js';
import { tempDir } from '../support/temp-dir.js';

function git(args: string[], cwd: string, date = '2026-11-10T12:00:00Z') {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Data Manager',
      GIT_AUTHOR_EMAIL: 'dm@example.org',
      GIT_COMMITTER_NAME: 'Data Manager',
      GIT_COMMITTER_EMAIL: 'dm@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  }).trim();
}

/** A bare repository holding one school of the test area, committed on `date`; returns its file:// URL. */
function bareSchool(root: string, school: string, date: string): { url: string; work: string } {
  const work = join(root, `${school}-work`),
    bare = join(root, `${school}.git`);
  cpSync(join(SECOND, school), work, { recursive: true });
  git(['init', '-q', '-b', 'main'], work);
  git(['add', '-A'], work);
  git(['commit', '-q', '-m', 'Placements'], work, date);
  git(['clone', '-q', '--bare', work, bare], root);
  return { url: pathToFileURL(bare).href, work };
}

const areaYaml = (schools: string) =>
  `area: { name: Testshire Council }\nhome_postcode_areas: [LS]\nstale_after_days: 14\nschools:\n${schools}`;

describe('schools from git repositories', () => {
  it('reads each school from its bare repository into the cache, with its commit date as "data as of"; old data is area-data-stale', async () => {
    const root = tempDir({}, 'ap-ready-git-');
    const kestrel = bareSchool(root, 'kestrel-academy', '2026-11-10T09:00:00Z');
    const heron = bareSchool(root, 'heron-school', '2026-09-01T09:00:00Z');
    writeFileSync(join(root, 'area.yaml'), areaYaml(`  - git: ${kestrel.url}\n  - git: ${heron.url}\n    ref: main\n`));
    const result = await checkArea(join(root, 'area.yaml'), { asOf: AS_OF });
    expect(result.leftOut).toEqual([]);
    expect(result.schools.map((s) => [s.name, s.source, s.dataAsOf])).toEqual([
      ['Kestrel Academy', 'git', '2026-11-10'],
      ['Heron School', 'git', '2026-09-01'],
    ]);
    expect(result.schools[0].dir.startsWith(join(root, '.ap-ready-cache'))).toBe(true);
    const stale = result.areaFindings.filter((f) => f.ruleId === 'area-data-stale');
    expect(stale.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^Heron School's placement records were last committed on 2026-09-01, 76 days before the as-of date/,
      ),
    ]);
    const { view } = areaOverviewHtml(result, { now: new Date(2026, 10, 16) });
    expect(view.tables.find((t) => t.id === 'pupils-by-school')!.rows[1][0].sub).toContain('data as of 2026-09-01');

    // A new commit is read on the next run (the cache is updated, not re-cloned), and a ref: can name a tag.
    writeFileSync(join(heron.work, 'placements', 'dales.yaml'), '');
    rmSync(join(heron.work, 'placements', 'dales.yaml'));
    git(['commit', '-q', '-a', '-m', 'Dales ended'], heron.work, '2026-11-12T09:00:00Z');
    git(['tag', 'autumn'], heron.work);
    git(['push', '-q', '--tags', join(root, 'heron-school.git'), 'main'], heron.work);
    writeFileSync(join(root, 'area.yaml'), areaYaml(`  - git: ${heron.url}\n    ref: autumn\n`));
    const again = await checkArea(join(root, 'area.yaml'), { asOf: AS_OF });
    expect(again.schools[0].dataAsOf).toBe('2026-11-12');
    expect(again.schools[0].result.files.map((f) => f.displayPath).some((p) => p.includes('dales'))).toBe(false);
    expect(again.areaFindings.filter((f) => f.ruleId === 'area-data-stale')).toEqual([]);
  });

  it("a repository that cannot be fetched is that school's finding; the others are still checked", async () => {
    const root = tempDir({}, 'ap-ready-git-');
    const kestrel = bareSchool(root, 'kestrel-academy', '2026-11-10T09:00:00Z');
    const marker = join(root, 'ran');
    writeFileSync(
      join(root, 'area.yaml'),
      areaYaml(
        `  - git: ${kestrel.url}\n  - git: ${pathToFileURL(join(root, 'nowhere.git')).href}\n  - git: ${kestrel.url}\n    ref: no-such-branch\n  - git: "--upload-pack=touch ${marker}"\n  - git: "ext::sh -c touch% ${marker}"\n`,
      ),
    );
    const result = await checkArea(join(root, 'area.yaml'), { asOf: AS_OF });
    expect(result.schools.map((s) => s.name)).toEqual(['Kestrel Academy']);
    expect(result.leftOut.map((l) => l.messageId)).toEqual(['gitFailed', 'gitFailed', 'gitFailed', 'gitFailed']);
    expect(result.leftOut[1].why).toMatch(
      /^The school's repository could not be read: git could not fetch no-such-branch of file:/,
    );
    expect(result.leftOut[2].why).toMatch(/starts with "-", which git would read as an option/);
    // Neither an option in the URL nor the ext:: transport ran anything.
    expect(existsSync(marker)).toBe(false);
  });

  it("a path: school inside a git repository has its last commit's date; outside one, none", async () => {
    const root = tempDir({}, 'ap-ready-git-');
    const { work } = bareSchool(root, 'wren-academy', '2026-11-02T09:00:00Z');
    cpSync(join(SECOND, 'lark-high'), join(root, 'lark-high'), { recursive: true });
    writeFileSync(join(root, 'area.yaml'), areaYaml('  - path: wren-academy-work\n  - path: lark-high\n'));
    const result = await checkArea(join(root, 'area.yaml'), { asOf: AS_OF });
    expect(result.schools.map((s) => [s.dir === work, s.source, s.dataAsOf])).toEqual([
      [true, 'path', '2026-11-02'],
      [false, 'path', undefined],
    ]);
  });
});

describe('nothing of a school outside its own folder is read', () => {
  it('a placements folder that is a link to elsewhere (another school, or /) is refused unread, as a finding', async () => {
    const root = tempDir({}, 'ap-ready-link-');
    cpSync(join(SECOND, 'kestrel-academy'), join(root, 'kestrel-academy'), { recursive: true });
    cpSync(join(SECOND, 'heron-school'), join(root, 'heron-school'), { recursive: true });
    mkdirSync(join(root, 'wren'));
    writeFileSync(join(root, 'wren', 'ap-ready.config.yaml'), 'school: { name: Wren Academy, urn: 990003 }\n');
    symlinkSync(join(root, 'heron-school', 'placements'), join(root, 'wren', 'placements'));
    mkdirSync(join(root, 'rook'));
    writeFileSync(join(root, 'rook', 'ap-ready.config.yaml'), 'school: { name: Rook School, urn: 990005 }\n');
    symlinkSync('/', join(root, 'rook', 'placements'));
    writeFileSync(
      join(root, 'area.yaml'),
      areaYaml('  - path: kestrel-academy\n  - path: heron-school\n  - path: wren\n  - path: rook\n'),
    );
    const started = Date.now();
    const result = await checkArea(join(root, 'area.yaml'), { asOf: AS_OF });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.schools.map((s) => s.name)).toEqual(['Kestrel Academy', 'Heron School']);
    expect(result.leftOut.map((l) => [l.messageId, l.why])).toEqual([
      [
        'outside',
        expect.stringMatching(/wren is left out: its placements folder lies outside the school's own folder/),
      ],
      ['outside', expect.stringMatching(/rook is left out: its placements folder lies outside/)],
    ]);
  });

  it("a register the config names outside the school's folder: the school is refused", async () => {
    const root = tempDir({}, 'ap-ready-link-');
    cpSync(join(SECOND, 'lark-high'), join(root, 'lark-high'), { recursive: true });
    cpSync(join(SECOND, 'lark-high', 'pupils.yaml'), join(root, 'elsewhere.yaml'));
    writeFileSync(
      join(root, 'lark-high', 'ap-ready.config.yaml'),
      'school: { name: Lark High School, urn: 990004 }\npupils: ../elsewhere.yaml\n',
    );
    rmSync(join(root, 'lark-high', 'pupils.yaml'));
    writeFileSync(join(root, 'area.yaml'), areaYaml('  - path: lark-high\n'));
    const result = await checkArea(join(root, 'area.yaml'), { asOf: AS_OF });
    expect(result.schools).toEqual([]);
    expect(result.leftOut[0].why).toMatch(
      /a file its config names \(elsewhere\.yaml\) lies outside the school's own folder/,
    );
  });
});
