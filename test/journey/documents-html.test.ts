// The journey's documents as HTML, from the examples (no browser: the unit project, so coverage counts them): the
// case pack of one pupil, the governors' termly report, which names no pupil and prints no count below 3, and
// the charts. The PDF of every pupil's case pack is test/render/journey.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../../src/check.js';
import { renderHtml } from '../../src/render/index.js';
import { attendanceChart, timelineChart } from '../../src/render/charts.js';
import { DATA_SETS, squash } from '../render/support.js';

const examples = DATA_SETS.find((s) => s.name === 'examples')!;
const now = new Date(2026, 10, 23, 9, 30);
let result: CheckResult;
beforeAll(async () => {
  result = await check([examples.placements], { asOf: examples.asOf, configPath: examples.config });
});

const cellTexts = (html: string) => [...html.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1].trim());

describe('the case pack', () => {
  it('one pupil: every placement, objectives from baseline through the reviews to the goal, who took part, outcome, the week, safeguards; never the notes or another pupil', () => {
    const { html } = renderHtml('pupil', result, { now, pupil: 'p-0107 ' });
    const text = squash(html.replace(/<[^>]+>/g, ' '));
    expect(text).toContain('P-0107');
    for (const provider of [
      'Calder Brook Short Stay School',
      'Tenter Lane Motor &amp; Construction Skills CIC',
      'Inkwell Lane Tuition Centre',
    ])
      expect(text).toContain(provider);
    expect(text).toContain('20 April 2026 to 17 July 2026 (ended; 12 weeks)');
    expect(text).toContain('14 September 2026 to now (9 weeks so far)');
    expect(text).toContain(
      'Objective &quot;attendance&quot; : Attend at least 90% of sessions (attendance-percent) 18 December 2026 71 20 October 2026: On track (92) 12 November 2026: Met (95) 90 Met',
    );
    expect(text).toContain('School, provider, pupil');
    expect(text).toContain('Outcome: Another alternative provision. Objectives met: 2 of 2');
    expect(text).toMatch(/The pupil's week of 16 November 2026/);
    expect(text).toContain('Risk assessment (Tenter Lane Motor &amp; Construction Skills CIC) 10 September 2026');
    // Review notes may hold personal data: never printed. Nor is any other pupil.
    expect(html).not.toContain('Joint review with Inkwell Lane');
    expect(html).not.toMatch(/P-01(0[0-689]|1\d)\b/);
    // The charts: inline SVG images with a text alternative, no script.
    expect(html).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="c\d+-t c\d+-d"/);
    expect(html).toMatch(
      /<desc id="c\d+-d">Calder Brook Short Stay School: from 20 April 2026 to 17 July 2026; reviews on 22 May 2026, 3 July 2026\./,
    );
    expect(html).not.toMatch(/<script/i);
  });

  it('a reference with no placement is a usage error naming it', () => {
    expect(() => renderHtml('pupil', result, { now, pupil: 'P-9999' })).toThrow(
      /No placement in the records is of pupil "P-9999"/,
    );
  });
});

describe("the governors' termly report", () => {
  it('this term beside the last, no pupil reference, no count of 1 or 2 printed exactly', () => {
    const { html } = renderHtml('governors', result, { now });
    expect(html).not.toMatch(/P-\d{4}/);
    expect(html).toContain('Autumn term 2026');
    expect(html).toContain('Summer term 2026');
    const cells = cellTexts(html);
    expect(cells.length).toBeGreaterThan(20);
    for (const c of cells)
      expect(c, c).toMatch(
        /^(fewer than 3|withheld|0|[3-9]|\d{2,}|none due|— |—|£[\d,]+|(0|[3-9]|\d{2,}) of (fewer than 3|[3-9]|\d{2,})( \(\d+%\))?|withheld \(of (fewer than 3|[3-9]|\d{2,})\))$/,
      );
    expect(cells).toContain('fewer than 3');
    expect(html).toMatch(/Spend this term, estimated .*<strong>£[\d,]+<\/strong>/s);
    expect(html).toContain('Due next term (Spring term 2027)');
  });

  it('--term names another term; a malformed one is a usage error', () => {
    expect(renderHtml('governors', result, { now, term: 'summer-2026' }).html).toContain(
      'Summer term 2026: 1 April 2026 to 31 July 2026',
    );
    expect(() => renderHtml('governors', result, { now, term: 'autumn 2026' })).toThrow(
      /term "autumn 2026" is not a term: write it as autumn-2026/,
    );
  });
});

describe('charts', () => {
  it('escape what they write and describe what they draw', () => {
    const svg = timelineChart(
      [
        {
          label: 'A <b>&</b> "B"',
          start: '2026-09-01',
          end: '2026-11-16',
          planned: '2027-01-01',
          ongoing: true,
          reviews: ['2026-10-01'],
        },
      ],
      '2026-11-16',
      'T & <x>',
    );
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot;');
    expect(svg).toContain('<title id="c');
    expect(svg).toMatch(/still running, planned to end 1 January 2027; reviews on 1 October 2026\./);
    const bars = attendanceChart([{ monday: '2026-11-02', possible: 4, present: 3, authorised: 0, unauthorised: 1 }], {
      title: 'x',
      persistent: 90,
      severe: 50,
    });
    expect(bars).toContain('week of 2 November 2026, 3 of 4 sessions present');
    expect(bars).toContain('90% (persistent absence below)');
  });

  it('stay legible: the year on a line of its own, narrow months named every other, threshold lines over a white line', () => {
    const texts = (svg: string) => [...svg.matchAll(/<text [^>]*class="axis">([^<]*)<\/text>/g)].map((m) => m[1]);
    const bar = {
      label: 'A',
      start: '2026-05-01',
      end: '2026-11-16',
      planned: '2027-07-01',
      ongoing: true,
      reviews: [],
    };
    const months = texts(timelineChart([bar], '2026-11-16', 't'));
    // May 2026 to July 2027: 15 months of about 29 px, each named; the year above May and above January.
    expect(months.filter((t) => /^\d{4}$/.test(t))).toEqual(['2026', '2027']);
    expect(months).toContain('Jan');
    expect(months.some((t) => /[A-Z][a-z]{2} \d{4}/.test(t))).toBe(false);
    // Three years: months of under 22 px, so only every other month is named.
    const long = texts(timelineChart([{ ...bar, start: '2024-09-02' }], '2026-11-16', 't'));
    expect(long).not.toContain('Feb');
    expect(long).toContain('Mar');
    const bars = attendanceChart([{ monday: '2026-11-02', possible: 4, present: 4, authorised: 0, unauthorised: 0 }], {
      title: 'x',
      persistent: 90,
      severe: 50,
    });
    expect(bars.match(/stroke="#fff" stroke-width="3\.2"/g)).toHaveLength(2);
  });
});
