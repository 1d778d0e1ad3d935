// Every rule names its sources by published title, and no output uses the old shorthand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { SOURCES, citation, citations } from '../../src/model/sources.js';
import { sourceSection, SECTION_START } from '../../src/model/source-section.js';
import { explainRule, forTerminal, listRules } from '../../src/commands/rules.js';

const SHORTHAND = /\b(VNS|APG|OFS|KCSIE|ATT|REG|OSD|WTISA)\b|seed \d|as the seed reads it|have not seen/;
// A check of the data itself (syntax, form, consistency) rests on no law; every other rule names one.
const DATA_ONLY = new Set([
  'session-clash',
  'yaml-syntax',
  'schema',
  'date-format',
  'suppression-invalid',
  'session-times',
  'dates-order',
  'duplicate-pupil',
  'combined-hours',
  'pupil-facts-conflict',
  'text-too-long',
]);

describe('sources', () => {
  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s names a published title, or is a check of the data itself',
    (id, rule) => {
      if (DATA_ONLY.has(id)) {
        expect(rule.sources).toEqual([]);
        return;
      }
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const ref of rule.sources) {
        const doc = SOURCES[ref.source];
        expect(doc, `${id}: unknown source ${ref.source}`).toBeDefined();
        expect(doc.title.length).toBeGreaterThan(15);
        expect(citation(ref)).toContain(doc.title);
        expect(citation(ref)).not.toMatch(SHORTHAND);
      }
    },
  );

  it('links only to official pages', () => {
    for (const doc of Object.values(SOURCES) as { url?: string }[]) {
      if (doc.url)
        expect(doc.url).toMatch(/^https:\/\/www\.(gov\.uk\/government\/publications|legislation\.gov\.uk)\//);
    }
  });

  it('cites safeguarding guidance by its current edition', () => {
    expect(SOURCES.kcsie.title).toBe('Keeping children safe in education 2025');
    const kcsieRules = RULES.filter((r) => r.sources.some((s) => s.source === 'kcsie'));
    expect(kcsieRules.map((r) => r.id).sort()).toEqual([
      'absence-not-followed-up',
      'attendance-missing',
      'attendance-reported-late',
      'attendance-unknown-placement',
      'free-text-sensitive',
      'missing-education-risk',
      'postcode-format',
      'risk-assessment',
      'safeguarding-checks',
      'safeguarding-dsl',
      'safeguarding-policy',
      'social-worker-informed',
      'whereabouts-gap',
      'whereabouts-unknown',
    ]);
    for (const r of kcsieRules) expect(r.sources.find((s) => s.source === 'kcsie')!.part).toMatch(/^Part (two|three)/);
  });

  it("cites KCSIE's alternative provision paragraphs by one part, and names a provider's blog where the words are not Ofsted's", () => {
    const ap = RULES.flatMap((r) =>
      r.sources.filter((s) => s.source === 'kcsie' && /alternative provision/.test(s.part ?? '')).map((s) => s.part),
    );
    expect(ap.length).toBeGreaterThan(3);
    expect(new Set(ap)).toEqual(new Set(['Part three (safer recruitment): alternative provision']));
    for (const id of [
      'postcode-format',
      'urn-required',
      'reason-required',
      'hours-required',
      'whereabouts-unknown',
      'whereabouts-gap',
    ]) {
      const rule = RULES.find((r) => r.id === id)!;
      expect(citations(rule.sources), id).toContain(
        'Next Steps Education (an alternative provision provider), blog post',
      );
      for (const ref of rule.sources.filter((s) => s.source === 'ofsted-operating-guide'))
        expect(ref.part).not.toMatch(/names, addresses|where pupils are/);
    }
  });

  it('--explain prints no marker meant for tools: no HTML comment, no `yaml bad` fence', () => {
    const pages = RULES.map((r) => explainRule(r.id));
    expect(pages.some((p) => p.includes('```yaml'))).toBe(true);
    for (const page of pages) {
      expect(page).not.toMatch(/<!--|-->/);
      expect(page).not.toMatch(/^```yaml bad/m);
    }
    expect(forTerminal('a\n<!-- x -->\n```yaml bad\nk: v\n```\n')).toBe('a\n```yaml\nk: v\n```\n');
  });

  it('the catalogue and --explain show titles, never shorthand', () => {
    const list = listRules();
    expect(list).not.toMatch(SHORTHAND);
    expect(list).toContain('Keeping children safe in education 2025');
    for (const r of RULES) expect(explainRule(r.id)).not.toMatch(SHORTHAND);
  });

  it("each rule page carries the Sources section made from the table, and its header's default severity", () => {
    for (const r of RULES) {
      const page = readFileSync(new URL(`../../docs/rules/${r.id}.md`, import.meta.url), 'utf8');
      expect(page, r.id).toContain(SECTION_START);
      expect(page, r.id).toContain(sourceSection(r.sources));
      expect(page, r.id).toMatch(new RegExp(`^\\*\\*Default severity:\\*\\* ${r.defaultSeverity}\\b`, 'm'));
    }
  });

  it('says where a figure is only the default', () => {
    for (const id of ['attendance-reporting', 'qa-overdue', 'review-overdue', 'safeguarding-checks']) {
      const rule = RULES.find((r) => r.id === id)!;
      expect(
        rule.sources.some((s) => /ap-ready's default/.test(s.note ?? '')),
        id,
      ).toBe(true);
      expect(citations(rule.sources)).not.toMatch(SHORTHAND);
    }
    expect(RULES.find((r) => r.id === 'attendance-reporting')!.defaultSeverity).toBe('warn');
  });
});
