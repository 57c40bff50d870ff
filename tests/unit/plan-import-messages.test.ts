/**
 * The plan messages (issue 12) as the router validates them: text bounded before any handler runs,
 * plan ids of a safe shape (they go into the page's URL), a name required, `getPlanBrowser` with or
 * without a plan id.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_CHANNEL, PAGE_TYPES } from '../../lib/messages/protocol';
import { ok } from '../../lib/messages/result';
import { createMessageRouter, type HandlerTable } from '../../lib/messages/router';
import { MAX_PLAN_CHARS, MAX_PLAN_NAME } from '../../lib/plan/import';

const runtime = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const sender = { id: 'ext-id', url: 'chrome-extension://ext-id/plan.html' };

function route(type: string, payload: unknown) {
  const calls: unknown[] = [];
  const echo = (payload: unknown) => {
    calls.push(payload);
    return ok(payload);
  };
  const table = {
    content: {},
    page: Object.fromEntries(PAGE_TYPES.map((t) => [t, echo])),
  } as unknown as HandlerTable;
  return createMessageRouter(table, runtime)({ channel: PAGE_CHANNEL, type, payload }, sender).then(
    (result) => ({ result, calls }),
  );
}

describe('plan messages', () => {
  it.each([
    ['getPlanBrowser', undefined, {}],
    ['getPlanBrowser', {}, {}],
    ['getPlanBrowser', { planId: 'imported-0b6c1f1e-3d5a-4b8e-9a43-6f2d7c1e9a01' }, null],
    ['getPlanBrowser', { planId: 'action-plan-2024-2025' }, null],
    ['previewPlanImport', { text: 'x'.repeat(MAX_PLAN_CHARS) }, null],
    ['importPlan', { text: '（一）标题。正文', name: '  要点 ' }, { text: '（一）标题。正文', name: '要点' }],
    ['listPlans', undefined, {}],
    ['deletePlan', { id: 'imported-1' }, null],
  ])('%s accepts %j', async (type, payload, passed) => {
    const { result, calls } = await route(type, payload);
    expect(result.ok).toBe(true);
    expect(calls).toEqual([passed ?? payload]);
  });

  it.each([
    ['getPlanBrowser', { planId: '../clips' }, 'planId'],
    ['getPlanBrowser', { planId: '' }, 'planId'],
    ['previewPlanImport', { text: 'x'.repeat(MAX_PLAN_CHARS + 1) }, 'text'],
    ['previewPlanImport', { bytes: [1, 2] }, 'text'],
    ['importPlan', { text: '（一）标题。正文', name: '   ' }, 'name'],
    ['importPlan', { text: '（一）标题。正文', name: 'n'.repeat(MAX_PLAN_NAME + 1) }, 'name'],
    ['deletePlan', { id: 'a b' }, 'id'],
  ])('%s rejects %j (at %s) before any handler runs', async (type, payload, path) => {
    const { result, calls } = await route(type, payload);
    expect(result).toEqual({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining(path) },
    });
    expect(calls).toEqual([]);
  });
});
