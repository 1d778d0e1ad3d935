// The command's contract: refusing unreadable files (exit 1), usage mistakes (exit 2), the missing school
// name, and an earlier output file left byte-identical whenever a render fails.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, DATA_SETS, tempDir } from './support.js';

const set = DATA_SETS[0];

/** A copy of the fixtures with one file broken as given. */
function brokenCopy(file: string, text: string): string {
  const dir = tempDir();
  cpSync(set.placements, join(dir, 'placements'), { recursive: true });
  cpSync(set.config, join(dir, 'ap-ready.config.yaml'));
  writeFileSync(join(dir, 'placements', file), text);
  return dir;
}

describe('render refuses files it cannot read in full', () => {
  it('yaml-syntax, schema and date-format findings: exit 1, naming each file and problem', async () => {
    const dir = brokenCopy('zz-broken.yaml', 'provider:\n  name: Broken Centre\n  address: [unclosed\n');
    const bad = readFileSync(join(dir, 'placements', 'hillcrest-pru.yaml'), 'utf8')
      .replace('start_date: 2025-11-03', 'start_date: 03/11/2025')
      .replace('send: ehcp', 'send: ehcp\n    favourite_colour: blue');
    writeFileSync(join(dir, 'placements', 'hillcrest-pru.yaml'), bad);
    const r = await cli(['render', 'planning-call', 'placements', '--as-of', set.asOf, '-o', 'out.pdf'], {}, dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^ap-ready: the planning-call document was not made: 2 files cannot be read in full, so providers or placements would be missing from it:/,
    );
    expect(r.stderr).toMatch(/placements\/zz-broken\.yaml:\d+:\d+ {2}yaml-syntax {2}/);
    expect(r.stderr).toMatch(/placements\/hillcrest-pru\.yaml:\d+:\d+ {2}date-format {2}.*2025-11-03/);
    // The unknown key (favourite_colour) is pointed at, not quoted: a key may be personal data typed in the wrong place.
    expect(r.stderr).toMatch(/placements\/hillcrest-pru\.yaml:\d+:\d+ {2}schema {2}This key is not one ap-ready knows/);
    expect(r.stderr).not.toMatch(/favourite_colour/);
    expect(r.stderr).toMatch(/Fix these \(ap-ready check shows them too\), then render again\.\n$/);
    expect(readdirSync(dir)).not.toContain('out.pdf');
  }, 30_000);

  it('other errors do not stop it: with --include-findings they go in the open-issues box', async () => {
    const dir = tempDir();
    const r = await cli([
      'render',
      'planning-call',
      set.placements,
      '--config',
      set.config,
      '--as-of',
      set.asOf,
      '-o',
      join(dir, 'pc.html'),
      '--include-findings',
    ]);
    expect(r.status).toBe(0);
    const html = readFileSync(join(dir, 'pc.html'), 'utf8');
    expect(html).toContain('Open issues: 1 error in the placement records');
  }, 30_000);
});

