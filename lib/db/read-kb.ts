/**
 * Reads the knowledge base back from the database, so a woken service worker answers cards without
 * parsing the plan again (the bundled build costs ~250 ms; these reads a few ms).
 */
import type { CardKnowledge } from '../card/types';
import type { SerializedMatcher } from '../match/matcher';
import type { PlanDoc } from '../plan/types';
import type { StandardsLensDb } from './database';

function bySeq<T extends { seq: number }>(rows: T[]): Omit<T, 'seq'>[] {
  return rows.sort((a, b) => a.seq - b.seq).map(({ seq: _seq, ...row }) => row);
}

/** The plan with its items, or undefined when no such plan is stored. */
export async function readPlan(db: StandardsLensDb, planId: string): Promise<PlanDoc | undefined> {
  const row = await db.plans.get(planId);
  if (!row) return undefined;
  const items = await db.items.where('planId').equals(planId).sortBy('no');
  const { source: _source, seedVersion: _version, itemCount: _count, ...meta } = row;
  return { ...meta, items: items.map(({ planId: _id, ...item }) => item) };
}

/** The bundled plan's id, when the database has been seeded. */
export async function bundledPlanId(db: StandardsLensDb): Promise<string | undefined> {
  return (await db.plans.where('source').equals('bundled').primaryKeys())[0];
}

export async function readCardKnowledge(
  db: StandardsLensDb,
  planId: string,
): Promise<CardKnowledge | undefined> {
  return db.transaction(
    'r',
    [db.plans, db.items, db.agencies, db.topics, db.families, db.provinces],
    async () => {
      const plan = await readPlan(db, planId);
      if (!plan) return undefined;
      const [agencies, topics, families, provinces] = await Promise.all([
        db.agencies.toArray(),
        db.topics.toArray(),
        db.families.toArray(),
        db.provinces.toArray(),
      ]);
      return {
        plan,
        agencies: bySeq(agencies),
        topics: bySeq(topics),
        standardCodes: { families: bySeq(families), provinces: bySeq(provinces) },
      };
    },
  );
}

export async function readMatcher(
  db: StandardsLensDb,
  version: string,
): Promise<SerializedMatcher | undefined> {
  return (await db.kbCache.get(version))?.matcher;
}
