/**
 * Schema version 3 (imported plans, issue 12) upgrades a populated version-2 database — seeded, with
 * settings, sites and clips — without losing anything (DESIGN.md, In-page contracts → Database), and
 * neither seeding nor reseeding ever touches an imported plan.
 */
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  DB_NAME,
  KB_TABLES,
  openDatabase,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  type StandardsLensDb,
} from '../../lib/db/database';
import { readCardKnowledge } from '../../lib/db/read-kb';
import type { ImportedPlanRow } from '../../lib/db/rows';
import { seedDatabase, seededPlanId } from '../../lib/db/seed';
import { buildPlanDoc } from '../../lib/kb/plan-doc';
import { bundledKnowledge } from './bundled-knowledge';
import { OTHER_ID, storedClip } from './clip-fixtures';

const kb = bundledKnowledge();
const site = { origin: 'https://example.com', host: 'example.com', enabled: true, updatedAt: 5 };
const ui = { key: 'ui', value: { cardLang: 'zh-Hant', hoverDelayMs: 150 } };
const clips = [
  storedClip({ tags: ['碳足迹'], note: 'mine' }),
  storedClip({ id: OTHER_ID, status: 'missing' }),
];

const text = readFileSync(new URL('../fixtures/plans/one-level.zh-Hans.txt', import.meta.url), 'utf8');
function importedRow(id = 'imported-1', importedAt = 7): ImportedPlanRow {
  const result = buildPlanDoc(text, { id });
  if (!result.ok) throw new Error(result.error.message);
  return { id, name: '2025年标准化工作要点', importedAt, source: text, plan: result.plan };
}

/** A version-2 database as the extension shipped it: seeded, with settings, sites and clips. */
async function populatedV2(factory: IDBFactory): Promise<Record<string, number>> {
  const v2 = new Dexie(DB_NAME, { indexedDB: factory, IDBKeyRange });
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2);
  await seedDatabase(v2 as unknown as StandardsLensDb, kb, 'seed-2', () => 42);
  await v2.table('settings').bulkPut([{ key: 'paused', value: true }, ui]);
  await v2.table('sites').bulkPut([site, { ...site, origin: 'http://example.com', enabled: false }]);
  await v2.table('clips').bulkPut(clips);
  expect(v2.verno).toBe(2);
  expect(v2.tables.map((t) => t.name)).not.toContain('importedPlans');
  const before = await counts(v2);
  v2.close();
  return before;
}

async function counts(db: Dexie) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()])));
}

describe('schema version 3', () => {
  it('keeps version 2 as shipped and only adds importedPlans, which is no knowledge-base table', () => {
    const { importedPlans, ...rest } = SCHEMA_V3;
    expect(rest).toEqual(SCHEMA_V2);
    expect(importedPlans).toBe('id, importedAt');
    expect(KB_TABLES).not.toContain('importedPlans');
  });

  it('upgrades a populated version-2 database without losing knowledge, settings, sites or clips', async () => {
    const factory = new IDBFactory();
    const before = await populatedV2(factory);
    expect(before).toMatchObject({ items: 35, settings: 2, sites: 2, clips: 2 });

    const db = openDatabase({ indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    expect(await counts(db)).toEqual({ ...before, importedPlans: 0 });
    expect(await seededPlanId(db, 'seed-2')).toBe(kb.plan.id);
    expect((await readCardKnowledge(db, kb.plan.id))?.plan).toEqual(kb.plan);
    expect(await db.settings.get('ui')).toEqual(ui);
    expect(await db.sites.get('https://example.com')).toEqual(site);
    expect(await db.clips.orderBy('id').toArray()).toEqual(
      [...clips].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db.clips.where('tags').equals('碳足迹').count()).toBe(1);
    db.close();
  });

  it('stores imported plans, ordered by import time, and no seeding or reseeding touches them', async () => {
    const factory = new IDBFactory();
    await populatedV2(factory);
    const db = openDatabase({ indexedDB: factory, IDBKeyRange });
    const first = importedRow('imported-1', 20);
    const second = importedRow('imported-2', 10);
    await db.importedPlans.bulkPut([first, second]);
    expect(await db.importedPlans.orderBy('importedAt').primaryKeys()).toEqual(['imported-2', 'imported-1']);

    expect((await seedDatabase(db, kb, 'seed-2')).seeded).toBe(false);
    expect((await seedDatabase(db, kb, 'seed-3')).seeded).toBe(true);
    expect(await db.kbCache.toCollection().primaryKeys()).toEqual(['seed-3']);
    expect(await db.importedPlans.get('imported-1')).toEqual(first);
    expect(await db.importedPlans.count()).toBe(2);
    // The bundled plan's tables hold the bundled plan only.
    expect(await db.plans.toCollection().primaryKeys()).toEqual([kb.plan.id]);
    expect(await db.items.where('planId').equals('imported-1').count()).toBe(0);
    expect(await db.clips.count()).toBe(2);
    db.close();
  });

  it('a new, empty database seeds at version 3 with no imported plan', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    await seedDatabase(db, kb, 'seed-1');
    expect(db.verno).toBe(3);
    expect(await db.importedPlans.count()).toBe(0);
    db.close();
  });
});
