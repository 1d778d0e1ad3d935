// The findings document counts and lists each finding once: the pupil register is a YAML file like the
// placement files, and must not come round again among the other files (attendance CSVs).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { findingsView } from '../../src/render/views/findings.js';

const examples = resolve(import.meta.dirname, '../../examples');

describe('findings view of the examples', () => {
  it('lists every file once and counts what check counts', async () => {
    const result = await check(['placements'], { cwd: examples, asOf: '2026-11-16' });
    const view = findingsView(result, { version: '0', now: new Date(2026, 10, 16) });
    const files = [...view.groups.map((g) => g.file), ...view.clean.map((c) => c.file)];
    expect(files.filter((f, i) => files.indexOf(f) !== i)).toEqual([]);
    expect(files.sort()).toEqual(result.checked.map((c) => c.displayPath).sort());
    expect(view.totals.warnings).toBe(result.findings.filter((f) => f.severity === 'warn' && !f.suppression).length);
    expect(view.totals.errors).toBe(result.findings.filter((f) => f.severity === 'error' && !f.suppression).length);
  });
});
