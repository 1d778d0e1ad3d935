// Bad input to `ap-ready area`: each is one clear line or finding naming the school or the line, never a
// stack trace, and the other schools are still checked.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkArea } from '../../src/area/index.js';
import { runArea } from '../../src/commands/area.js';
import { UsageError } from '../../src/model/findings.js';
import { runCli } from '../support/cli.js';
import { AS_OF, makeArea } from './support.js';

const leftOut = async (area: string) =>
  (await checkArea(area, { asOf: AS_OF })).findings.filter((f) => f.ruleId === 'area-school-left-out');

describe('schools that cannot be included', () => {
  it('a school path that does not exist: a finding at its line, the others still checked', async () => {
    const area = makeArea([{ dir: 'a', files: { 'm.yaml': {} } }], {
      areaYaml: 'area: { name: T }\nschools:\n  - path: a\n  - path: nowhere\n',
    });
    const result = await checkArea(area, { asOf: AS_OF });
    const found = result.findings.filter((f) => f.ruleId === 'area-school-left-out');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: 4, column: 11 });
    expect(found[0].message).toMatch(/folder .*nowhere does not exist/);
    expect(result.schools.map((s) => s.name)).toEqual(['a']);
  });

  it('a school without a URN is left out, naming it; one without a config says to add one', async () => {
    const area = makeArea([
      { dir: 'a', files: { 'm.yaml': {} } },
      { dir: 'b', name: 'Beck School', urn: null, files: { 'm.yaml': {} } },
      { dir: 'c', noConfig: true, files: { 'm.yaml': {} } },
    ]);
    const found = await leftOut(area);
    expect(found.map((f) => f.line)).toEqual([5, 6]);
    expect(found[0].message).toContain('"Beck School"');
    expect(found[0].message).toContain('has no URN');
    expect(found[1].message).toContain('has no ap-ready.config.yaml');
    expect(found.map((f) => f.messageId)).toEqual(['noUrn', 'noConfig']);
  });

  it('two schools with the same URN: the second is left out, naming both', async () => {
    const area = makeArea([
      { dir: 'a', urn: '995555', files: { 'm.yaml': {} } },
      { dir: 'b', urn: '995555', files: { 'm.yaml': {} } },
    ]);
    const found = await leftOut(area);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('"b" has URN 995555, the same as "a"');
  });

  it('a school whose files do not parse: its yaml-syntax finding is reported, and the rest of the school still counts', async () => {
    const area = makeArea([
      { dir: 'a', files: { 'm.yaml': {} } },
      { dir: 'b', files: { 'm.yaml': {}, 'broken.yaml': 'provider: [\n' } },
    ]);
    const result = await checkArea(area, { asOf: AS_OF });
    expect(
      result.findings.some(
        (f) => f.ruleId === 'yaml-syntax' && f.file.endsWith(join('b', 'placements', 'broken.yaml')),
      ),
    ).toBe(true);
    expect(result.schools.find((s) => s.name === 'b')!.unreadable).toEqual([expect.stringContaining('broken.yaml')]);
    const { areaOverviewHtml } = await import('../../src/render/area.js');
    const { html, view } = areaOverviewHtml(result, { now: new Date(2026, 10, 16) });
    expect(
      view.tables.find((t) => t.id === 'pupils-by-school')!.rows.map((r) => [r[0].text, r[0].sub, r[1].text]),
    ).toEqual([
      ['a', expect.stringMatching(/^URN \d+$/), 'c'],
      ['b', expect.stringMatching(/a file could not be read in full: the figures count the rest/), 'c'],
    ]);
    expect(html).toContain('Files that could not be read in full at b');
  });

  it("a school folder with a bad config is left out with the config's own message", async () => {
    const area = makeArea([{ dir: 'a', files: { 'm.yaml': {} } }]);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(area, '..', 'a', 'ap-ready.config.yaml'), 'school: { name: A, urn: 995001 }\nthreshold: {}\n');
    const found = await leftOut(area);
    expect(found[0].message).toMatch(
      /^The school at .*a could not be checked: The config file has a problem: .*ap-ready.config.yaml:2:1: Unknown key "threshold": did you mean "thresholds"\?$/,
    );
  });
});

