// The register cases; the placement cases are in the rules table (rules.test.ts).
import { pupilReference } from '../../src/rules/pupil-reference.js';
import { placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

testRule(pupilReference, {
  valid: [
    { name: 'pseudonymous references in the register', files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile([{}, { ref: 'KS3-17', school_sessions: [] }]) } },
  ],
  invalid: [
    {
      name: 'a name in the register: never repeated',
      files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile([{}, { ref: 'Jane Smith', school_sessions: [] }]) },
      errors: [{ file: 'pupils.yaml', messageId: 'register', at: ['pupils', 1, 'ref'], data: { pupil: 2, kind: 'a name' } }],
    },
    {
      name: 'a UPN in the register',
      files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile([{}, { ref: 'A12345678901B' }]) },
      errors: [{ file: 'pupils.yaml', messageId: 'register', at: ['pupils', 1, 'ref'], message: /^The reference of pupil 2 in the register looks like a unique pupil number \(UPN\)/ }],
    },
  ],
});
