import { laNotified } from '../../src/rules/la-notified.js';
import { config, placementFile, testRule } from '../support/rule-tester.js';

const REGISTERED = {
  registration: {
    status: 'registered',
    type: 'independent-school',
    urn: 123456,
    full_time_pupils_confirmed: undefined,
  },
};

testRule(laNotified, {
  valid: [
    { name: 'the local authority was told', files: placementFile() },
    {
      name: 'commissioned by the local authority',
      files: placementFile({
        placements: [{ commissioned_by: 'local-authority', attendance_code: 'K', la_notified: undefined }],
      }),
    },
    {
      name: 'a registered provider',
      files: placementFile({ provider: REGISTERED, placements: [{ la_notified: undefined }] }),
    },
    {
      name: 'an ended placement',
      files: placementFile({
        placements: [{ la_notified: undefined, end_date: '2025-11-28', destination: 'Returned to school' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'an active placement with no la_notified',
      files: placementFile({ placements: [{ la_notified: undefined }] }),
      errors: [
        { messageId: 'missing', at: ['placements', 0, 'la_notified'], key: true, data: { pupil: 'pupil P-0042' } },
      ],
    },
    {
      name: 'la_notified: null',
      files: placementFile({ placements: [{ la_notified: null }] }),
      errors: [{ messageId: 'missing', at: ['placements', 0, 'la_notified'], key: true }],
    },
    // The local authority is told before the pupil starts, not once they are there.
    {
      // The run hides a reference outside the school's own pattern from every rule's message, not only pupil-reference's.
      name: "a reference outside the school's pattern is not repeated",
      files: placementFile({ placements: [{ la_notified: undefined }] }),
      config: config({ pupil_reference_pattern: 'S[0-9]{5}' }),
      errors: [
        {
          messageId: 'missing',
          at: ['placements', 0, 'la_notified'],
          key: true,
          data: { pupil: 'the pupil of placement 1 (reference hidden)' },
        },
      ],
    },
    {
      name: 'an upcoming placement with no la_notified',
      files: placementFile({ placements: [{ start_date: '2025-12-08', la_notified: undefined }] }),
      errors: [{ messageId: 'missing', at: ['placements', 0, 'la_notified'], key: true }],
    },
  ],
});

// Cases converted from the old rule table.
testRule(laNotified, {
  valid: [
    {
      name: 'commissioned by the local authority',
      files: placementFile({
        placements: [{ la_notified: undefined, commissioned_by: 'local-authority', attendance_code: 'K' }],
      }),
    },
    {
      name: 'a registered provider',
      files: placementFile({
        provider: { registration: { status: 'registered', type: 'pru', urn: 123456 } },
        placements: [{ la_notified: undefined }],
      }),
    },
  ],
  invalid: [
    {
      name: 'la_notified: null',
      files: placementFile({ placements: [{ la_notified: null }] }),
      errors: [
        { messageId: 'missing', at: ['placements', 0, 'la_notified'], key: true, data: { pupil: 'pupil P-0042' } },
      ],
    },
    {
      name: 'no la_notified: reported at the placement',
      files: placementFile({ placements: [{ la_notified: undefined }] }),
      errors: [{ messageId: 'missing', at: ['placements', 0, 'la_notified'], key: true }],
    },
  ],
});