describe('the area file itself', () => {
  it('unknown keys stop the command with every problem at its line (exit 2 via UsageError)', async () => {
    const area = makeArea([{ dir: 'a' }], {
      areaYaml: 'area: { name: T, la_cod: 383 }\nschool:\n  - path: a\nschools:\n  - path: a\n    branch: main\n',
    });
    const error = await checkArea(area, { asOf: AS_OF }).catch((e) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(/area\.yaml:1:18: .*la_cod/);
    expect(error.message).toMatch(/area\.yaml:2:1: .*school/);
    expect(error.message).toMatch(/area\.yaml:6:5: .*branch/);
  });

  it('a missing area file, a YAML error, a school entry with neither path: nor git:, ref: without git:, an unknown area rule', async () => {
    await expect(checkArea('/nonexistent/area.yaml')).rejects.toThrow(/does not exist: give the path of the area file/);
    await expect(checkArea(makeArea([], { areaYaml: 'area: [\n' }))).rejects.toThrow(
      /area\.yaml:\d+:\d+: the area file is not valid YAML/,
    );
    await expect(checkArea(makeArea([], { areaYaml: 'area: { name: T }\nschools:\n  - ref: main\n' }))).rejects.toThrow(
      /neither path: .* nor git: [^]*ref: names a branch, tag or commit of a git: repository/,
    );
    await expect(
      checkArea(
        makeArea([], { areaYaml: 'area: { name: T }\nrules: { area-qa-coverge: off }\nschools:\n  - path: a\n' }),
      ),
    ).rejects.toThrow(/did you mean "area-qa-coverage"/);
  });
});

describe('the command', () => {
  it('exit codes: 1 with an area error, 0 without; json has one entry per file, area.yaml first', async () => {
    const bad = makeArea([{ dir: 'a', files: { 'm.yaml': {} } }], {
      areaYaml: 'area: { name: T }\nschools:\n  - path: a\n  - path: gone\n',
    });
    const r = await runArea(bad, { asOf: AS_OF, format: 'json' });
    expect(r.exitCode).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json[0].filePath).toBe(bad);
    expect(json[0].messages[0].ruleId).toBe('area-school-left-out');
    const good = makeArea([{ dir: 'a', files: { 'm.yaml': {} } }]);
    expect((await runArea(good, { asOf: AS_OF })).exitCode).toBe(0);
  });

  it('-o makes a missing folder, and never writes over the area file or a school file it read', async () => {
    const area = makeArea([{ dir: 'a', files: { 'm.yaml': {} } }]);
    const before = readFileSync(area, 'utf8');
    await expect(runArea(area, { asOf: AS_OF, output: area })).rejects.toThrow(/one of the files this run reads/);
    expect(readFileSync(area, 'utf8')).toBe(before);
    const school = join(dirname(area), 'a', 'placements', 'm.yaml');
    if (existsSync(school))
      await expect(runArea(area, { asOf: AS_OF, output: school })).rejects.toThrow(/one of the files this run reads/);
    const report = join(dirname(area), 'reports', 'area.json');
    expect((await runArea(area, { asOf: AS_OF, format: 'json', output: report })).stdout).toBe('');
    expect(JSON.parse(readFileSync(report, 'utf8'))[0].filePath).toBe(area);
  });

  it('--config is refused (each school has its own) and a missing --gias file stops the command', async () => {
    const area = makeArea([{ dir: 'a', files: { 'm.yaml': {} } }]);
    await expect(runArea(area, { configPath: 'x.yaml' })).rejects.toThrow(
      /each school with its own ap-ready\.config\.yaml, so --config cannot be used/,
    );
    await expect(runArea(area, { giasPath: '/nonexistent/gias.csv' })).rejects.toThrow(
      /The GIAS file \/nonexistent\/gias\.csv given to --gias does not exist/,
    );
  });

  it('the command line takes every check format for the area, GitLab Code Quality included', async () => {
    const area = makeArea([{ dir: 'a', files: { 'm.yaml': {} } }]);
    for (const format of ['stylish', 'json', 'json-with-metadata', 'sarif', 'github', 'junit', 'gitlab']) {
      const r = await runCli(['area', area, '--as-of', AS_OF, '-f', format], { cwd: dirname(area) });
      expect(r.stderr, format).not.toMatch(/invalid/);
      expect(r.status, format).toBeLessThan(2);
    }
  }, 60_000);

  it('the command line: one clear line and exit 2 for a bad area file, never a stack trace', async () => {
    const area = makeArea([], { areaYaml: 'area: { name: T }\nschools:\n  - path: a\nextra: 1\n' });
    const r = await runCli(['area', area, '--as-of', AS_OF], { cwd: dirname(area) });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ap-ready: The area file has a problem:\n {2}.*area\.yaml:4:1: .*extra/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  }, 60_000);
});

describe('pupils inside the area', () => {
  it("never matches one school's pupil reference to another school's: no cross-school multiple-providers or combined-hours", async () => {
    const area = makeArea([
      { dir: 'a', files: { 'x.yaml': { name: 'Provider X', pupils: [{ ref: 'P-0042', hours: 20 }] } } },
      {
        dir: 'b',
        files: { 'y.yaml': { name: 'Provider Y', postcode: 'LS1 1AA', pupils: [{ ref: 'P-0042', hours: 20 }] } },
      },
    ]);
    const result = await checkArea(area, { asOf: AS_OF });
    expect(
      result.findings.filter((f) =>
        ['multiple-providers', 'combined-hours', 'pupil-facts-conflict'].includes(f.ruleId),
      ),
    ).toEqual([]);
    expect(result.counts.pupils).toBe(2);
  });
});
