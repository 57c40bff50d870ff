/**
 * The extension's IndexedDB database, owned by the background (DESIGN.md: "Only the background touches
 * the database"). Versioned with Dexie: a schema change adds `this.version(n + 1)` with its upgrade and a
 * test in tests/db that opens a database of version n and upgrades it without losing user data.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type {
  AgencyRow,
  FamilyRow,
  ItemRow,
  KbCacheRow,
  PlanRow,
  ProvinceRow,
  SettingRow,
  SiteRow,
  TopicRow,
} from './rows';

/** **contract** (DESIGN.md, "In-page contracts"): the database name in the extension's origin. */
export const DB_NAME = 'standards-lens';

/** Tables written by `seedDatabase`; `settings` and `sites` hold user data and survive a reseed. */
export const KB_TABLES = [
  'plans',
  'items',
  'agencies',
  'topics',
  'families',
  'provinces',
  'kbCache',
] as const;

/**
 * Version 1. Booleans are not valid IndexedDB keys, so `sites.enabled` is deliberately not indexed.
 * Clips arrive in a later issue, together with their migration test.
 */
export const SCHEMA_V1 = {
  plans: 'id, source',
  items: '[planId+no], planId',
  agencies: 'id',
  topics: 'id, category, *items',
  families: 'id, prefix',
  provinces: 'code',
  kbCache: 'version',
  settings: 'key',
  sites: 'origin, host',
} as const;

export class StandardsLensDb extends Dexie {
  // `declare`, not `!`: a class field would be re-initialized after Dexie's constructor set the tables.
  declare plans: Table<PlanRow, string>;
  declare items: Table<ItemRow, [string, number]>;
  declare agencies: Table<AgencyRow, string>;
  declare topics: Table<TopicRow, string>;
  declare families: Table<FamilyRow, string>;
  declare provinces: Table<ProvinceRow, string>;
  declare kbCache: Table<KbCacheRow, string>;
  declare settings: Table<SettingRow, string>;
  declare sites: Table<SiteRow, string>;

  constructor(options?: DexieOptions) {
    super(DB_NAME, options);
    this.version(1).stores(SCHEMA_V1);
  }
}

/**
 * Opens lazily (Dexie opens on first use). Tests pass `{ indexedDB, IDBKeyRange }` from
 * fake-indexeddb to get a fresh, isolated factory.
 */
export function openDatabase(options?: DexieOptions): StandardsLensDb {
  return new StandardsLensDb(options);
}
