// The summary line's figures when only some placement files are checked (named files, pre-commit's staged
// files): every figure is about the pupils counted, so none can exceed the number of pupils in AP. The pupil
// register names every pupil; only those placed at the providers checked count.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { countsSentence } from '../../src/model/wording.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const options = { cwd: EXAMPLES, asOf: '2026-11-16', configPath: join(EXAMPLES, 'ap-ready.config.yaml') };
const files = readdirSync(join(EXAMPLES, 'placements')).map((f) => join('placements', f));

describe('the summary of some of the files', () => {
  it.each(files)('%s alone: no figure exceeds its pupils', async (file) => {
    const { counts } = await check([file], options);
    expect(counts.pupils).toBeGreaterThan(0);
    for (const k of ['send', 'partTime', 'lookedAfter'] as const)
      expect([k, counts[k] <= counts.pupils]).toEqual([k, true]);
    expect(counts.ehcp).toBeLessThanOrEqual(counts.send);
  });

  it("the files one at a time cover the whole folder's figures, and the whole folder is as before", async () => {
    const whole = (await check(['placements'], options)).counts;
    expect(countsSentence(whole)).toMatch(
      /^11 pupils in AP \(6 with SEND, 1 with an EHC plan, 2 on a part-time timetable, 1 looked after\)/,
    );
    const each = await Promise.all(files.map(async (f) => (await check([f], options)).counts));
    for (const k of ['pupils', 'send', 'ehcp', 'partTime', 'lookedAfter'] as const) {
      expect(each.reduce((n, c) => n + c[k], 0)).toBeGreaterThanOrEqual(whole[k]);
    }
  });
});
