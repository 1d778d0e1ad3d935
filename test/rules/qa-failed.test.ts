import { qaFailed } from '../../src/rules/qa-failed.js';
import { COMPLIANT, placementFile, testRule } from '../support/rule-tester.js';

const [QA] = COMPLIANT.provider.quality_assurance as Record<string, unknown>[];
/** The compliant QA with its outcome and areas changed. */
const qa = (change: Record<string, unknown>, areas: Record<string, string> = {}) =>
  placementFile({
    provider: { quality_assurance: [{ ...QA, ...change, areas: { ...(QA.areas as object), ...areas } }] },
  });
const AT = ['provider', 'quality_assurance', 0];
const NAME = 'Bridge Learning Centre';

testRule(qaFailed, {
  valid: [
    { name: 'meets, one area partly-meets (not safeguarding)', files: placementFile() },
    {
      name: 'an older failed QA listed after the latest one',
      files: placementFile({
        provider: { quality_assurance: [QA, { ...QA, date: '2025-06-01', outcome: 'does-not-meet' }] },
      }),
    },
  ],
  invalid: [
    {
      name: 'the outcome does-not-meet',
      files: qa({ outcome: 'does-not-meet' }),
      errors: [
        { messageId: 'failed', at: [...AT, 'outcome'], severity: 'error', data: { name: NAME, date: '2025-09-15' } },
      ],
    },
    {
      name: 'one area does-not-meet',
      files: qa({}, { quality_of_education: 'does-not-meet' }),
      errors: [
        {
          messageId: 'areas',
          at: [...AT, 'areas', 'quality_of_education'],
          data: { name: NAME, date: '2025-09-15', areas: ['quality of education'] },
        },
      ],
    },
    {
      name: 'safeguarding does-not-meet, outcome partly-meets: an error',
      files: qa({ outcome: 'partly-meets' }, { safeguarding: 'does-not-meet' }),
      errors: [
        {
          messageId: 'areas',
          at: [...AT, 'areas', 'safeguarding'],
          severity: 'error',
          data: { name: NAME, date: '2025-09-15', areas: ['safeguarding and welfare'] },
        },
      ],
    },
    {
      name: 'safeguarding partly-meets: a warning, though the rule is an error',
      files: qa({}, { safeguarding: 'partly-meets' }),
      errors: [
        {
          messageId: 'safeguardingPartly',
          at: [...AT, 'areas', 'safeguarding'],
          severity: 'warn',
          data: { name: NAME, date: '2025-09-15' },
        },
      ],
    },
    {
      name: 'safeguarding partly-meets and another area does-not-meet: both',
      files: qa({ outcome: 'partly-meets' }, { safeguarding: 'partly-meets', health_and_safety: 'does-not-meet' }),
      errors: [
        { messageId: 'safeguardingPartly', at: [...AT, 'areas', 'safeguarding'], severity: 'warn' },
        { messageId: 'areas', at: [...AT, 'areas', 'health_and_safety'], severity: 'error' },
      ],
    },
  ],
});

// Cases converted from the old rule table.
testRule(qaFailed, {
  valid: [
    {
      name: 'an older failed QA, listed after the latest one that meets',
      files: placementFile({
        provider: {
          quality_assurance: [
            {
              date: '2025-09-15',
              by: 'Deputy Headteacher',
              against: 'voluntary-national-standards',
              outcome: 'meets',
              areas: {
                safeguarding: 'meets',
                health_and_safety: 'meets',
                admissions_and_support: 'partly-meets',
                quality_of_education: 'meets',
              },
              notes: 'Visited site; premises and H&S checked.',
            },
            {
              date: '2025-06-01',
              by: 'Deputy Headteacher',
              against: 'voluntary-national-standards',
              outcome: 'does-not-meet',
            },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'outcome does-not-meet',
      files: placementFile({
        provider: {
          quality_assurance: [
            {
              date: '2025-09-15',
              by: 'Deputy Headteacher',
              against: 'voluntary-national-standards',
              outcome: 'does-not-meet',
              areas: {
                safeguarding: 'meets',
                health_and_safety: 'meets',
                admissions_and_support: 'partly-meets',
                quality_of_education: 'meets',
              },
              notes: 'Visited site; premises and H&S checked.',
            },
          ],
        },
      }),
      errors: [
        {
          messageId: 'failed',
          at: ['provider', 'quality_assurance', 0, 'outcome'],
          data: { name: 'Bridge Learning Centre', date: '2025-09-15' },
        },
      ],
    },
    {
      name: 'one VNS area does-not-meet',
      files: placementFile({
        provider: {
          quality_assurance: [
            {
              date: '2025-09-15',
              by: 'Deputy Headteacher',
              against: 'voluntary-national-standards',
              outcome: 'meets',
              areas: {
                safeguarding: 'meets',
                health_and_safety: 'meets',
                admissions_and_support: 'partly-meets',
                quality_of_education: 'does-not-meet',
              },
              notes: 'Visited site; premises and H&S checked.',
            },
          ],
        },
      }),
      errors: [
        {
          messageId: 'areas',
          at: ['provider', 'quality_assurance', 0, 'areas', 'quality_of_education'],
          data: { name: 'Bridge Learning Centre', date: '2025-09-15', areas: ['quality of education'] },
          message: /quality of education/,
        },
      ],
    },
  ],
});
