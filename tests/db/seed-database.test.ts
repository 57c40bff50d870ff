import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, openDatabase, type StandardsLensDb } from '../../lib/db/database';
import { bundledPlanId, readCardKnowledge, readMatcher } from '../../lib/db/read-kb';
import { seedDatabase } from '../../lib/db/seed';
import { seedVersionOf } from '../../lib/db/seed-version';
import { bundledKnowledge } from './bundled-knowledge';

const kb = bundledKnowledge();
let db: StandardsLensDb;

beforeEach(() => {
  db = openDatabase();
});
afterEach(async () => {
  await db.delete();
});

async function counts(d: StandardsLensDb) {
  const entries = await Promise.all(d.tables.map(async (t) => [t.name, await t.count()] as const));
  return Object.fromEntries(entries);
}

describe('the database', () => {
  it('is named standards-lens, version 3, with clips and imported plans', async () => {
    await db.open();
    expect(db.name).toBe(DB_NAME);
    expect(DB_NAME).toBe('standards-lens');
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'agencies',
        'clips',
        'families',
        'importedPlans',
        'items',
        'kbCache',
        'plans',
        'provinces',
        'settings',
        'sites',
        'topics',
      ].sort(),
    );
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain('standards-lens');
  });
});

describe('seedDatabase', () => {
  it('populates every knowledge-base table (35 items for the bundled plan)', async () => {
    const result = await seedDatabase(db, kb, 'v1');
    expect(result).toEqual({ seeded: true, version: 'v1', planId: kb.plan.id });
    expect(await counts(db)).toEqual({
      plans: 1,
      items: 35,
      agencies: kb.agencies.length,
      topics: kb.topics.length,
      families: kb.standardCodes.families.length,
      provinces: kb.standardCodes.provinces.length,
      kbCache: 1,
      settings: 0,
      sites: 0,
      clips: 0,
      importedPlans: 0,
    });
    expect(await db.items.get([kb.plan.id, 9])).toMatchObject({ planId: kb.plan.id, no: 9, label: '(九)' });
    expect(await bundledPlanId(db)).toBe(kb.plan.id);
  });

  it('reads back the same knowledge, in seed order, and the cached matcher', async () => {
    await seedDatabase(db, kb, 'v1');
    const back = await readCardKnowledge(db, kb.plan.id);
    expect(back?.plan).toEqual(kb.plan);
    expect(back?.agencies).toEqual(kb.agencies);
    expect(back?.topics).toEqual(kb.topics);
    expect(back?.standardCodes).toEqual(kb.standardCodes);
    const matcher = await readMatcher(db, 'v1');
    expect(matcher?.v).toBe(1);
    expect(matcher?.payloads.length).toBe(kb.matcher.payloads.length);
    expect(await readCardKnowledge(db, 'no-such-plan')).toBeUndefined();
  });

  it('is a no-op for a version already seeded', async () => {
    await seedDatabase(db, kb, 'v1', () => 1);
    await db.plans.update(kb.plan.id, { title: 'edited' });
    const before = await counts(db);
    const result = await seedDatabase(db, kb, 'v1', () => 2);
    expect(result.seeded).toBe(false);
    expect(await counts(db)).toEqual(before);
    expect((await db.plans.get(kb.plan.id))?.title).toBe('edited');
    expect((await db.kbCache.get('v1'))?.createdAt).toBe(1);
  });

  it('replaces the knowledge-base tables for a new version, keeping settings, sites and imported plans', async () => {
    await seedDatabase(db, kb, 'v1');
    await db.settings.put({ key: 'paused', value: true });
    await db.sites.put({ origin: 'https://example.com', host: 'example.com', enabled: true, updatedAt: 5 });
    await db.topics.put({ ...kb.topics[0]!, id: 'stale-topic', seq: 9999 });
    await db.plans.put({ ...(await db.plans.get(kb.plan.id))!, id: 'imported', source: 'imported' });
    await db.items.put({ ...kb.plan.items[0]!, planId: 'imported' });

    const result = await seedDatabase(db, kb, 'v2');
    expect(result.seeded).toBe(true);
    expect(await db.topics.get('stale-topic')).toBeUndefined();
    expect(await db.topics.count()).toBe(kb.topics.length);
    expect(await db.kbCache.toCollection().primaryKeys()).toEqual(['v2']);
    expect((await db.plans.get(kb.plan.id))?.seedVersion).toBe('v2');
    expect(await db.items.where('planId').equals(kb.plan.id).count()).toBe(35);
    // User data and imported plans survive.
    expect(await db.settings.get('paused')).toEqual({ key: 'paused', value: true });
    expect(await db.sites.get('https://example.com')).toMatchObject({ enabled: true, updatedAt: 5 });
    expect((await db.plans.get('imported'))?.source).toBe('imported');
    expect(await db.items.where('planId').equals('imported').count()).toBe(1);
  });

  it('seeds in one transaction: a failing write leaves the previous version intact', async () => {
    await seedDatabase(db, kb, 'v1');
    const broken = {
      ...kb,
      plan: { ...kb.plan, items: [{ ...kb.plan.items[0]!, no: undefined as unknown as number }] },
    };
    await expect(seedDatabase(db, broken, 'v2')).rejects.toThrow();
    expect(await db.kbCache.toCollection().primaryKeys()).toEqual(['v1']);
    expect(await db.items.count()).toBe(35);
    expect(await db.topics.count()).toBe(kb.topics.length);
  });

  it('runs concurrently without duplicating work', async () => {
    const results = await Promise.all([seedDatabase(db, kb, 'v1'), seedDatabase(db, kb, 'v1')]);
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    expect(await db.items.count()).toBe(35);
  });
});

describe('seedVersionOf', () => {
  const sources = { planText: 'text', agencies: [{ id: 'a' }], topics: [], standardCodes: { families: [] } };

  it('is stable and changes with the seeds or the extension version', () => {
    const v = seedVersionOf(sources, '0.1.0');
    expect(v).toMatch(/^0\.1\.0\+[0-9a-f]{14}$/);
    expect(seedVersionOf({ ...sources }, '0.1.0')).toBe(v);
    expect(seedVersionOf({ ...sources, planText: 'text!' }, '0.1.0')).not.toBe(v);
    expect(seedVersionOf({ ...sources, agencies: [{ id: 'b' }] }, '0.1.0')).not.toBe(v);
    // The English titles ride in the stored plan: editing them must reseed it.
    const titled = seedVersionOf({ ...sources, planTitles: { items: [{ no: 1, en: 'A' }] } }, '0.1.0');
    expect(titled).not.toBe(v);
    expect(seedVersionOf({ ...sources, planTitles: { items: [{ no: 1, en: 'B' }] } }, '0.1.0')).not.toBe(
      titled,
    );
    expect(seedVersionOf(sources, '0.1.1')).not.toBe(v);
  });
});
