// The summary line tells the truth: --quiet says how many warnings it left out (never "0 warnings" when
// there were some), and pupils whose placement could not be read are counted as unreadable, not dropped.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { PROVIDER, swap } from './helpers.js';
import { config, tempDir } from '../suppress/helpers.js';

const NO_EXIT_PLAN =
  '    exit_plan: Phased return to mainstream from February half-term   # reintegration / next step\n';

async function stylish(files: Record<string, string>, quiet = false) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return runCheck([dir], { asOf: '2025-12-01', config: config(), cwd: dir, format: 'stylish', quiet, color: false });
}

describe('--quiet', () => {
  it('lists errors only and says how many warnings it did not show', async () => {
    const files = {
      'a.yaml': swap(swap(PROVIDER, NO_EXIT_PLAN, ''), 'postcode: LS11 5AB', 'postcode: NOT A CODE'),
      'b.yaml': swap(swap(PROVIDER, NO_EXIT_PLAN, ''), 'pupil: P-0042', 'pupil: P-0043'),
    };
    const loud = await stylish(files);
    expect(loud.stdout).toMatch(/✖ 3 problems \(1 error, 2 warnings\) in 2 of 2 files\./);
    const quiet = await stylish(files, true);
    expect(quiet.stdout).not.toMatch(/0 warnings/);
    expect(quiet.stdout).toMatch(/✖ 1 error in 1 of 2 files \(2 warnings not shown: --quiet\)\./);
    expect(quiet.stdout).not.toMatch(/exit-plan-required/);
  });

  it('with warnings only: no errors, and the warnings it left out', async () => {
    const quiet = await stylish({ 'b.yaml': swap(PROVIDER, NO_EXIT_PLAN, '') }, true);
    expect(quiet.stdout).toMatch(/✔ No errors in 1 file \(1 warning not shown: --quiet\)\./);
    expect(quiet.exitCode).toBe(0);
  });
});

describe('the counts', () => {
  it('say that some records were unreadable, and how many, instead of silently leaving those pupils out', async () => {
    const broken = swap(PROVIDER, '    looked_after: false ', '    looked_after: maybe ');
    const { stdout: text } = await stylish({ 'a.yaml': broken, 'b.yaml': 'provider: [unclosed\n' });
    expect(text).toMatch(
      /0 pupils in AP .*Some records were unreadable: 1 placement and 1 file were not counted; fix the errors above and check again\./s,
    );
  });

  it('say nothing of unreadable records when every record was read', async () => {
    const { stdout: text } = await stylish({ 'a.yaml': PROVIDER });
    expect(text).toMatch(/1 pupil in AP/);
    expect(text).not.toMatch(/unreadable/);
  });
});
