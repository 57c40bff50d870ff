/**
 * Schema version 2 (clips) upgrades a populated version-1 database without losing knowledge, settings
 * or sites (DESIGN.md, In-page contracts → Database), and a reseed never touches clips.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  DB_NAME,
  KB_TABLES,
  openDatabase,
  SCHEMA_V1,
  SCHEMA_V2,
  type StandardsLensDb,
} from '../../lib/db/database';
import { readCardKnowledge } from '../../lib/db/read-kb';
import { seedDatabase, seededPlanId } from '../../lib/db/seed';
import { bundledKnowledge } from './bundled-knowledge';
import { OTHER_ID, storedClip } from './clip-fixtures';

const kb = bundledKnowledge();
const site = { origin: 'https://example.com', host: 'example.com', enabled: true, updatedAt: 5 };
const ui = { key: 'ui', value: { cardLang: 'zh-Hant', hoverDelayMs: 150 } };

/** A version-1 database as the extension shipped it: seeded, with the user's settings and sites. */
async function populatedV1(factory: IDBFactory): Promise<void> {
  const v1 = new Dexie(DB_NAME, { indexedDB: factory, IDBKeyRange });
  v1.version(1).stores(SCHEMA_V1);
  // Dexie defines a property per table, so the seeder runs on it unchanged.
  await seedDatabase(v1 as unknown as StandardsLensDb, kb, 'seed-1', () => 42);
  await v1.table('settings').bulkPut([{ key: 'paused', value: true }, ui]);
  await v1.table('sites').bulkPut([site, { ...site, origin: 'http://example.com', enabled: false }]);
  expect(v1.verno).toBe(1);
  expect(v1.tables.map((t) => t.name)).not.toContain('clips');
  v1.close();
}

async function counts(db: Dexie) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()])));
}

describe('schema version 2', () => {
  it('keeps version 1 as shipped and only adds clips', () => {
    const { clips, ...rest } = SCHEMA_V2;
    expect(rest).toEqual(SCHEMA_V1);
    expect(clips).toBe('id, normalizedUrl, site, created, updated, status, *tags');
    expect(KB_TABLES).not.toContain('clips');
  });

  it('upgrades a populated version-1 database without losing knowledge, settings or sites', async () => {
    const factory = new IDBFactory();
    await populatedV1(factory);
    const before = await (async () => {
      const v1 = new Dexie(DB_NAME, { indexedDB: factory, IDBKeyRange });
      v1.version(1).stores(SCHEMA_V1);
      const c = await counts(v1);
      v1.close();
      return c;
    })();

    const db = openDatabase({ indexedDB: factory, IDBKeyRange });
    await db.open();
    // Opened by the current schema: version 1 → 2 → 3 in one upgrade.
    expect(db.verno).toBe(3);
    expect(await counts(db)).toEqual({ ...before, clips: 0, importedPlans: 0 });
    expect(before).toMatchObject({ items: 35, settings: 2, sites: 2 });
    // The knowledge base is still in place: no reseed needed, and it reads back whole.
    expect(await seededPlanId(db, 'seed-1')).toBe(kb.plan.id);
    expect((await readCardKnowledge(db, kb.plan.id))?.plan).toEqual(kb.plan);
    expect(await db.settings.get('paused')).toEqual({ key: 'paused', value: true });
    expect(await db.settings.get('ui')).toEqual(ui);
    expect(await db.sites.where('host').equals('example.com').count()).toBe(2);
    expect(await db.sites.get('https://example.com')).toEqual(site);
    db.close();
  });

  it('indexes clips by page, time, status and tag, and a reseed leaves them untouched', async () => {
    const factory = new IDBFactory();
    await populatedV1(factory);
    const db = openDatabase({ indexedDB: factory, IDBKeyRange });
    const first = storedClip({ tags: ['碳达峰', 'energy'], note: 'mine' });
    const second = storedClip({
      id: OTHER_ID,
      normalizedUrl: 'https://www.samr.gov.cn/a.html',
      site: 'www.samr.gov.cn',
      created: 2,
      updated: 3,
      status: 'changed',
      current: 'now different',
    });
    await db.clips.bulkPut([first, second]);

    expect(await db.clips.where('normalizedUrl').equals(first.normalizedUrl).primaryKeys()).toEqual([
      first.id,
    ]);
    expect(await db.clips.where('site').equals('www.samr.gov.cn').primaryKeys()).toEqual([OTHER_ID]);
    expect(await db.clips.orderBy('created').primaryKeys()).toEqual([OTHER_ID, first.id]);
    expect(await db.clips.orderBy('updated').reverse().primaryKeys()).toEqual([first.id, OTHER_ID]);
    expect(await db.clips.where('status').equals('changed').primaryKeys()).toEqual([OTHER_ID]);
    expect(await db.clips.where('tags').equals('energy').primaryKeys()).toEqual([first.id]);

    const result = await seedDatabase(db, kb, 'seed-2');
    expect(result.seeded).toBe(true);
    expect(await db.kbCache.toCollection().primaryKeys()).toEqual(['seed-2']);
    expect(await db.clips.orderBy('id').toArray()).toEqual([first, second]);
    expect(await db.sites.count()).toBe(2);
    expect(await db.settings.count()).toBe(2);
    db.close();
  });

  it('opens a new, empty database at the current version, with clips', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.clips.count()).toBe(0);
    db.close();
  });
});
