// The view of the planning-call document (templates/planning-call.hbs).
import type { CheckResult } from '../../check.js';
import { DOCUMENT_INFO, type PlanningCallView, type ViewOptions } from './types.js';
import { Context } from './context.js';
import { base } from './base.js';
import { byText } from './view-helpers.js';
import { providerJourney } from './journey.js';

export function planningCallView(result: CheckResult, options: ViewOptions): PlanningCallView {
  const ctx = new Context(result);
  const all = ctx.providerFiles.map((f, i) => ctx.provider(f, i + 1));
  const providers = all
    .filter((p) => p.pupils.length > 0)
    .map((p, i) => ({
      ...p,
      position: i + 1,
      journey: providerJourney(ctx.providerFiles[p.position - 1], result.asOf),
    }));
  const upcoming = all
    .flatMap((p) => p.upcoming.map((u) => ({ ...u, provider: p.name })))
    .sort((a, b) =>
      a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : byText(a.reference, b.reference),
    );
  return { ...base(DOCUMENT_INFO['planning-call'], result, options), providers, upcoming, leftAp: ctx.leftAp() };
}
