// The "Sources" section of a rule's page, made from the sources table so pages and outputs cannot drift apart.
import { SOURCES, type SourceRef } from './sources.js';

export const SECTION_START = '<!-- sources: generated from src/model/sources.ts by scripts/rule-sources.mjs -->';
export const SECTION_END = '<!-- /sources -->';

export function sourceSection(refs: readonly SourceRef[]): string {
  const lines = refs.length
    ? refs.map((r) => {
        const d = SOURCES[r.source] as {
          title: string;
          publisher: string;
          edition: string;
          url?: string;
          status?: string;
        };
        const title = d.url ? `[*${d.title}*](${d.url})` : `*${d.title}*`;
        const status = 'status' in d && d.status ? ` (${d.status})` : '';
        return `- ${title}, ${d.publisher}, ${d.edition}${status}${r.part ? `: ${r.part}` : ''}.${r.note ? ` Note: ${r.note}.` : ''}`;
      })
    : ['- None: this rule checks the data itself (its form or its consistency), not a requirement of law or guidance.'];
  return [SECTION_START, '## Sources', ...lines, SECTION_END].join('\n');
}
