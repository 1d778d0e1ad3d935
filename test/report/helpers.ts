// Report inputs for the formatter tests: real findings from check() on YAML written to a temp folder.
import { reportInput } from '../../src/commands/check.js';
import type { ReportInput } from '../../src/report/types.js';
import { PROVIDER, above, checkFiles, swap } from '../suppress/helpers.js';

export { PROVIDER, above, checkFiles, swap };

/** A postcode-format error (line 8), an exit-plan-required warning, and a suppressed postcode-format in a second file. */
export const FILES = {
  'bridge.yaml': swap(
    swap(PROVIDER, 'postcode: LS11 5AB', 'postcode: NOT A CODE'),
    '    exit_plan: Phased return to mainstream from February half-term   # reintegration / next step\n',
    '',
  ),
  'canal.yaml': above(
    swap(
      swap(
        swap(PROVIDER, 'name: Bridge Learning Centre', 'name: Canal Side Tuition'),
        'pupil: P-0042',
        'pupil: P-0043',
      ),
      'postcode: LS11 5AB',
      'postcode: NOT A CODE',
    ),
    'postcode: NOT',
    "# ap-ready-disable-next-line postcode-format -- the provider's post goes to its head office",
  ),
  'clean.yaml': swap(
    swap(PROVIDER, 'name: Bridge Learning Centre', 'name: Mill Lane Tuition'),
    'pupil: P-0042',
    'pupil: P-0044',
  ),
};

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** With `git`, the temp folder is made the root of a git repository (a .git folder is all that marks one). */
export async function inputFor(
  files: Record<string, string> = FILES,
  opts: { quiet?: boolean; git?: boolean } = {},
): Promise<ReportInput & { dir: string }> {
  const result = await checkFiles(files);
  if (opts.git) mkdirSync(join(result.dir, '.git'));
  // displayPath is relative to the folder check() ran in (the temp folder), as it is to the working folder in the CLI.
  return { ...reportInput(result, { ...opts, cwd: result.dir }), dir: result.dir };
}
