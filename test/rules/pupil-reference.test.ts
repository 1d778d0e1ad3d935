import { pupilReference } from '../../src/rules/pupil-reference.js';
import { placementFile, testRule } from '../support/rule-tester.js';

/** The same pupil at a second provider, on other days (9 hours: tue and thu), with `placement` laid over it. */
const second = (placement: Record<string, unknown> = {}) => placementFile({
  provider: { name: 'Second Centre' },
  placements: [{
    sessions: [{ day: 'tue', start: '09:30', end: '12:30' }, { day: 'thu', start: '09:30', end: '12:30' }, { day: 'thu', start: '13:00', end: '16:00' }],
    ...placement,
  }],
});

testRule(pupilReference, {
  valid: [
    { name: 'a pseudonym with a key stage', files: placementFile({ placements: [{ pupil: 'KS3-17' }] }) },
    { name: 'one capitalised word', files: placementFile({ placements: [{ pupil: 'Kestrel-7' }] }) },
  ],
  invalid: [
    {
      name: 'a name', files: placementFile({ placements: [{ pupil: 'Jane Smith' }] }),
      errors: [
        { messageId: 'personal', at: ['placements', 0, 'pupil'], data: { placement: 1, kind: 'a name' }, message: /looks like a name/ },
      ],
    },
    {
      name: 'a name, with other findings about the same pupil', files: placementFile({ placements: [{ exit_plan: undefined, pupil: 'Jane Smith' }] }),
      errors: [
        { messageId: 'personal', at: ['placements', 0, 'pupil'], data: { placement: 1, kind: 'a name' }, message: /^(?!.*(?:Jane|Smith))/i },
      ],
    },
    {
      name: 'an email address', files: placementFile({ placements: [{ pupil: 'j.smith@example.org' }] }),
      errors: [
        { messageId: 'personal', at: ['placements', 0, 'pupil'], data: { placement: 1, kind: 'an email address' }, message: /an email address/ },
      ],
    },
    {
      name: 'a date of birth', files: placementFile({ placements: [{ pupil: '2011-03-04' }] }),
      errors: [
        { messageId: 'personal', at: ['placements', 0, 'pupil'], data: { placement: 1, kind: 'a date' }, message: /a date/ },
      ],
    },
    {
      name: 'a UPN', files: placementFile({ placements: [{ pupil: 'A12345678901B' }] }),
      errors: [
        { messageId: 'personal', at: ['placements', 0, 'pupil'], data: { placement: 1, kind: 'a unique pupil number (UPN)' }, message: /UPN/ },
      ],
    },
    {
      name: 'a name at two providers: no cross-file message repeats it either', files: { 'a.yaml': placementFile({ placements: [{ pupil: 'Jane Smith' }] }), 'b.yaml': second({ pupil: 'Jane Smith' }) },
      errors: [
        { file: 'a.yaml', messageId: 'personal', at: ['placements', 0, 'pupil'], data: { placement: 1, kind: 'a name' }, message: /^(?!.*(?:Jane|Smith))/i },
        { file: 'b.yaml', messageId: 'personal', at: ['placements', 0, 'pupil'], data: { placement: 1, kind: 'a name' }, message: /^(?!.*(?:Jane|Smith))/i },
      ],
    },
  ],
});
