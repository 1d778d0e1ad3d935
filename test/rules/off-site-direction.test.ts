import { offSiteDirection } from '../../src/rules/off-site-direction.js';
import { config, placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

/** Autumn term 2025 with its half-term (25 Oct–2 Nov). */
const TERMS = config({
  term_dates: [
    { start: '2025-09-03', end: '2025-10-24' },
    { start: '2025-11-03', end: '2025-12-19' },
  ],
});

testRule(offSiteDirection, {
  valid: [
    {
      name: 'notice on Thursday for a Monday start: 2 school days',
      files: placementFile({ placements: [{ off_site_direction: { notice_date: '2025-10-02' } }] }),
    },
    {
      name: 'without term dates, Fri 24 Oct to Mon 3 Nov is 6 school days',
      files: placementFile({
        placements: [{ start_date: '2025-11-03', off_site_direction: { notice_date: '2025-10-24' } }],
      }),
    },
    {
      name: 'with term dates, Thu 23 Oct to Mon 3 Nov is 2 school days',
      config: TERMS,
      files: placementFile({
        placements: [{ start_date: '2025-11-03', off_site_direction: { notice_date: '2025-10-23' } }],
      }),
    },
    {
      name: 'a maintained school may direct',
      config: config({ school: { name: 'T', type: 'maintained' } }),
      files: placementFile({ placements: [{ off_site_direction: { notice_date: '2025-10-02' } }] }),
    },
    {
      name: 'an academy with no off-site direction recorded',
      config: config({ school: { name: 'T', type: 'academy' } }),
      files: placementFile({ placements: [{ off_site_direction: undefined }] }),
    },
    {
      name: 'an EHC plan, the LA given notice 2 school days before',
      files: placementFile({
        placements: [{ send: 'ehcp', off_site_direction: { notice_date: '2025-10-02', la_notice_date: '2025-10-02' } }],
      }),
    },
    {
      name: 'the register says SEN support, though the placement says EHC plan: no LA notice needed',
      files: {
        'a.yaml': placementFile({
          placements: [{ send: 'ehcp', off_site_direction: { notice_date: '2025-10-02', la_notice_date: undefined } }],
        }),
        'pupils.yaml': pupilsFile([{ send: 'sen-support' }]),
      },
    },
  ],
  invalid: [
    {
      name: 'notice on Friday for a Monday start: 1 school day',
      files: placementFile({ placements: [{ off_site_direction: { notice_date: '2025-10-03' } }] }),
      errors: [
        {
          messageId: 'shortNotice',
          at: ['placements', 0, 'off_site_direction', 'notice_date'],
          data: {
            pupil: 'pupil P-0042',
            noticeDate: '2025-10-03',
            days: '1 school day',
            startDate: '2025-10-06',
            need: 2,
          },
          message: /1 school day before/,
        },
      ],
    },
    {
      name: 'notice after the start',
      files: placementFile({ placements: [{ off_site_direction: { notice_date: '2025-10-07' } }] }),
      errors: [{ messageId: 'shortNotice', at: ['placements', 0, 'off_site_direction', 'notice_date'] }],
    },
    {
      name: 'with term dates, Fri 24 Oct to Mon 3 Nov (after half-term) is 1 school day',
      config: TERMS,
      files: placementFile({
        placements: [{ start_date: '2025-11-03', off_site_direction: { notice_date: '2025-10-24' } }],
      }),
      errors: [{ messageId: 'shortNotice', at: ['placements', 0, 'off_site_direction', 'notice_date'] }],
    },
    {
      name: 'an academy recording an off-site direction',
      config: config({ school: { name: 'T', type: 'academy' } }),
      files: placementFile({ placements: [{ off_site_direction: { notice_date: '2025-10-02' } }] }),
      errors: [
        {
          messageId: 'notMaintained',
          at: ['placements', 0, 'off_site_direction'],
          key: true,
          data: { pupil: 'pupil P-0042', kind: 'an academy' },
          message: /power of a maintained school's governing body/,
        },
      ],
    },
    {
      name: 'an EHC plan, no notice to the LA recorded',
      files: placementFile({
        placements: [{ send: 'ehcp', off_site_direction: { notice_date: '2025-10-02', la_notice_date: undefined } }],
      }),
      errors: [
        {
          messageId: 'laNotice',
          at: ['placements', 0, 'off_site_direction'],
          key: true,
          message: /^Pupil P-0042 has an EHC plan, but no written notice .* to the local authority/,
        },
      ],
    },
    {
      name: 'the register says EHC plan (the placement SEN support): no notice to the LA recorded',
      files: {
        'a.yaml': placementFile({
          placements: [{ off_site_direction: { notice_date: '2025-10-02', la_notice_date: undefined } }],
        }),
        'pupils.yaml': pupilsFile([{ send: 'ehcp' }]),
      },
      errors: [{ file: 'a.yaml', messageId: 'laNotice', at: ['placements', 0, 'off_site_direction'], key: true }],
    },
    {
      name: 'an EHC plan, the LA told the day before',
      files: placementFile({
        placements: [{ send: 'ehcp', off_site_direction: { notice_date: '2025-10-02', la_notice_date: '2025-10-03' } }],
      }),
      errors: [
        {
          messageId: 'laShortNotice',
          at: ['placements', 0, 'off_site_direction', 'la_notice_date'],
          data: {
            pupil: 'pupil P-0042',
            noticeDate: '2025-10-03',
            days: '1 school day',
            startDate: '2025-10-06',
            need: 2,
          },
        },
      ],
    },
  ],
});
