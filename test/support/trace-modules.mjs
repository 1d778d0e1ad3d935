// `node --import ./test/support/trace-modules.mjs …` appends the URL of every module the process loads
// to the file named by AP_READY_TRACE_MODULES, one a line (the load hook runs on Node's loader thread).
import { register } from 'node:module';

if (process.env.AP_READY_TRACE_MODULES) register('./trace-modules-hooks.mjs', import.meta.url);
