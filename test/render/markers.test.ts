// The planning call says what needs action in words beside the pupil's row: a part-time timetable whose
// review has passed or that is used for behaviour, a placement past its planned end; online sessions are
// marked as online in the days and times.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { memoryFs } from '../../src/load/fs.js';
import { planningCallView } from '../../src/render/views/planning-call.js';
import { placementFile } from '../support/rule-tester.js';

const now = new Date(2025, 11, 1, 9, 30);

async function pupilRow(provider: Record<string, unknown>, placement: Record<string, unknown>) {
  const fs = memoryFs({ '/school/placements/a.yaml': placementFile({ provider, placements: [placement] }) });
  const result = await check(['/school/placements'], { cwd: '/school', asOf: '2025-12-01', fs });
  return planningCallView(result, { version: 'test', now }).providers[0].pupils[0];
}

describe('planning call markers', () => {
  it('a compliant placement carries none', async () => {
    expect((await pupilRow({}, {})).markers).toEqual([]);
  });
  it('a part-time timetable review passed, for behaviour, and past the planned end: each in words', async () => {
    const row = await pupilRow(
      {},
      {
        reason_category: 'behaviour',
        planned_end_date: '2025-11-28',
        part_time_timetable: { review_date: '2025-11-20' },
      },
    );
    expect(row.markers).toEqual([
      'Part-time timetable review was due 20 November 2025',
      "Part-time timetable for behaviour: the attendance guidance says it should not be used to manage a pupil's behaviour",
      'Past its planned end (28 November 2025)',
    ]);
  });
  it('sessions at an online provider, or a session marked online, say so', async () => {
    expect((await pupilRow({ delivery: 'online' }, {})).sessionLines).toEqual([
      { text: 'Mon, Wed, Fri 09:30–12:30', online: true },
    ]);
    const mixed = await pupilRow(
      { delivery: 'mixed' },
      {
        sessions: [
          { day: 'mon', start: '09:30', end: '12:30' },
          { day: 'wed', start: '09:30', end: '12:30', online: true },
        ],
        hours_per_week: 6,
      },
    );
    expect(mixed.sessionLines).toEqual([
      { text: 'Mon 09:30–12:30', online: false },
      { text: 'Wed 09:30–12:30', online: true },
    ]);
  });
});

describe('words, never internal codes', async () => {
  const { REASON_CATEGORIES: CATS, UNREGISTERED_TYPES, REGISTERED_TYPES } = await import('../../src/model/schema.js');
  const labels = await import('../../src/model/labels.js');
  it('every reason category and provider type has words', () => {
    for (const c of CATS) expect(labels.REASON_CATEGORIES[c], c).toBeTruthy();
    for (const t of [...REGISTERED_TYPES, ...UNREGISTERED_TYPES]) expect(labels.REGISTRATION_TYPES[t], t).toBeTruthy();
    expect(labels.REASON_CATEGORIES['vocational-course']).toBe('Vocational course');
    expect(labels.REGISTRATION_TYPES['care-farm']).toBe('Care farm');
  });
});

describe('review notes in the placement records', () => {
  it('are left out by default (the record says notes are held) and printed with includeNotes', async () => {
    const { renderHtml } = await import('../../src/render/index.js');
    const fs = memoryFs({
      '/school/placements/a.yaml': placementFile({
        placements: [
          { reviews: [{ date: '2025-11-14', attendance_percent: 86, notes: 'Talked about the move home.' }] },
        ],
      }),
    });
    const result = await check(['/school/placements'], { cwd: '/school', asOf: '2025-12-01', fs });
    const plain = renderHtml('placement-records', result, { now }).html;
    expect(plain).not.toContain('Talked about the move home.');
    expect(plain).toContain('Notes held; not printed');
    expect(renderHtml('placement-records', result, { now, includeNotes: true }).html).toContain(
      'Talked about the move home.',
    );
  });
});
