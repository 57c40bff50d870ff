/**
 * The extension's IndexedDB database, owned by the background (DESIGN.md: "Only the background touches
 * the database"). Versioned with Dexie: a schema change adds `this.version(n + 1)` with its upgrade and a
 * test in tests/db that opens a database of version n and upgrades it without losing user data.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type {
  AgencyRow,
  ClipRow,
  FamilyRow,
  ImportedPlanRow,
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

/**
 * Tables written by `seedDatabase`; `settings`, `sites`, `clips` and `importedPlans` hold user data and
 * survive a reseed (tests/db/migration-v2.test.ts, tests/db/migration-v3.test.ts). `plans` / `items` hold
 * the bundled plan only: a reseed clears them, so imported plans live in their own table.
 */
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
 * Kept as it shipped: the migration tests open a version-1 database with it.
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

/**
 * Version 2 adds `clips` (DESIGN.md, Data model → Clip), with the indexes the clip library and the
 * content script query by: `normalizedUrl` (a page's clips, to anchor them), `site`, `created` /
 * `updated` (newest first), `status` (orphans), `*tags` (multi-entry: one index entry per tag). A new
 * table needs no upgrade function: existing tables and their rows are kept as they are.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  clips: 'id, normalizedUrl, site, created, updated, status, *tags',
} as const;

/**
 * Version 3 adds `importedPlans` (issue 12, "Import a plan"): one row per plan the user imported — its
 * name, the source text as read, and the parsed, agency-linked PlanDoc — indexed by `importedAt` for the
 * plan switcher's order. User data like clips: never written by `seedDatabase`. A new table, so no
 * upgrade function.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  importedPlans: 'id, importedAt',
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
  declare clips: Table<ClipRow, string>;
  declare importedPlans: Table<ImportedPlanRow, string>;

  constructor(options?: DexieOptions) {
    super(DB_NAME, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
  }
}

/**
 * Opens lazily (Dexie opens on first use). Tests pass `{ indexedDB, IDBKeyRange }` from
 * fake-indexeddb to get a fresh, isolated factory.
 */
export function openDatabase(options?: DexieOptions): StandardsLensDb {
  return new StandardsLensDb(options);
}
