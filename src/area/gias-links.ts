// GIAS's links extract (links_edubasealldata*.csv: URN, LinkURN, LinkName, LinkType, LinkEstablishedDate):
// which establishment succeeded which. A PRU that became an AP academy has a new URN; schools that still
// write the old one are the same provider, and the area follows the old URN to its successor.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../model/findings.js';
import { CsvParser, normaliseHeader } from '../load/csv.js';

/** URN → its successor's URN, from the rows whose LinkType starts "Successor" (and the reverse of "Predecessor" rows). */
export function loadGiasLinks(path: string, base: string, shown = path): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(resolve(base, path), 'latin1');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `The GIAS links file ${shown} (gias_links: in the area file) ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}: download links_edubasealldata*.csv from Get Information About Schools, or remove gias_links:.`,
    );
  }
  const successors = new Map<string, string>();
  let columns: { urn: number; link: number; type: number } | undefined;
  let missing: string[] = [];
  const parser = new CsvParser((fields) => {
    if (!columns) {
      const names = fields.map(normaliseHeader);
      const at = (n: string) => names.indexOf(n);
      columns = { urn: at('urn'), link: at('linkurn'), type: at('linktype') };
      missing = Object.entries({ URN: columns.urn, LinkURN: columns.link, LinkType: columns.type })
        .filter(([, i]) => i < 0)
        .map(([n]) => n);
      return;
    }
    if (missing.length) return;
    const urn = (fields[columns.urn] ?? '').trim(),
      link = (fields[columns.link] ?? '').trim(),
      type = (fields[columns.type] ?? '').trim().toLowerCase();
    if (!/^\d+$/.test(urn) || !/^\d+$/.test(link)) return;
    if (type.startsWith('successor')) successors.set(urn, link);
    else if (type.startsWith('predecessor') && !successors.has(link)) successors.set(link, urn);
  });
  parser.push(text);
  if (!parser.end())
    throw new UsageError(
      `The GIAS links file ${shown} is not a well-formed CSV file (a quote is never closed): download it again.`,
    );
  if (!columns || missing.length)
    throw new UsageError(
      `The GIAS links file ${shown} has no ${missing.join(', ') || 'header'} column${missing.length > 1 ? 's' : ''}: give the links extract (links_edubasealldata*.csv) from Get Information About Schools.`,
    );
  return successors;
}
