import { laNotified } from '../../src/rules/la-notified.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(laNotified, {
  valid: [
    { name: 'commissioned by the local authority', files: placementFile({ placements: [{ la_notified: undefined, commissioned_by: 'local-authority', attendance_code: 'K' }] }) },
    { name: 'a registered provider', files: placementFile({ provider: { registration: { status: 'registered', type: 'pru', urn: 123456 } }, placements: [{ la_notified: undefined }] }) },
  ],
  invalid: [
    {
      name: 'la_notified: null', files: placementFile({ placements: [{ la_notified: null }] }),
      errors: [
        { messageId: 'missing', at: ['placements', 0, 'la_notified'], key: true, data: { pupil: 'pupil P-0042' } },
      ],
    },
    {
      name: 'no la_notified: reported at the placement', files: placementFile({ placements: [{ la_notified: undefined }] }),
      errors: [
        { messageId: 'missing', at: ['placements', 0, 'la_notified'], key: true },
      ],
    },
  ],
});
