// free-text-sensitive: the free text in the files (reasons, review notes, exit plans, destinations, QA notes)
// screened for what looks like a person's name or a child-protection matter. Placement files are shared,
// versioned and printed; such details belong in the school's own records (the DSL's safeguarding record).
// The finding never repeats the text it is about.
import { defineRule } from './types.js';
import { placements, providers } from './utils/each.js';
import { fileIndex } from '../model/placement.js';
import { sentence } from '../model/wording.js';

/** A title, or a family member, followed by a capitalised word: "Mrs Khan", "mum Sarah". */
const NAME =
  /\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z'’-]+|(?:mum|mom|dad|mother|father|brother|sister|nan|nana|gran|grandma|grandad|grandfather|grandmother|uncle|aunt|auntie|stepdad|stepmum|stepfather|stepmother|boyfriend|girlfriend|cousin)\s+[A-Z][a-z'’-]+)/;
/** Words that record a child-protection matter rather than an educational reason. */
const DISCLOSURE =
  /\b(?:disclos\w*|abus(?:e|ed|ive)|assault\w*|self[- ]?harm\w*|sexual(?:ly)?|rape\w*|groom(?:ed|ing)|exploit(?:ed|ation)|county lines|domestic (?:violence|abuse)|child protection|section 47|s\.?47|CP plan|MASH|LADO|bruis\w*|neglect(?:ed)?|FGM|radicalis\w*|criminal exploitation)\b/i;

export type TextConcern = 'name' | 'disclosure';
/** What a piece of free text looks like it holds, if anything: a disclosure first (the more serious). */
export function textConcern(text: string | null | undefined): TextConcern | undefined {
  if (!text) return undefined;
  if (DISCLOSURE.test(text)) return 'disclosure';
  if (NAME.test(text)) return 'name';
  return undefined;
}

export const freeTextSensitive = defineRule({
  id: 'free-text-sensitive',
  defaultSeverity: 'warn',
  thresholds: [],
  sources: [
    {
      source: 'uk-gdpr-art5',
      part: 'data minimisation: personal data adequate, relevant and limited to what is necessary',
    },
    { source: 'kcsie', part: 'Part two (the management of safeguarding): safeguarding policies and procedures' },
  ],
  description: () =>
    "Free text (a reason, review note, exit plan, destination or QA note) looks like it holds a person's name or records a child-protection matter",
  messages: {
    name: ({ what }: { what: string }) =>
      `${sentence(what)} looks like it holds a person's name (a title or a family member followed by a name): placement files are shared and printed, so write a role ("the parent", "the key worker") and keep names in the school's own records.`,
    disclosure: ({ what }: { what: string }) =>
      `${sentence(what)} looks like it records a safeguarding or child-protection matter: keep that in the school's safeguarding record, held by the designated safeguarding lead, not in a placement file that is shared and printed; write a neutral, educational reason here.`,
  },
  check(ctx) {
    // Each text is screened before anything is made for a message: most hold nothing of concern.
    for (const item of placements(ctx)) {
      const p = item.placement;
      const screen = (text: string | null | undefined, path: (string | number)[], what: (who: string) => string) => {
        const concern = textConcern(text);
        if (concern)
          ctx.report({ file: item.file, path: [...item.at, ...path] }, concern, {
            what: what(ctx.run.label(item.record)),
          });
      };
      screen(p.reason, ['reason'], (who) => `the reason for the placement of ${who}`);
      screen(p.exit_plan, ['exit_plan'], (who) => `the exit plan of ${who}`);
      screen(p.destination, ['destination'], (who) => `the destination of ${who}`);
      const reviews = p.reviews ?? [];
      for (let i = 0; i < reviews.length; i++) {
        const r = reviews[i];
        screen(
          r.notes,
          ['reviews', fileIndex(item.record, 'reviews', i), 'notes'],
          (who) => `the notes of the review of ${r.date} for ${who}`,
        );
      }
    }
    for (const { file, provider } of providers(ctx)) {
      (provider.quality_assurance ?? []).forEach((q, i) => {
        const concern = textConcern(q.notes);
        if (concern)
          ctx.report({ file, path: ['provider', 'quality_assurance', i, 'notes'] }, concern, {
            what: `the notes of the quality assurance of "${provider.name}" on ${q.date}`,
          });
      });
    }
  },
});
