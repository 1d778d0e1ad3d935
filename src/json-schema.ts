// The JSON Schema (draft 2020-12) of placement files, the pupil register and the config file, generated from the same zod
// schemas the checker uses, so an editor can complete and validate as you type. `ap-ready schema` prints
// them, `ap-ready init` writes them; the copies in schemas/ are this output, checked in (a test keeps them equal).
import { z } from 'zod';
import { ConfigSchema, DEFAULT_CONFIG, SEVERITY_SETTINGS } from './model/config.js';
import { PlacementFileSchema } from './model/schema.js';
import { PupilsFileSchema } from './model/pupils.js';
import { RULES } from './rules/index.js';

export const PLACEMENT_SCHEMA_ID = 'https://unpkg.com/ap-ready/schemas/placement-file.schema.json';
export const CONFIG_SCHEMA_ID = 'https://unpkg.com/ap-ready/schemas/config.schema.json';
export const PUPILS_SCHEMA_ID = 'https://unpkg.com/ap-ready/schemas/pupils.schema.json';

type Json = Record<string, unknown>;

/**
 * Small changes for editors: a description written on the inner type of an optional field is lifted to
 * the field (editors show the field's own description on hover), and the "largest safe integer" bound
 * zod adds to every integer is dropped (it says nothing to a person).
 */
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    if (k === 'maximum' && v === Number.MAX_SAFE_INTEGER) continue;
    if (k === 'minimum' && v === Number.MIN_SAFE_INTEGER) continue;
    out[k] = tidy(v);
  }
  const anyOf = out.anyOf as Json[] | undefined;
  if (Array.isArray(anyOf) && out.description === undefined) {
    const described = anyOf.filter((b) => typeof b.description === 'string');
    if (described.length === 1) {
      out.description = described[0].description;
      delete described[0].description;
    }
  }
  return out;
}

function generate(schema: z.ZodType, id: string): Json {
  const raw = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Json;
  const { $schema, title, description, ...rest } = tidy(raw) as Json;
  return { $schema, $id: id, title, description, ...rest };
}

/** The schema of a placement file (one provider and its placements). */
export function placementFileJsonSchema(): Json {
  return generate(PlacementFileSchema, PLACEMENT_SCHEMA_ID);
}

/** The schema of the pupil register pupils.yaml. */
export function pupilsJsonSchema(): Json {
  return generate(PupilsFileSchema, PUPILS_SCHEMA_ID);
}

/** The schema of ap-ready.config.yaml, with every rule id that can be set listed for completion. */
export function configJsonSchema(): Json {
  const schema = generate(ConfigSchema, CONFIG_SCHEMA_ID);
  const properties = schema.properties as Record<string, Json>;
  const settable = RULES.filter((r) => !r.fixed);
  properties.rules = {
    description: `${(properties.rules?.description as string | undefined) ?? 'Rule severities'}. 'ap-ready rules' lists them.`,
    default: {},
    type: 'object',
    properties: Object.fromEntries(
      settable.map((r) => [
        r.id,
        {
          description: `${r.description(DEFAULT_CONFIG.thresholds)}. Default: ${r.defaultSeverity}.`,
          type: 'string',
          enum: [...SEVERITY_SETTINGS],
        },
      ]),
    ),
    additionalProperties: false,
  };
  return schema;
}
