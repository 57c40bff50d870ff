/**
 * Seeds the knowledge-base tables from the bundled knowledge base: on install/update and lazily when the
 * database is empty. Idempotent and atomic: one read-write transaction that does nothing when this seed
 * version is already in place, and otherwise replaces every KB table (bundled plans only — imported
 * plans stay) while `settings`, `sites`, `clips` and `importedPlans` are never touched (the transaction
 * does not even open them).
 */
import type { CardKnowledge } from '../card/types';
import { serializeMatcher, type Matcher } from '../match/matcher';
import { KB_TABLES, type StandardsLensDb } from './database';
import type { KbCacheRow, PlanRow } from './rows';

/** The knowledge base as lib/kb builds it, with the seeds it was built from. */
export interface SeedKnowledge extends CardKnowledge {
  matcher: Matcher;
}

export interface SeedResult {
  /** False when this version was already seeded (nothing was written). */
  seeded: boolean;
  version: string;
  planId: string;
}

/** The plan id when `seedVersion` is fully in place (what `seedDatabase` would skip), else undefined. */
export async function seededPlanId(db: StandardsLensDb, seedVersion: string): Promise<string | undefined> {
  return db.transaction('r', [db.plans, db.kbCache], async () => {
    // Counted, not read: the row holds the whole matcher, which a woken worker then reads once more.
    if ((await db.kbCache.where(':id').equals(seedVersion).count()) === 0) return undefined;
    const plans = await db.plans.where('source').equals('bundled').toArray();
    return plans.find((plan) => plan.seedVersion === seedVersion)?.id;
  });
}

export async function seedDatabase(
  db: StandardsLensDb,
  kb: CardKnowledge & { matcher?: SeedKnowledge['matcher'] },
  seedVersion: string,
  now: () => number = Date.now,
  /** The matcher already serialized (the background just sent it to a page); else serialized here. */
  serialized?: KbCacheRow['matcher'],
): Promise<SeedResult> {
  const planId = kb.plan.id;
  const { items, ...meta } = kb.plan;
  // Outside the transaction: CPU work only, but an IndexedDB transaction should not wait on it.
  const plan: PlanRow = { ...meta, source: 'bundled', seedVersion, itemCount: items.length };
  // Stored as content scripts are sent it: with the scanner's double array placed (automaton-layout.ts).
  if (!serialized && !kb.matcher) throw new Error('seedDatabase: no matcher to store');
  const matcher = serialized ?? serializeMatcher(kb.matcher!, { withLayout: true });
  const cache: KbCacheRow = { version: seedVersion, createdAt: now(), matcher };
  const tables = KB_TABLES.map((name) => db.table(name));

  return db.transaction('rw', tables, async () => {
    const [cached, current] = await Promise.all([db.kbCache.get(seedVersion), db.plans.get(planId)]);
    if (cached && current?.seedVersion === seedVersion)
      return { seeded: false, version: seedVersion, planId };

    const bundled = await db.plans.where('source').equals('bundled').primaryKeys();
    await db.items
      .where('planId')
      .anyOf([...bundled, planId])
      .delete();
    await db.plans.bulkDelete(bundled);
    await Promise.all([db.agencies.clear(), db.topics.clear(), db.families.clear(), db.provinces.clear()]);
    await db.kbCache.clear();

    const withSeq = <T extends object>(rows: readonly T[]) => rows.map((row, seq) => ({ ...row, seq }));
    await db.plans.put(plan);
    await db.items.bulkPut(items.map((item) => ({ ...item, planId })));
    await db.agencies.bulkPut(withSeq(kb.agencies));
    await db.topics.bulkPut(withSeq(kb.topics));
    await db.families.bulkPut(withSeq(kb.standardCodes.families));
    await db.provinces.bulkPut(withSeq(kb.standardCodes.provinces));
    await db.kbCache.put(cache);
    return { seeded: true, version: seedVersion, planId };
  });
}

/**
 * Caches the matcher of the seeds plus the reader's own terms (`row.version` = seed version + '+' +
 * the terms' hash, lib/kb/user-terms) beside the seeds' own, replacing the one of earlier terms. Written
 * only while `seedVersion` is the one in place: a reseed clears `kbCache` and must not be undone.
 */
export async function cacheLayeredMatcher(
  db: StandardsLensDb,
  seedVersion: string,
  row: KbCacheRow,
): Promise<boolean> {
  return db.transaction('rw', db.kbCache, async () => {
    if (!(await db.kbCache.get(seedVersion))) return false;
    const stale = (await db.kbCache.toCollection().primaryKeys()).filter(
      (version) => version !== seedVersion && version !== row.version,
    );
    await db.kbCache.bulkDelete(stale);
    await db.kbCache.put(row);
    return true;
  });
}
