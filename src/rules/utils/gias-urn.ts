// The registered providers whose URN can be looked up in the GIAS extract, for the three GIAS rules.
import type { GiasEstablishment } from '../../gias/reader.js';
import { providers, type ProviderItem } from './each.js';
import type { RuleContext } from '../types.js';

export function* withGiasRecord(
  ctx: RuleContext,
  opts: { includeMissing?: boolean } = {},
): Generator<ProviderItem & { urn: string; record: GiasEstablishment | undefined }> {
  if (!ctx.run.gias) return;
  for (const item of providers(ctx)) {
    const { status, urn } = item.provider.registration;
    if (status !== 'registered' || urn === undefined || urn === null) continue;
    const text = String(urn).trim();
    if (!/^\d{6}$/.test(text)) continue; // urn-format reports it
    const record = ctx.run.gias.get(text);
    if (record || opts.includeMissing) yield { ...item, urn: text, record };
  }
}
