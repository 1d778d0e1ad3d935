// The schema library: zod, the schemas built with it, and what words zod's findings. A block that passes the
// fast path (fast-valid.ts, from the plans in plans.ts) needs none of it, so it is loaded only the first time a
// block, the register or the config does not (schemas.ts): a check of valid files never compiles zod.
import { PlacementSchema, ProviderSchema } from '../model/schema.js';
import { PupilSchema } from '../model/pupils.js';
import { ConfigSchema } from '../model/config.js';

export { describeIssue, keysAt, settingsProblems } from './issues.js';

/** The schemas the loaders validate against, by the names of their plans (plans.ts). */
export const SCHEMAS = {
  provider: ProviderSchema,
  placement: PlacementSchema,
  pupil: PupilSchema,
  config: ConfigSchema,
};
