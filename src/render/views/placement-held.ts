// What the placement record prints of the safeguards and records held for a placement, each in words with its
// date, or "not recorded" where the data model has a place for it and the file leaves it empty. A line that
// applies only to some pupils (social worker, virtual school and PEP, EHC plan consultation, an off-site
// direction's notice to the LA) is shown for those pupils only.
import type { Placement } from '../../model/schema.js';
import type { Pupil } from '../../model/pupils.js';
import { QUALIFICATIONS, label } from '../../model/labels.js';
import { text } from './view-helpers.js';

export interface HeldView {
  label: string;
  /** An ISO date (the template writes it the English way). */
  date: string | null;
  /** Words, when the fact is not a date. */
  words: string | null;
  /** Neither is recorded. */
  missing: boolean;
}

const item = (labelText: string, date: string | null | undefined, words: string | null = null): HeldView => ({
  label: labelText,
  date: date ?? null,
  words,
  missing: !date && !words,
});

/**
 * Whether a document shows "Local authority told" for a placement: the school must tell the LA of a placement
 * it commissions at an unregistered provider; elsewhere the date is shown only where it is recorded, never as
 * a gap.
 */
export const laToldShown = (p: Placement, unregistered: boolean) =>
  !!p.la_notified || (unregistered && (p.commissioned_by ?? 'school') === 'school');

/**
 * `ehcp` and `lookedAfter`: the pupil's facts as the row shows them (the register wins); `unregistered`: the
 * provider is not a registered school.
 */
export function heldRecords(
  p: Placement,
  entry: Pupil | undefined,
  facts: { ehcp: boolean; lookedAfter: boolean; unregistered: boolean },
): HeldView[] {
  const { ehcp, lookedAfter } = facts;
  const out: HeldView[] = [item('Risk assessment', p.risk_assessment)];
  if (laToldShown(p, facts.unregistered)) out.push(item('Local authority told', p.la_notified));
  if (entry?.social_worker || p.social_worker_informed) out.push(item('Social worker told', p.social_worker_informed));
  if (lookedAfter) {
    out.push(item('Virtual school head told', entry?.looked_after_education?.virtual_school_informed));
    out.push(item('PEP last reviewed', entry?.looked_after_education?.pep_reviewed));
  }
  if (ehcp) out.push(item('EHC plan: LA SEN team agreed', entry?.ehcp_la_consulted));
  // Dual registration matters where it is recorded or the register code says so (D).
  if (p.dual_registered != null || p.attendance_code === 'D')
    out.push(
      item(
        "Dual registered (on the provider's roll)",
        null,
        p.dual_registered === true ? 'Yes' : p.dual_registered === false ? 'No' : null,
      ),
    );
  if (p.off_site_direction) {
    out.push(item('Off-site direction: notice to parents', p.off_site_direction.notice_date));
    if (ehcp || p.off_site_direction.la_notice_date)
      out.push(item('Off-site direction: notice to the LA', p.off_site_direction.la_notice_date));
  }
  const quals = (p.qualifications ?? []).map((q) => {
    const kind = label(QUALIFICATIONS, q.type) ?? q.type;
    const detail = text(q.detail);
    return detail ? `${kind}: ${detail}` : kind;
  });
  out.push(item('Qualifications offered here', null, quals.length ? quals.join('; ') : null));
  return out;
}
