import { offSiteDirection } from '../../src/rules/off-site-direction.js';
import { config, placementFile, testRule } from '../support/rule-tester.js';

/** Autumn term 2025 with its half-term (25 Oct–2 Nov). */
const TERMS = config({ term_dates: [{ start: '2025-09-03', end: '2025-10-24' }, { start: '2025-11-03', end: '2025-12-19' }] });

testRule(offSiteDirection, {
  valid: [
    { name: 'notice on Thursday for a Monday start: 2 school days', files: placementFile({ placements: [{ off_site_direction: { notice_date: '2025-10-02' } }] }) },
    { name: 'without term dates, Fri 24 Oct to Mon 3 Nov is 6 school days', files: placementFile({ placements: [{ start_date: '2025-11-03', off_site_direction: { notice_date: '2025-10-24' } }] }) },
    { name: 'with term dates, Thu 23 Oct to Mon 3 Nov is 2 school days', config: TERMS, files: placementFile({ placements: [{ start_date: '2025-11-03', off_site_direction: { notice_date: '2025-10-23' } }] }) },
  ],
  invalid: [
    {
      name: 'notice on Friday for a Monday start: 1 school day', files: placementFile({ placements: [{ off_site_direction: { notice_date: '2025-10-03' } }] }),
      errors: [
        { messageId: 'shortNotice', at: ['placements', 0, 'off_site_direction', 'notice_date'], data: { pupil: 'pupil P-0042', noticeDate: '2025-10-03', days: '1 school day', startDate: '2025-10-06', need: 2 }, message: /1 school day before/ },
      ],
    },
    {
      name: 'notice after the start', files: placementFile({ placements: [{ off_site_direction: { notice_date: '2025-10-07' } }] }),
      errors: [
        { messageId: 'shortNotice', at: ['placements', 0, 'off_site_direction', 'notice_date'] },
      ],
    },
    {
      name: 'with term dates, Fri 24 Oct to Mon 3 Nov (after half-term) is 1 school day', config: TERMS, files: placementFile({ placements: [{ start_date: '2025-11-03', off_site_direction: { notice_date: '2025-10-24' } }] }),
      errors: [
        { messageId: 'shortNotice', at: ['placements', 0, 'off_site_direction', 'notice_date'] },
      ],
    },
  ],
});
