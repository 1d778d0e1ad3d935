// The anchored corpus: each provider file of a generated repo (generate.mjs) rewritten as Python's PyYAML
// writes it when a script or a MIS export reuses one object for values that are the same, e.g.
//
//   yaml.dump(data, sort_keys=False, allow_unicode=True, width=4096)
//
// where every mapping or list equal to one written earlier in the same file is that same object: PyYAML
// writes it in full once, with an anchor (`&id001`), and as an alias (`*id001`) at each later use. Its
// style is PyYAML's: block mappings and lists only (`[]` and `{}` for empty ones), lists lined up with
// their key, an anchored mapping or list in a list on the lines after its `- &id001`, no comments, and
// text quoted in single quotes where YAML 1.1 would read it as something else (dates, yes, 0042, …).
// The wide `width` keeps each value on one line, as in the plain files (PyYAML's default of 80 folds long
// text over several lines). The same data, so the same findings, placed at an alias where a finding is
// about an aliased value (js-yaml's positions, kept by the fast parser).
//
//   node bench/anchored.mjs FOLDER      rewrites every .yaml file in FOLDER in place

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import jsYaml from 'js-yaml';

/** The value with every non-empty mapping or list equal to an earlier one replaced by that earlier one. */
export function share(value, seen = new Map()) {
  if (value === null || typeof value !== 'object') return value;
  const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
  if (empty) return value;
  const key = JSON.stringify(value);
  const earlier = seen.get(key);
  if (earlier) return earlier;
  seen.set(key, value);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = share(value[i], seen);
  else for (const k of Object.keys(value)) value[k] = share(value[k], seen);
  return value;
}

// YAML 1.1's implicit types (PyYAML's resolver): plain text that reads as one of these is quoted.
const YAML11 = [
  /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^[-+]?(?:0b[0-1_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  /^(?:~|null|Null|NULL|)$/,
  /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
  /^(?:<<|=)$/,
];

/** Whether PyYAML writes the text plain in a block (its analyze_scalar, for one-line text). */
function plainOk(s) {
  if (s === '' || s !== s.trim() || YAML11.some((re) => re.test(s))) return false;
  if (/^[#,[\]{}&*!|>'"%@`]|^[-?:](?: |$)|^(?:---|\.\.\.)|: |:$| #/.test(s)) return false;
  return true;
}

function scalar(v) {
  if (v === null) return 'null';
  if (typeof v !== 'string') return String(v);
  // Line breaks, tabs and other special characters: PyYAML's double quotes with escapes (JSON's are the same here).
  if (/[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]/.test(v)) return JSON.stringify(v);
  return plainOk(v) ? v : `'${v.replaceAll("'", "''")}'`;
}

/** The text PyYAML writes for `value` (shared values anchored), with its block style. */
export function dumpPyYaml(value) {
  // PyYAML names the anchors in the order its first walk meets each value's second use.
  const seen = new Set();
  const ids = new Map();
  const count = (v) => {
    if (v === null || typeof v !== 'object') return;
    if (seen.has(v)) {
      if (!ids.has(v)) ids.set(v, `id${String(ids.size + 1).padStart(3, '0')}`);
      return;
    }
    seen.add(v);
    for (const x of Array.isArray(v) ? v : Object.values(v)) count(x);
  };
  count(value);
  const written = new Set();
  const lines = [];
  const isEmpty = (v) => (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);
  /** After `key:` or `-`: an alias, a scalar, an empty collection, or the anchor ending the line (then the block). */
  const head = (v) => {
    if (v === null || typeof v !== 'object') return { text: ` ${scalar(v)}`, block: false };
    if (written.has(v)) return { text: ` *${ids.get(v)}`, block: false };
    if (isEmpty(v)) return { text: Array.isArray(v) ? ' []' : ' {}', block: false };
    if (ids.has(v)) {
      written.add(v);
      return { text: ` &${ids.get(v)}`, block: true, anchored: true };
    }
    return { text: '', block: true };
  };
  const block = (v, indent, first) => {
    const pad = ' '.repeat(indent);
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        const lead = i === 0 && first !== undefined ? first : pad;
        const h = head(item);
        if (!h.block) lines.push(`${lead}-${h.text}`);
        else if (!h.anchored && !Array.isArray(item)) block(item, indent + 2, `${lead}- `);
        else {
          lines.push(`${lead}-${h.text}`);
          block(item, indent + 2);
        }
      });
    } else {
      Object.keys(v).forEach((k, i) => {
        const lead = i === 0 && first !== undefined ? first : pad;
        const item = v[k];
        const h = head(item);
        lines.push(`${lead}${scalar(k)}:${h.text}`);
        if (h.block) block(item, Array.isArray(item) ? indent : indent + 2);
      });
    }
  };
  block(value, 0);
  return `${lines.join('\n')}\n`;
}

/** Rewrites every provider file in `folder` as PyYAML writes it with shared values; returns the bytes written. */
export function anchorFolder(folder) {
  let bytes = 0;
  for (const name of readdirSync(folder).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const path = join(folder, name);
    const text = dumpPyYaml(share(jsYaml.load(readFileSync(path, 'utf8'), { schema: jsYaml.CORE_SCHEMA })));
    writeFileSync(path, text);
    bytes += text.length;
  }
  return bytes;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [folder] = process.argv.slice(2);
  if (!folder) {
    console.error('usage: node bench/anchored.mjs FOLDER (rewrites its .yaml files in place)');
    process.exit(2);
  }
  console.log(`${folder}: ${(anchorFolder(folder) / 1024).toFixed(0)} KB`);
}
