// Issue 23, inputs: line ends, the one bounded reader for every input, patterns a school writes.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD, GOOD_FINDING, checkJson, repo } from './support.js';

describe('CR-only line ends (classic Mac)', () => {
  it('a finding is on its own line and column, as with LF', () => {
    const { dir, placements } = repo();
    writeFileSync(join(placements, 'good.yaml'), GOOD.replaceAll('\n', '\r'));
    const { report } = checkJson(dir);
    expect(report[0].messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column }))).toEqual([GOOD_FINDING]);
  });
});
