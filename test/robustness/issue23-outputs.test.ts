// Issue 23, files lost: every file a run reads or could read is refused as an output, for every command,
// and the --cache file is ap-ready's own (a link at its path is replaced, never followed; always 0600).
import {
  cpSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';
import { AS_OF, GOOD, ROOT, cli, expectBounded, repo } from './support.js';

/** Ran, refused with exit 2 saying it would replace something this run reads, and the file is as it was. */
function expectRefused(run: Awaited<ReturnType<typeof cli>>, file: string, before: string): void {
  expectBounded(run);
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).toMatch(/Cannot write .*(files this run reads|where this run reads|a folder this run reads)/);
  expect(readFileSync(file, 'utf8')).toBe(before);
}

describe('render area-overview -o an input of the area', () => {
  const area = () => {
    const dir = tempDir({}, 'ap-ready-i23-');
    cpSync(join(ROOT, 'examples', 'area'), dir, { recursive: true });
    return dir;
  };
  it('-o area.yaml is refused', async () => {
    const dir = area();
    const before = readFileSync(join(dir, 'area.yaml'), 'utf8');
    expectRefused(
      await cli(['render', 'area-overview', 'area.yaml', '--as-of', AS_OF, '--format', 'html', '-o', 'area.yaml'], {
        cwd: dir,
      }),
      join(dir, 'area.yaml'),
      before,
    );
  });
  it("-o a school's placement file is refused", async () => {
    const dir = area();
    const file = join(dir, 'hillside-academy', 'placements', 'pennine-pupil-referral-unit.yaml');
    const before = readFileSync(file, 'utf8');
    expectRefused(
      await cli(['render', 'area-overview', 'area.yaml', '--as-of', AS_OF, '--format', 'html', '-o', file], {
        cwd: dir,
      }),
      file,
      before,
    );
  });
  it("area -o a school's file that is not a placement file it checked (a YAML file of the school's folder) is refused", async () => {
    const dir = area();
    const file = join(dir, 'hillside-academy', 'notes.yaml');
    writeFileSync(file, 'kept: true\n');
    expectRefused(await cli(['area', 'area.yaml', '--as-of', AS_OF, '-o', file], { cwd: dir }), file, 'kept: true\n');
  });
});

describe("render -o into the school's templates folder", () => {
  const withTemplates = () => {
    const { dir } = repo();
    writeFileSync(
      join(dir, 'ap-ready.config.yaml'),
      'school: { name: Robustness Test School }\nrules: { whereabouts-unknown: off }\ntemplates: mine\n',
    );
    mkdirSync(join(dir, 'mine', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'mine', 'print.css'), 'body { color: black; }\n');
    writeFileSync(join(dir, 'mine', 'partials', 'note.hbs'), '<p>note</p>\n');
    return dir;
  };
  it("-o the school's print.css is refused", async () => {
    const dir = withTemplates();
    const css = join(dir, 'mine', 'print.css');
    // --format html: the name alone (.css) would not say what to write.
    expectRefused(
      await cli(['render', 'findings', 'placements', '--as-of', AS_OF, '--format', 'html', '-o', 'mine/print.css'], {
        cwd: dir,
      }),
      css,
      'body { color: black; }\n',
    );
  });
  it('-o a partial is refused', async () => {
    const dir = withTemplates();
    const partial = join(dir, 'mine', 'partials', 'note.hbs');
    expectRefused(
      await cli(
        ['render', 'findings', 'placements', '--as-of', AS_OF, '--format', 'html', '-o', 'mine/partials/note.hbs'],
        { cwd: dir },
      ),
      partial,
      '<p>note</p>\n',
    );
  });
});

