// `ap-ready schema`: the JSON Schemas generated from the zod model: every example file must validate against them
// (ajv, draft 2020-12). That the copies under schemas/ are up to date is test/model/generated-files.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, placementFileJsonSchema, pupilsJsonSchema } from '../../src/json-schema.js';
import { runSchema } from '../../src/commands/schema.js';
import { initFiles } from '../../src/init/files.js';
import { RULES } from '../../src/rules/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
/** YAML read as the checker reads it: core schema, so dates stay text. */
const yaml = (text: string) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });

function validator(schema: object) {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv.compile(schema);
}
const placement = validator(placementFileJsonSchema());
const config = validator(configJsonSchema());
const pupils = validator(pupilsJsonSchema());

function expectValid(validate: ReturnType<typeof validator>, data: unknown, name: string) {
  validate(data);
  expect(validate.errors ?? [], `${name}: ${JSON.stringify(validate.errors, null, 2)}`).toEqual([]);
}

describe('the generated schemas', () => {
  it('are draft 2020-12 with an $id and a title', () => {
    for (const s of [placementFileJsonSchema(), configJsonSchema()]) {
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id).toMatch(/^https:\/\/.+\.schema\.json$/);
      expect(typeof s.title).toBe('string');
      expect(typeof s.description).toBe('string');
    }
  });

  it('carry descriptions and enums an editor can offer', () => {
    const s = placementFileJsonSchema() as any;
    const p = s.properties.placements.anyOf[0].items.properties;
    expect(p.pupil.description).toMatch(/never a name/);
    expect(p.send.enum).toEqual(['none', 'sen-support', 'ehcp']);
    expect(p.start_date).toMatchObject({ type: 'string', format: 'date' });
    expect(p.start_date.description).toMatch(/YYYY-MM-DD/);
    expect(s.properties.provider.properties.registration.properties.status.enum).toEqual([
      'registered',
      'unregistered',
    ]);
    // A description written on an optional field's inner type is lifted to the field, where editors show it.
    expect(s.properties.provider.properties.address.properties.line2.description).toBe('Second line of the address');
    expect(JSON.stringify(s)).not.toContain(String(Number.MAX_SAFE_INTEGER));
  });

  it('lists every rule a config may set, and no fixed rule', () => {
    const rules = (configJsonSchema() as any).properties.rules;
    expect(Object.keys(rules.properties)).toEqual(RULES.filter((r) => !r.fixed).map((r) => r.id));
    expect(rules.properties['review-overdue']).toMatchObject({ enum: ['off', 'warn', 'error'] });
    expect(rules.additionalProperties).toBe(false);
  });

  it('print as JSON from the command', () => {
    expect(JSON.parse(runSchema())).toEqual(placementFileJsonSchema());
    expect(JSON.parse(runSchema({ config: true }))).toEqual(configJsonSchema());
  });
});

describe('examples validate against the schemas', () => {
  const examples = readdirSync(join(ROOT, 'examples', 'placements')).filter((f) => /\.ya?ml$/.test(f));
  it('there are examples to validate', () => expect(examples.length).toBeGreaterThan(0));

  it.each(examples)('examples/placements/%s', (name) => {
    expectValid(placement, yaml(read(`examples/placements/${name}`)), name);
  });

  it('examples/pupils.yaml and the register init writes', () => {
    expectValid(pupils, yaml(read('examples/pupils.yaml')), 'examples/pupils.yaml');
    const file = initFiles('2025-12-01', '0.0.0').find((f) => f.path === 'pupils.yaml')!;
    expectValid(pupils, yaml(file.text), file.path);
  });

  it('the pupil register schema rejects a misspelt key and a day outside its list', () => {
    const text = read('examples/pupils.yaml');
    for (const changed of [
      text.replace('school_sessions: []', 'school_session: []'),
      text.replace('{ day: tue,', '{ day: tuesday,'),
    ]) {
      expect(changed).not.toBe(text);
      expect(pupils(yaml(changed))).toBe(false);
    }
  });

  it("data-model.md's example", () => {
    expectValid(placement, yaml(read('test/suppress/provider.yaml')), 'data-model example');
  });

  it('the example provider file init writes', () => {
    const file = initFiles('2025-12-01', '0.0.0').find((f) => f.path === 'placements/example-provider.yaml')!;
    expectValid(placement, yaml(file.text), file.path);
  });

  it('examples/ap-ready.config.yaml and the config init writes', () => {
    expectValid(config, yaml(read('examples/ap-ready.config.yaml')) ?? {}, 'examples/ap-ready.config.yaml');
    const file = initFiles('2025-12-01', '0.0.0').find((f) => f.path === 'ap-ready.config.yaml')!;
    expectValid(config, yaml(file.text), file.path);
  });

  it.each([
    ['a misspelt key', (t: string) => t.replace('start_date:', 'start_dte:')],
    ['a value outside its list', (t: string) => t.replace('send: sen-support', 'send: SEN')],
    ['a pupil reference read as a number', (t: string) => t.replace('pupil: P-0042', 'pupil: 0042')],
    ['a missing required field', (t: string) => t.replace(/\n {4}looked_after: false[^\n]*/, '')],
  ])('rejects %s', (_name, change) => {
    const text = read('test/suppress/provider.yaml');
    const changed = change(text);
    expect(changed).not.toBe(text);
    expect(placement(yaml(changed))).toBe(false);
  });

  it.each([
    ['an unknown rule id', { rules: { 'review-overdu': 'error' } }],
    ['a fixed rule', { rules: { schema: 'off' } }],
    ['a threshold that is not a number', { thresholds: { review_interval_days: 'six weeks' } }],
    ['an unknown key', { shool: { name: 'x' } }],
  ])('the config schema rejects %s', (_name, value) => {
    expect(config(value)).toBe(false);
  });
});
