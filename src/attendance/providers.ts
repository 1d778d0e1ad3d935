// Which provider file an attendance row's provider text names. The provider column holds the provider file's
// name without .yaml or the provider's name, as written by whoever exported it: the same text, or the same
// after normaliseName (case, punctuation, accents, "&", "The"), is that provider. The same after providerName
// (a legal form such as Ltd or CIC added or left out), or a small spelling difference with one provider only,
// is a near miss: matched, so its pupils' marks still count, and said by attendance-provider-name. Anything
// else matches no provider; the closest one is named in the finding.
import { basename, extname } from 'node:path';
import type { PlacementFile } from '../load/placement-file.js';
import { normaliseName } from '../gias/match.js';
import { closeNames, closestName, providerName } from '../gias/names.js';

/** How a near miss was matched (0: the same name, or the same but for case and punctuation). */
export const LEGAL_FORM = 1,
  SPELLING = 2;

export interface ProviderMatches {
  /** Per provider text (the records' provider id): index into the placement files, or -1. */
  fileOf: Int32Array;
  /** Per provider text: 0 when the same name, LEGAL_FORM or SPELLING for a near miss. */
  how: Uint8Array;
  /** Per provider text that matched no file: the closest provider file, or -1 with none. */
  closest: Int32Array;
}

/** The byte string the CSV reader keeps, back to text. */
const utf8 = (byteString: string) => Buffer.from(byteString, 'latin1').toString('utf8');

/** Matches each provider text (as byte strings, as read) to a provider file. */
export function matchProviders(texts: readonly string[], files: readonly PlacementFile[]): ProviderMatches {
  const withProvider = files.map((f, i) => ({ f, i })).filter(({ f }) => f.provider);
  const ids = (f: PlacementFile) => [basename(f.path, extname(f.path)), f.provider!.name.trim()];
  const exact = new Map<string, number>(),
    loose = new Map<string, number>(),
    legal = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key) ?? [];
    if (!list.includes(i)) map.set(key, [...list, i]);
  };
  // The file's own name wins over another provider's name written the same way.
  for (const { f, i } of withProvider) for (const id of ids(f)) if (!exact.has(id)) exact.set(id, i);
  for (const { f, i } of withProvider)
    for (const id of ids(f)) if (!loose.has(normaliseName(id))) loose.set(normaliseName(id), i);
  for (const { f, i } of withProvider) for (const id of ids(f)) add(legal, providerName(id), i);
  const compared = withProvider.map(({ f }) => providerName(f.provider!.name));

  const fileOf = new Int32Array(texts.length).fill(-1),
    how = new Uint8Array(texts.length),
    closest = new Int32Array(texts.length).fill(-1);
  texts.forEach((byteString, t) => {
    const text = utf8(byteString);
    const found = exact.get(text) ?? loose.get(normaliseName(text));
    if (found !== undefined) return void (fileOf[t] = found);
    const name = providerName(text);
    const sameButLegal = legal.get(name);
    if (sameButLegal?.length === 1) {
      fileOf[t] = sameButLegal[0];
      how[t] = LEGAL_FORM;
      return;
    }
    const close = withProvider.filter((_, k) => closeNames(name, compared[k]));
    if (close.length === 1) {
      fileOf[t] = close[0].i;
      how[t] = SPELLING;
      return;
    }
    const k = closestName(name, compared);
    closest[t] = k < 0 ? -1 : withProvider[k].i;
  });
  return { fileOf, how, closest };
}
