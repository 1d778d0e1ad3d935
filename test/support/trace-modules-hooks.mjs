// Module hooks for trace-modules.mjs: record each URL as it is loaded.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  appendFileSync(process.env.AP_READY_TRACE_MODULES, `${url}\n`);
  return nextLoad(url, context);
}
