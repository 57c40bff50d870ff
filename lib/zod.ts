/**
 * zod as every schema of the extension uses it: import `z` from here, never from 'zod' (a lint rule
 * says so). Configured `jitless` before any schema is built: zod compiles a fast object parser with
 * `new Function` where eval is allowed, and finds out whether it is by trying once, on the first
 * object schema built. An extension's CSP refuses eval, and Chromium reports the refusal — caught by
 * zod, but still a CSP violation — which took ~19 ms of every service-worker start here (README,
 * "Cold start"). Validation is the same either way: the compiled parser was never allowed to run.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
