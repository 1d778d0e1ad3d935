// Issue 23, leaks: nothing personal or hostile is echoed. Free text in a date field and unknown keys are
// said by kind and place, never quoted; every control character in every message is shown escaped.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';
import { AS_OF, GOOD, ROOT, checkJson, cli, expectBounded, repo } from './support.js';

// Invented, and words no rule's documentation holds (the SARIF report carries each rule's page).
const PERSONAL = /Zebedee|Quirkfeather|17\/03\/2011|grandma/;

describe('free text and unknown keys are never quoted back', () => {
  it('a name and a date of birth in a date field, and as a key: the kind of value and where, never the value', async () => {
    const hostile = GOOD.replace(
      'staff_checks_confirmed: 2025-09-01',
      'staff_checks_confirmed: "Zebedee Quirkfeather DOB 17/03/2011, lives with grandma"',
    ).replace(
      '  delivery: in-person',
      '  delivery: in-person\n  "Zebedee Quirkfeather 17/03/2011": lives with grandma',
    );
    const { dir, placements } = repo();
    writeFileSync(join(placements, 'good.yaml'), hostile);
    const { run, report } = await checkJson(dir);
    expect(run.stdout).not.toMatch(PERSONAL);
    const messages = report[0].messages.map((m) => m.message);
    expect(messages).toContain(
      'safeguarding.staff_checks_confirmed is text, not a date: write it as YYYY-MM-DD, e.g. 2025-10-06.',
    );
    expect(
      messages.some((m) =>
        /^This key is not one ap-ready knows \(the finding points at it\): the keys allowed here are name, directory_id, address/.test(
          m,
        ),
      ),
    ).toBe(true);
    for (const format of ['stylish', 'sarif', 'junit']) {
      const r = await cli(['check', 'placements', '--as-of', AS_OF, '--format', format], { cwd: dir });
      expect(r.stdout, format).not.toMatch(PERSONAL);
    }
  });

  it('pupils: naming a system file: its lines are never quoted back', async () => {
    const { dir } = repo();
    const secret = join(
      tempDir({ shadow: 'root:$6$secrethash:20228:0:99999:7:::\ndaemon:*:20228:0:99999:7:::\n' }),
      'shadow',
    );
    writeFileSync(join(dir, 'ap-ready.config.yaml'), `school: { name: Robustness Test School }\npupils: ${secret}\n`);
    const run = await cli(['check', 'placements', '--as-of', AS_OF], { cwd: dir });
    expectBounded(run);
    expect(run.stdout + run.stderr).not.toMatch(/secrethash|root:|daemon:/);
  });
});

describe('control characters are escaped in every message', () => {
  // In YAML's double quotes: \e is ESC, \r is CR (a raw ESC is not allowed in YAML text).
  const OSC8 = '\\e]8;;https://evil.example\\e\\\\';
  it('a usage error built from config text (ESC, CR, OSC-8) is printed escaped', async () => {
    const { dir } = repo();
    writeFileSync(join(dir, 'ap-ready.config.yaml'), `school: { name: X }\ntemplates: "tpl${OSC8}\\rAll files pass"\n`);
    const run = await cli(['render', 'findings', 'placements', '--as-of', AS_OF, '-o', 'f.html'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr.includes('\u001b') || run.stderr.includes('\r')).toBe(false);
    expect(run.stderr).toMatch(/\\x1b\]8;;https:\/+evil\.example/);
  });

  it("area's closing line prints the area's name escaped", async () => {
    const dir = tempDir({}, 'ap-ready-i23-');
    cpSync(join(ROOT, 'examples', 'area'), dir, { recursive: true });
    const area = readFileSync(join(dir, 'area.yaml'), 'utf8').replace(
      'name: Calderfield Council',
      `name: "Calderfield\\e[2J${OSC8}\\rCouncil"`,
    );
    writeFileSync(join(dir, 'area.yaml'), area);
    const run = await cli(['area', 'area.yaml', '--as-of', '2026-11-16'], { cwd: dir });
    expectBounded(run);
    expect(run.stdout).toMatch(/^Area Calderfield\\x1b\[2J/m);
    expect((run.stdout + run.stderr).includes('\u001b') || (run.stdout + run.stderr).includes('\r')).toBe(false);
  });
});
