// The counts a check reports: over active placements, distinct pupils; providers in use by registration status.
import { describe, expect, it } from 'vitest';
import { run } from '../support/check-in-memory.js';
import { placementFile } from '../support/rule-tester.js';

const COMPLIANT = placementFile(); // P-0042: SEN support, on a current part-time timetable
/** The same pupil P-0042 at a second provider, on other days (no clash, 18 hours in all). */
const SECOND = placementFile({
  provider: { name: 'Second Centre' },
  placements: [
    {
      sessions: [
        { day: 'tue', start: '09:30', end: '12:30' },
        { day: 'thu', start: '09:30', end: '12:30' },
        { day: 'thu', start: '13:00', end: '16:00' },
      ],
    },
  ],
});
/** A registered PRU with pupil P-0200: EHC plan, looked after, no part-time timetable. */
const registered = (placement: Record<string, unknown> = {}) =>
  placementFile({
    provider: { name: 'Calder PRU', registration: { status: 'registered', type: 'pru', urn: 123456 } },
    placements: [
      {
        pupil: 'P-0200',
        send: 'ehcp',
        looked_after: true,
        part_time_timetable: undefined,
        off_site_direction: undefined,
        ...placement,
      },
    ],
  });

describe('counts', () => {
  it('counts distinct pupils over active placements', async () => {
    const { result } = await run({
      'a.yaml': COMPLIANT,
      'b.yaml': SECOND, // P-0042 again: one pupil
      'c.yaml': registered(),
      'd.yaml': placementFile({
        provider: { name: 'Ended Centre' },
        placements: [
          {
            pupil: 'P-0300',
            end_date: '2025-11-28',
            destination: 'Returned to school',
            outcome: { result: 'reintegrated' },
          },
        ],
      }),
    });
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['multiple-providers', 'multiple-providers']);
    expect(result.counts).toEqual({
      pupils: 2,
      send: 2,
      ehcp: 1,
      partTime: 1,
      lookedAfter: 1,
      providersRegistered: 1,
      providersUnregistered: 2,
      unreadablePlacements: 0,
      unreadableFiles: 0,
    });
  });

  it('a provider with only an upcoming placement is in use and counted by its registration status', async () => {
    const { result } = await run({ 'a.yaml': COMPLIANT, 'c.yaml': registered({ start_date: '2026-01-05' }) });
    expect(result.findings).toEqual([]);
    expect(result.counts).toMatchObject({ pupils: 1, providersRegistered: 1, providersUnregistered: 1 });
  });
});