describe('check -o a placement file it did not read but could', () => {
  it('standard input checked as placements/X.yaml, written to placements/X.yaml', async () => {
    const { dir, placements } = repo();
    const x = join(placements, 'x.yaml');
    writeFileSync(x, GOOD);
    const run = await cli(
      ['check', '-', '--stdin-filename', 'placements/x.yaml', '--as-of', AS_OF, '-o', 'placements/x.yaml'],
      { cwd: dir, input: GOOD },
    );
    expectRefused(run, x, GOOD);
  });
  it('-o a placement file left out with --ignore-pattern', async () => {
    const { dir, placements } = repo({ 'left-out.yaml': GOOD });
    const run = await cli(
      [
        'check',
        'placements',
        '--ignore-pattern',
        'placements/left-out.yaml',
        '--as-of',
        AS_OF,
        '-o',
        'placements/left-out.yaml',
      ],
      { cwd: dir },
    );
    expectRefused(run, join(placements, 'left-out.yaml'), GOOD);
  });
  it('a report beside the placements folder is still written', async () => {
    const { dir } = repo();
    const run = await cli(['check', 'placements', '--as-of', AS_OF, '-o', 'report.txt'], { cwd: dir });
    expectBounded(run);
    expect(run.status).toBe(1);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toMatch(/reason-required/);
  });
});

describe('the --cache file', () => {
  it('a committed .ap-ready-cache link is replaced, never followed: the file it named is untouched', async () => {
    const { dir } = repo();
    const victim = join(tempDir({ 'victim.txt': 'precious\n' }), 'victim.txt');
    chmodSync(victim, 0o644);
    symlinkSync(victim, join(dir, '.ap-ready-cache'));
    const run = await cli(['check', 'placements', '--as-of', AS_OF, '--cache'], { cwd: dir });
    expectBounded(run);
    expect(run.status).toBe(1);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(statSync(victim).mode & 0o777).toBe(0o644);
    const cache = lstatSync(join(dir, '.ap-ready-cache'));
    expect(cache.isFile()).toBe(true);
    expect(cache.mode & 0o777).toBe(0o600);
  });
  it('an existing 0644 cache is made 0600', async () => {
    const { dir } = repo();
    await cli(['check', 'placements', '--as-of', AS_OF, '--cache'], { cwd: dir });
    const cache = join(dir, '.ap-ready-cache');
    const text = readFileSync(cache, 'utf8');
    // A change, so the next run is a miss and writes the cache again.
    writeFileSync(join(dir, 'placements', 'good.yaml'), `${GOOD}\n`);
    chmodSync(cache, 0o644);
    const run = await cli(['check', 'placements', '--as-of', AS_OF, '--cache'], { cwd: dir });
    expectBounded(run);
    expect(readFileSync(cache, 'utf8')).not.toBe(text);
    expect(statSync(cache).mode & 0o777).toBe(0o600);
    expect(() => readlinkSync(cache)).toThrow();
  });
  it('a damaged cache whose fingerprint matches (findings: [null]) is ignored and replaced', async () => {
    const { dir } = repo();
    const first = await cli(['check', 'placements', '--as-of', AS_OF, '--cache', '--format', 'json'], { cwd: dir });
    const cache = join(dir, '.ap-ready-cache');
    for (const damage of [
      (o: Record<string, unknown>) => {
        o.findings = [null];
      },
      (o: Record<string, unknown>) => {
        (o.counts as Record<string, unknown>).pupils = 'many';
      },
      (o: Record<string, unknown>) => {
        o.rules = [{ id: 'x' }];
      },
      (o: Record<string, unknown>) => {
        o.checked = [{ path: 1 }];
      },
    ]) {
      const stored = JSON.parse(readFileSync(cache, 'utf8'));
      damage(stored.outcome);
      writeFileSync(cache, JSON.stringify(stored));
      const run = await cli(['check', 'placements', '--as-of', AS_OF, '--cache', '--format', 'json'], { cwd: dir });
      expectBounded(run);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe(first.stdout);
      expect(JSON.parse(readFileSync(cache, 'utf8')).outcome.findings).toHaveLength(1);
    }
  });
});
