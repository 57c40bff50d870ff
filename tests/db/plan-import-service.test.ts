/**
 * The plan import service (issue 12) over a real database (fake-indexeddb): a preview stores nothing;
 * an import stores the parsed, agency-linked plan with topics linked by the bundled matcher; the plan
 * list holds the bundled plan and the imported ones; the plan browser answers for either; hostile or
 * unreadable text is refused with nothing stored; only imported plans can be deleted.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CardKnowledge } from '../../lib/card/types';
import type { StandardsLensDb } from '../../lib/db/database';
import { seedDatabase } from '../../lib/db/seed';
import { createPlanImportService, type PlanImportService } from '../../lib/services/plan-import-service';
import { bundledKnowledge } from './bundled-knowledge';
import { freshDb } from './fresh-db';

const kb = bundledKnowledge();
const oneLevel = readFileSync(new URL('../fixtures/plans/one-level.zh-Hans.txt', import.meta.url), 'utf8');
let db: StandardsLensDb;
let service: PlanImportService;
let ids: number;

beforeEach(() => {
  db = freshDb();
  ids = 0;
  const knowledge = async (): Promise<CardKnowledge> => kb;
  service = createPlanImportService(db, knowledge, {
    matcher: async () => kb.matcher,
    now: () => 1_800_000_000_000 + ids,
    newId: () => `imported-${++ids}`,
  });
});

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('plan import service', () => {
  it('previews without storing anything', async () => {
    const preview = value(await service.preview(oneLevel));
    expect(preview).toMatchObject({ status: 'ok', layout: 'one-level', duties: 4 });
    expect(preview.status === 'ok' && preview.unresolved.map((u) => u.name)).toEqual(['国家低空经济局']);
    expect(await db.importedPlans.count()).toBe(0);
  });

  it('imports a one-level plan: listed after the bundled plan, browsable with agencies and topics', async () => {
    const entry = value(await service.importPlan(oneLevel, '  2025 要点  '));
    expect(entry).toEqual({
      id: 'imported-1',
      name: '2025 要点',
      source: 'imported',
      title: '2025年标准化工作要点',
      itemCount: 3,
      importedAt: 1_800_000_000_001,
    });
    expect(value(await service.list()).plans).toEqual([
      {
        id: kb.plan.id,
        name: kb.plan.title,
        source: 'bundled',
        title: kb.plan.title,
        itemCount: 35,
      },
      entry,
    ]);

    const browser = value(await service.browser('imported-1'));
    expect(browser.plan.id).toBe('imported-1');
    expect(browser.plan.items.map((i) => i.label)).toEqual(['一、', '二、', '三、']);
    expect(browser.plan.items[0]!.duties[0]!.leads).toEqual(['miit', 'samr', 'sac']);
    expect(browser.plan.agencies.find((a) => a.id === '国家低空经济局')).toMatchObject({ unresolved: true });
    expect(browser.agencies).toBe(kb.agencies);
    // Topics are linked to this plan's items by their text, not by the bundled plan's numbers.
    const footprint = browser.topics.find((t) => t.id === 'carbon-footprint');
    expect(footprint?.items).toEqual([2]);
    expect(browser.topics.find((t) => t.id === 'artificial-intelligence')?.items).toEqual([1]);
    expect(browser.topics.every((t) => t.items.every((no) => no >= 1 && no <= 3))).toBe(true);
    // The stored row keeps the source text.
    expect((await db.importedPlans.get('imported-1'))?.source).toBe(oneLevel);
  });

  it('answers the bundled plan without a plan id or with its own', async () => {
    for (const planId of [undefined, kb.plan.id]) {
      const browser = value(await service.browser(planId));
      expect(browser.plan).toBe(kb.plan);
      expect(browser.topics).toBe(kb.topics);
    }
    expect(await service.browser('imported-404')).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no plan imported-404' },
    });
  });

  it.each([
    ['binary text', 'PK\u0003\u0004\u0000\u0000', /not a text file/],
    ['a million brackets', '〔'.repeat(1_000_000), /too large/],
    ['text without plan headings', '关于做好标准化工作的通知。\n请认真落实。', /line 1: expected/],
    ['a bracket left open', '（一）标题\n正文。〔科技部牵头\n', /line 2: expected 〕/],
  ])('refuses %s with nothing stored', async (_name, text, message) => {
    const result = await service.importPlan(text, 'x');
    expect(result).toEqual({
      ok: false,
      error: { code: 'bad-request', message: expect.stringMatching(message) },
    });
    expect(await db.importedPlans.count()).toBe(0);
    expect(value(await service.list()).plans).toHaveLength(1);
  });

  it('deletes imported plans only', async () => {
    value(await service.importPlan(oneLevel, 'a'));
    value(await service.importPlan(oneLevel, 'b'));
    expect(value(await service.remove('imported-1'))).toEqual({ deleted: true });
    expect(value(await service.remove('imported-1'))).toEqual({ deleted: false });
    expect((await service.remove(kb.plan.id)).ok).toBe(false);
    expect(value(await service.list()).plans.map((p) => p.id)).toEqual([kb.plan.id, 'imported-2']);
  });

  it('keeps imported plans through a reseed of the knowledge base', async () => {
    await seedDatabase(db, kb, 'v1');
    value(await service.importPlan(oneLevel, 'a'));
    await seedDatabase(db, kb, 'v2');
    expect(value(await service.browser('imported-1')).plan.items).toHaveLength(3);
  });

  it('has no topics without a matcher', async () => {
    const plain = createPlanImportService(db, async () => kb, { newId: () => 'imported-x' });
    value(await plain.importPlan(oneLevel, 'a'));
    expect(value(await plain.browser('imported-x')).topics).toEqual([]);
  });
});
