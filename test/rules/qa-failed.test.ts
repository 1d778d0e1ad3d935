import { qaFailed } from '../../src/rules/qa-failed.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(qaFailed, {
  valid: [
    { name: 'an older failed QA, listed after the latest one that meets', files: placementFile({ provider: { quality_assurance: [{ date: '2025-09-15', by: 'Deputy Headteacher', against: 'voluntary-national-standards', outcome: 'meets', areas: { safeguarding: 'meets', health_and_safety: 'meets', admissions_and_support: 'partly-meets', quality_of_education: 'meets' }, notes: 'Visited site; premises and H&S checked.' }, { date: '2025-06-01', by: 'Deputy Headteacher', against: 'voluntary-national-standards', outcome: 'does-not-meet' }] } }) },
  ],
  invalid: [
    {
      name: 'outcome does-not-meet', files: placementFile({ provider: { quality_assurance: [{ date: '2025-09-15', by: 'Deputy Headteacher', against: 'voluntary-national-standards', outcome: 'does-not-meet', areas: { safeguarding: 'meets', health_and_safety: 'meets', admissions_and_support: 'partly-meets', quality_of_education: 'meets' }, notes: 'Visited site; premises and H&S checked.' }] } }),
      errors: [
        { messageId: 'failed', at: ['provider', 'quality_assurance', 0, 'outcome'], data: { name: 'Bridge Learning Centre', date: '2025-09-15' } },
      ],
    },
    {
      name: 'one VNS area does-not-meet', files: placementFile({ provider: { quality_assurance: [{ date: '2025-09-15', by: 'Deputy Headteacher', against: 'voluntary-national-standards', outcome: 'meets', areas: { safeguarding: 'meets', health_and_safety: 'meets', admissions_and_support: 'partly-meets', quality_of_education: 'does-not-meet' }, notes: 'Visited site; premises and H&S checked.' }] } }),
      errors: [
        { messageId: 'areas', at: ['provider', 'quality_assurance', 0, 'areas', 'quality_of_education'], data: { name: 'Bridge Learning Centre', date: '2025-09-15', areas: ['quality of education'] }, message: /quality of education/ },
      ],
    },
  ],
});
