// --include-findings: the documents carry the checks' findings without a file path anywhere, errors first
// and the most important first (a provider that may be an unregistered school, then failed safeguarding,
// before an attendance file's unreadable row), and the planning call lists each provider's findings under
// its pupils. The case: the examples' school with four faults seeded.
import { cpSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../../src/check.js';
import { renderHtml } from '../../src/render/index.js';
import { planningCallView } from '../../src/render/views/planning-call.js';
import { tempDir } from '../support/temp-dir.js';

const AS_OF = '2026-11-16';
const now = new Date(2026, 10, 16, 9, 30);
let dir: string;
let result: CheckResult;

beforeAll(async () => {
  dir = tempDir({}, 'ap-ready-include-findings-');
  cpSync(join(import.meta.dirname, '../../examples'), dir, { recursive: true });
  // An unreadable date and a pupil with no placement, appended to a provider's attendance export.
  appendFileSync(
    join(dir, 'attendance/calder-brook-2026-autumn.csv'),
    '2026-10-0x,am,P-0102,calder-brook-short-stay-school,/,09:32,,\n2026-10-02,am,P-0999,calder-brook-short-stay-school,/,09:32,,\n',
  );
  // Tenter Lane (unregistered): the looked-after P-0109 there all week; its DSL without a phone number.
  const tenter = join(dir, 'placements/tenter-lane-motor-skills.yaml');
  const yaml = readFileSync(tenter, 'utf8')
    .replace('dsl: { name: Gary Lockwood, phone: "0113 496 0531" }', 'dsl: { name: Gary Lockwood }')
    .replace(
      '    hours_per_week: 12\n    cost: { amount: 95, per: day }\n    sessions:\n      - { day: tue, start: "09:00", end: "15:00" }\n      - { day: thu, start: "09:00", end: "15:00" }',
      '    hours_per_week: 30\n    cost: { amount: 95, per: day }\n    sessions:\n' +
        ['mon', 'tue', 'wed', 'thu', 'fri']
          .map((d) => `      - { day: ${d}, start: "09:00", end: "15:00" }`)
          .join('\n'),
    );
  writeFileSync(tenter, yaml);
  result = await check([join(dir, 'placements')], { asOf: AS_OF, cwd: dir });
});

describe('--include-findings', () => {
  it('the seeded faults are found', () => {
    const rules = new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
    for (const id of ['unregistered-full-time', 'safeguarding-dsl', 'attendance-file', 'attendance-unknown-placement'])
      expect(rules, id).toContain(id);
  });

  it('open issues: the unregistered school first, then failed safeguarding, and an unreadable CSV row after both', () => {
    const items = planningCallView(result, { version: 't', now, includeFindings: true, openIssuesShown: 100 })
      .openIssues.items;
    const at = (rule: string) => items.findIndex((f) => f.rule === rule);
    expect(at('unregistered-full-time')).toBe(0);
    expect(at('safeguarding-dsl')).toBe(1);
    expect(at('attendance-file')).toBe(items.length - 1);
    expect(at('attendance-unknown-placement')).toBeGreaterThan(at('safeguarding-dsl'));
    // A finding about an attendance file is headed by what it is, never by its path.
    expect(items[at('attendance-file')].provider).toBe('Attendance records');
  });

  it.each(['planning-call', 'provider-qa', 'placement-records'] as const)('%s: no file path anywhere', (document) => {
    const { html } = renderHtml(document, result, { now, includeFindings: true });
    expect(html).toContain('Open issues');
    expect(html).not.toContain(dir);
    expect(html).not.toMatch(/[\w-]+\.(csv|ya?ml)\b/);
  });

  it("the planning call lists each provider's findings under its pupils, errors first", () => {
    const view = planningCallView(result, { version: 't', now, includeFindings: true });
    const tenter = view.providers.find((p) => p.name.startsWith('Tenter Lane'))!;
    expect(tenter.findings.slice(0, 2).map((f) => f.rule)).toEqual(['unregistered-full-time', 'safeguarding-dsl']);
    const html = renderHtml('planning-call', result, { now, includeFindings: true }).html;
    expect(html).toContain('Open issues for Tenter Lane Motor &amp; Construction Skills CIC and its placements');
    expect(renderHtml('planning-call', result, { now }).html).not.toContain('Open issues for');
  });
});
