/**
 * lib/zod: every schema is built jitless. Without it zod tries `new Function("")` on the first object
 * schema to learn whether eval is allowed; an extension's CSP refuses it, and Chromium reports that
 * as a CSP violation on every service-worker start (~19 ms there).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('zod as the extension builds its schemas', () => {
  it('never probes for eval: no Function constructor while the schemas are built and used', async () => {
    // Before any schema module loads (this file imports none statically): the probe runs once, on
    // the first object schema built.
    const probe = vi.spyOn(globalThis, 'Function');
    const { contentSchemas } = await import('../../lib/messages/schemas');
    const { z } = await import('../../lib/zod');
    expect(contentSchemas.scanWindow.safeParse({ texts: ['碳足迹'] }).success).toBe(true);
    expect(contentSchemas.scanWindow.safeParse({ texts: [1] }).success).toBe(false);
    expect(z.object({ a: z.string() }).safeParse({ a: 'x' }).success).toBe(true);
    expect(probe).not.toHaveBeenCalled();
    expect(z.config().jitless).toBe(true);
  });
});