describe('an earlier output file is left byte-identical when a render fails', () => {
  const old = Buffer.from("%PDF-1.7 the governors' copy from last week\n\u0000\u00ff binary tail");

  function withOld(dir: string, name: string): string {
    const out = join(dir, name);
    writeFileSync(out, old);
    return out;
  }
  const unchanged = (dir: string, out: string) => {
    expect(readFileSync(out).equals(old)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  };

  it('when the files are refused', async () => {
    const dir = brokenCopy('zz-broken.yaml', 'provider: [\n');
    const out = withOld(dir, 'planning-call.pdf');
    const r = await cli(['render', 'planning-call', 'placements', '--as-of', set.asOf, '-o', out], {}, dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${out} was left as it was.`);
    unchanged(dir, out);
  }, 30_000);

  it('when a template is broken', async () => {
    const dir = brokenCopy(
      'bridge-learning-centre.yaml',
      readFileSync(join(set.placements, 'bridge-learning-centre.yaml'), 'utf8'),
    );
    writeFileSync(join(dir, 'ap-ready.config.yaml'), `${readFileSync(set.config, 'utf8')}\ntemplates: ./tpl\n`);
    mkdirSync(join(dir, 'tpl'));
    writeFileSync(join(dir, 'tpl', 'footer.hbs'), '{{#if}}');
    const out = withOld(dir, 'planning-call.html');
    const r = await cli(['render', 'planning-call', 'placements', '--as-of', set.asOf, '-o', out], {}, dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ap-ready: Template tpl\/footer\.hbs, line 1:/);
    unchanged(dir, out);
  }, 30_000);

  it('when there is no browser', async () => {
    const dir = tempDir();
    const out = withOld(dir, 'planning-call.pdf');
    const r = await cli(
      ['render', 'planning-call', set.placements, '--config', set.config, '--as-of', set.asOf, '-o', out],
      { PUPPETEER_EXECUTABLE_PATH: join(dir, 'no-chrome') },
    );
    expect(r.status).toBe(2);
    unchanged(dir, out);
  }, 30_000);

  it('and replaced whole when the render succeeds', async () => {
    const dir = tempDir();
    const out = withOld(dir, 'planning-call.html');
    const r = await cli([
      'render',
      'planning-call',
      set.placements,
      '--config',
      set.config,
      '--as-of',
      set.asOf,
      '-o',
      out,
    ]);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n?$/);
    expect(readdirSync(dir)).toEqual(['planning-call.html']);
  }, 30_000);
});

describe('usage mistakes: exit 2 with what to do', () => {
  const run = (...args: string[]) => cli(['render', ...args]);

  it('an unknown document', async () => {
    const r = await run('planning', set.placements, '-o', join(tempDir(), 'x.pdf'));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'ap-ready: "planning" is not a document: use one of planning-call, provider-qa, placement-records, attendance, whereabouts, findings, pupil, governors, area-overview.\n',
    );
  }, 30_000);

  it('render pupil with neither a reference nor --all, --all for another document, --term for another document', async () => {
    const out = join(tempDir(), 'x.html');
    expect((await run('pupil', '-o', out)).stderr).toMatch(
      /render pupil needs the pupil's reference: ap-ready render pupil P-0042/,
    );
    expect((await run('planning-call', set.placements, '--all', '-o', out)).stderr).toMatch(
      /--all is for render pupil/,
    );
    const term = await run('pupil', 'P-0042', set.placements, '--term', 'autumn-2026', '-o', out);
    expect(term.status).toBe(2);
    expect(term.stderr).toMatch(/--term is for render governors/);
  }, 60_000);

  it('no -o', async () => {
    const r = await run('planning-call', set.placements);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/render needs -o FILE: where to write the document, for example -o planning-call\.pdf/);
  }, 30_000);

  it('an output name that says neither PDF nor HTML', async () => {
    const r = await run('planning-call', set.placements, '-o', join(tempDir(), 'planning-call.docx'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /Cannot tell what to write from the name .*planning-call\.docx: end it in \.pdf or \.html .*--format pdf or --format html\./,
    );
  }, 30_000);

  it('a --format that is neither', async () => {
    const r = await run('planning-call', set.placements, '-o', join(tempDir(), 'x.pdf'), '--format', 'docx');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/docx.*(html|pdf)/);
  }, 30_000);

  it('an output folder that does not exist is made', async () => {
    const out = join(tempDir(), 'out', 'docs', 'planning-call.html');
    const r = await run('planning-call', set.placements, '-o', out);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/<html/i);
  }, 30_000);

  it('an output folder that cannot be made: exit 2, in words', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), 'x');
    const r = await run('planning-call', set.placements, '-o', join(dir, 'a-file', 'x.html'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^ap-ready: Cannot make the folder for .*a-file\/x\.html: part of the path is a file, not a folder\. Choose another --output path\.\n$/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe('without a school name in the config', () => {
  it('renders, warns on stderr, and the header says the name is not set', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ap-ready.config.yaml'), 'registration_law: esa-2008\n');
    const out = join(dir, 'pc.html');
    const r = await cli([
      'render',
      'planning-call',
      set.placements,
      '--config',
      join(dir, 'ap-ready.config.yaml'),
      '--as-of',
      set.asOf,
      '-o',
      out,
    ]);
    expect(r.status).toBe(0);
    // After any lines about errors the document leaves out.
    expect(r.stderr).toMatch(
      /(^|\n)ap-ready: warning: .*ap-ready\.config\.yaml has no school name, so the document's header says the school's name is not set\. Add it as school: \{ name: … \}\.\n$/,
    );
    expect(readFileSync(out, 'utf8')).toContain(
      "The school's name is not set: add school: name: to ap-ready.config.yaml",
    );
  }, 30_000);

  it('--quiet keeps the warning back', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ap-ready.config.yaml'), 'registration_law: esa-2008\n');
    const r = await cli([
      'render',
      'findings',
      set.placements,
      '--config',
      join(dir, 'ap-ready.config.yaml'),
      '--as-of',
      set.asOf,
      '-o',
      join(dir, 'f.html'),
      '--quiet',
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
  }, 30_000);
});
