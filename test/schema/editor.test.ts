// What an editor makes of the schemas: an impossible date (2026-02-30) is underlined as it is typed, in a
// placement file and in the pupil register, and the register init writes names its schema in a
// yaml-language-server modeline (so editors other than VS Code find it too). The schemas are run by ajv as
// an editor runs them: `format: "date"` is the loose YYYY-MM-DD form editors check (yaml-language-server's
// own), so only the pattern can catch 30 February.
import { Ajv2020 } from 'ajv/dist/2020.js';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { placementFileJsonSchema, pupilsJsonSchema } from '../../src/json-schema.js';
import { initFiles } from '../../src/init/files.js';
import { PUPILS_SCHEMA_COPY } from '../../src/init/schema-copies.js';
import { CALENDAR_DATE_PATTERN, dayNumber } from '../../src/model/dates.js';

const yaml = (text: string) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
function validator(schema: object) {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  ajv.addFormat('date', /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/);
  return ajv.compile(schema);
}
const files = initFiles('2025-12-01', '0.0.0');
const text = (path: string) => files.find((f) => f.path === path)!.text;

describe('the date pattern', () => {
  it('accepts exactly the dates the checker accepts, 1600 to 2400 (leap years and centuries included)', () => {
    const re = new RegExp(CALENDAR_DATE_PATTERN);
    const differ: string[] = [];
    let real = 0;
    for (let y = 1600; y <= 2400; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const ok = dayNumber(s) !== undefined;
          if (ok) real++;
          if (re.test(s) !== ok) differ.push(s);
        }
      }
    }
    expect(differ).toEqual([]);
    expect(real).toBe(801 * 365 + 195); // 801 years, and 195 leap days (201 fourth years less 6 centuries)
    for (const odd of ['2026-1-05', '2026-01-05 ', ' 2026-01-05', '26-01-05', '2026/01/05'])
      expect(re.test(odd)).toBe(false);
  });
});

describe('an impossible date in the editor', () => {
  it.each([
    ['a placement file', 'placements/example-provider.yaml', placementFileJsonSchema()],
    ['the pupil register', 'pupils.yaml', pupilsJsonSchema()],
  ])('in %s, 2026-02-30 is an error at its field; 2028-02-29 is not', (_name, path, schema) => {
    const validate = validator(schema);
    const original = text(path);
    const withDate = (date: string) =>
      path === 'pupils.yaml'
        ? original.replace(
            '    # part_time_timetable:                    # only while the whole week is part-time:\n#   agreed_with_parent: YYYY-MM-DD'.replace(
              '\n#',
              '\n    #',
            ),
            `    part_time_timetable:\n      agreed_with_parent: ${date}`,
          )
        : original.replace(/start_date: [\d-]+/, `start_date: ${date}`);
    expect(withDate('2026-02-30')).not.toBe(original);
    expect(validate(yaml(withDate('2028-02-29'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(yaml(withDate('2026-02-30')))).toBe(false);
    expect(validate.errors!.map((e) => [e.instancePath.split('/').at(-1), e.keyword])).toContainEqual([
      path === 'pupils.yaml' ? 'agreed_with_parent' : 'start_date',
      'pattern',
    ]);
  });
});

describe('the register init writes', () => {
  it('names its schema in a yaml-language-server modeline, the copy init writes beside it', () => {
    expect(text('pupils.yaml').split('\n')[0]).toBe(`# yaml-language-server: $schema=${PUPILS_SCHEMA_COPY}`);
    expect(files.map((f) => f.path)).toContain(PUPILS_SCHEMA_COPY);
  });
});
