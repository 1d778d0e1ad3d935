// `ap-ready rules` states the default thresholds from a plain object (so it does not load zod): it must
// hold exactly what the config schema gives for an empty config.
import { expect, it } from 'vitest';
import { ConfigSchema } from '../../src/model/config.js';
import { DEFAULT_THRESHOLDS } from '../../src/model/defaults.js';

it('DEFAULT_THRESHOLDS is what the config schema gives for an empty config', () => {
  expect(DEFAULT_THRESHOLDS).toStrictEqual(ConfigSchema.parse({}).thresholds);
});
