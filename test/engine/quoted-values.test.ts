// A value a rule quotes in its message is shown to at most 80 characters, wherever the rule puts it;
// the rule's own words around it are kept whole.
import { describe, expect, it } from 'vitest';
import { capQuoted, MAX_QUOTED } from '../../src/model/wording.js';
import { check } from '../../src/check.js';
import { memoryFs } from '../../src/load/fs.js';
import { placementFile } from '../support/rule-tester.js';

describe('capQuoted', () => {
  it.each([
    [
      'a short quoted name is kept',
      'Provider "Bridge" has no phone: ask for one.',
      'Provider "Bridge" has no phone: ask for one.',
    ],
    [
      'a long quoted name is cut to 80 with …',
      `"${'x'.repeat(500)}" has no phone.`,
      `"${'x'.repeat(80)}…" has no phone.`,
    ],
    [
      'two quoted values, each cut, the words between kept',
      `"${'a'.repeat(90)}" and "${'b'.repeat(90)}" ${'word '.repeat(30)}end.`,
      `"${'a'.repeat(80)}…" and "${'b'.repeat(80)}…" ${'word '.repeat(30)}end.`,
    ],
    [
      'long words outside quotes are not cut',
      `"A" ${'long sentence '.repeat(20)}"B".`,
      `"A" ${'long sentence '.repeat(20)}"B".`,
    ],
  ])('%s', (_name, message, expected) => {
    expect(capQuoted(message)).toBe(expected);
  });
});

describe('through the engine', () => {
  it('a 100,000-character provider name is quoted to 80 characters in every finding', async () => {
    const name = 'N'.repeat(100_000);
    const fs = memoryFs({
      '/school/placements/a.yaml': placementFile({
        provider: { name, safeguarding: { dsl: undefined }, agreement: undefined },
      }),
    });
    const result = await check(['/school/placements'], { fs, cwd: '/school', asOf: '2025-12-01' });
    const withName = result.findings.filter((f) => f.message.includes('NNNN'));
    expect(withName.length).toBeGreaterThan(0);
    for (const f of withName) {
      expect(f.message).toContain(`"${'N'.repeat(MAX_QUOTED)}…"`);
      expect(f.message.length).toBeLessThan(400);
    }
  });
});
