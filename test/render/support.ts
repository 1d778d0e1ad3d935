// Shared by the render tests: the data sets, a way to run the CLI, and the poppler tools.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, type Ran } from '../support/cli.js';
import { tempDir as makeTempDir } from '../support/temp-dir.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(ROOT, 'test/fixtures/render');

export interface DataSet {
  name: string;
  placements: string;
  config: string;
  asOf: string;
}

/** Our own fixtures (always), and the project's examples once they exist. */
export const DATA_SETS: DataSet[] = [
  {
    name: 'fixtures',
    placements: join(FIXTURES, 'placements'),
    config: join(FIXTURES, 'ap-ready.config.yaml'),
    asOf: '2026-03-02',
  },
];
const examples = join(ROOT, 'examples/placements');
if (
  existsSync(join(ROOT, 'examples/ap-ready.config.yaml')) &&
  existsSync(examples) &&
  readdirSync(examples).some((f) => /\.ya?ml$/.test(f))
) {
  DATA_SETS.push({
    name: 'examples',
    placements: examples,
    config: join(ROOT, 'examples/ap-ready.config.yaml'),
    asOf: '2026-11-16',
  });
}

/** 8 providers, 20 pupils in AP and 4 who left, long names, reasons and destinations: for the page layout tests. */
export const LARGE: DataSet = {
  name: 'larger fixture',
  placements: join(ROOT, 'test/fixtures/render-large/placements'),
  config: join(ROOT, 'test/fixtures/render-large/ap-ready.config.yaml'),
  asOf: '2026-11-16',
};

/** A fresh empty folder, removed when the test file ends. */
export const tempDir = (prefix = 'ap-ready-render-') => makeTempDir({}, prefix);

/** Runs the command line in-process, from source (so the tests never use a stale dist/). */
export function cli(args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Promise<Ran> {
  return runCli(args, { cwd, env });
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** Text with runs of white space made single spaces, so a phrase wrapped in a table cell still matches. */
export const squash = (s: string) => s.replace(/\s+/g, ' ');

/** 300 providers, 1-4 active placements each and one ended, all valid. */
export function syntheticProviders(dir: string, count = 300): string {
  const placements = join(dir, 'placements');
  mkdirSync(placements, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const registered = i % 3 === 0;
    const lines = [
      'provider:',
      `  name: Synthetic Provider ${i}`,
      `  address: { line1: ${i} High Street, town: Leeds, postcode: LS${1 + (i % 28)} ${1 + (i % 9)}AB }`,
      registered
        ? `  registration: { status: registered, type: independent-school, urn: ${100000 + i} }`
        : '  registration: { status: unregistered, type: tuition }',
      '  quality_assurance:',
      '    - { date: 2026-09-20, by: Deputy Headteacher, against: voluntary-national-standards, outcome: meets }',
      'placements:',
    ];
    for (let j = 0; j <= i % 4; j++) {
      lines.push(
        `  - { pupil: P-${String(i * 10 + j).padStart(5, '0')}, year_group: ${7 + (j % 5)}, start_date: 2026-09-${String(7 + j).padStart(2, '0')}, planned_end_date: 2027-02-12, ` +
          `reason: Small-group support to re-engage with learning, reason_category: semh, send: ${j % 2 ? 'sen-support' : 'none'}, looked_after: false, hours_per_week: ${6 + j * 3} }`,
      );
    }
    lines.push(
      `  - { pupil: P-9${String(i).padStart(4, '0')}, start_date: 2025-09-08, end_date: 2026-07-17, send: none, looked_after: false, hours_per_week: 5 }`,
    );
    writeFileSync(join(placements, `provider-${String(i).padStart(3, '0')}.yaml`), `${lines.join('\n')}\n`);
  }
  writeFileSync(join(dir, 'ap-ready.config.yaml'), 'school: { name: Synthetic Academy }\n');
  return placements;
}
