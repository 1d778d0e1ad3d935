// The view of the provider-qa document (templates/provider-qa.hbs).
import type { CheckResult } from '../../check.js';
import { DOCUMENT_INFO, type ProviderQaView, type ViewOptions } from './types.js';
import { Context } from './context.js';
import { base } from './base.js';

export function providerQaView(result: CheckResult, options: ViewOptions): ProviderQaView {
  const ctx = new Context(result);
  const files = ctx.providerFiles;
  // Providers in use first: the QA that matters now; then those with only ended placements, for the record.
  const ordered = [...files.filter((f) => ctx.inUse.has(f)), ...files.filter((f) => !ctx.inUse.has(f))];
  const providers = ordered.map((f, i) => ctx.provider(f, i + 1));
  return {
    ...base(DOCUMENT_INFO['provider-qa'], result, options),
    providers,
    inUseCount: providers.filter((p) => p.inUse).length,
  };
}

/** Which lines of its file each placement spans, so a finding can be shown with the placement it is about. */
