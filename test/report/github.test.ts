// --format github: GitHub Actions workflow commands, asserted line for line, escaping included.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/findings.js';
import { escapeData, escapeProperty, github } from '../../src/report/github.js';
import type { ReportInput } from '../../src/report/types.js';
import { inputFor } from './helpers.js';

const input = (files: { displayPath: string; findings: Finding[]; suppressed?: Finding[] }[]): ReportInput => ({
  files: files.map((f) => ({
    path: `/repo/${f.displayPath}`,
    displayPath: f.displayPath,
    findings: f.findings,
    suppressed: f.suppressed ?? [],
  })),
  counts: {
    pupils: 0,
    send: 0,
    ehcp: 0,
    partTime: 0,
    lookedAfter: 0,
    providersRegistered: 0,
    providersUnregistered: 0,
    unreadablePlacements: 0,
    unreadableFiles: 0,
  },
  asOf: '2025-12-01',
  rules: [],
  color: false,
  version: '0.0.0',
});

const finding = (f: Partial<Finding>): Finding => ({
  ruleId: 'postcode-format',
  severity: 'error',
  message: 'The postcode is wrong.',
  file: '/repo/p.yaml',
  line: 8,
  column: 15,
  ...f,
});

describe('github', () => {
  it.each([
    ['% becomes %25', 'Attendance 50%', 'Attendance 50%25'],
    ['CR and LF are escaped', 'one\r\ntwo\nthree', 'one%0D%0Atwo%0Athree'],
    [': and , stay in a message', 'Pupil P-1: see a, b', 'Pupil P-1: see a, b'],
    ['%0A written literally is kept literal', 'say %0A', 'say %250A'],
  ])('message: %s', (_name, message, want) => {
    expect(escapeData(message)).toBe(want);
  });

  it.each([
    ['plain', 'placements/a.yaml', 'placements/a.yaml'],
    [': and , are escaped', 'placements/a:b,c.yaml', 'placements/a%3Ab%2Cc.yaml'],
    ['% first, so nothing is escaped twice', 'p/100%,x', 'p/100%25%2Cx'],
    ['line breaks', 'a\nb\rc', 'a%0Ab%0Dc'],
  ])('property: %s', (_name, value, want) => {
    expect(escapeProperty(value)).toBe(want);
  });

  it('writes one command per finding, errors and warnings, with the region and the rule as title', () => {
    const text = github(
      input([
        {
          displayPath: 'placements/bridge.yaml',
          findings: [
            finding({ line: 8, column: 15, endLine: 8, endColumn: 25 }),
            finding({
              ruleId: 'exit-plan-required',
              severity: 'warn',
              message: 'Placement of P-0042: no exit plan.',
              line: 46,
              column: 5,
            }),
          ],
        },
        { displayPath: 'placements/clean.yaml', findings: [] },
        {
          displayPath: 'placements/odd, name: 2.yaml',
          findings: [finding({ message: '50% done\nnext line', line: 1, column: 1, endLine: 3, endColumn: 2 })],
        },
      ]),
    );
    expect(text).toBe(
      [
        '::error file=placements/bridge.yaml,line=8,col=15,endLine=8,endColumn=25,title=postcode-format::The postcode is wrong.',
        '::warning file=placements/bridge.yaml,line=46,col=5,title=exit-plan-required::Placement of P-0042: no exit plan.',
        '::error file=placements/odd%2C name%3A 2.yaml,line=1,col=1,endLine=3,endColumn=2,title=postcode-format::50%25 done%0Anext line',
        '',
      ].join('\n'),
    );
  });

  it('leaves suppressed findings out, and prints nothing when there is nothing to say', () => {
    const quiet = input([
      { displayPath: 'p.yaml', findings: [], suppressed: [finding({ suppression: { justification: 'ok' } })] },
    ]);
    expect(github(quiet)).toBe('');
  });

  it('uses the path relative to the working folder for real findings', async () => {
    const lines = github(await inputFor())
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=bridge\.yaml,line=8,col=15,endLine=8,endColumn=25,title=postcode-format::/);
    expect(lines[1]).toMatch(
      /^::warning file=bridge\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=exit-plan-required::/,
    );
  });
});
