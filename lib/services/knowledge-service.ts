/**
 * The knowledge base as the background serves it: seeded into the database once per seed version,
 * then read back (matcher from `kbCache`, plan and seeds for cards) so a woken service worker does not
 * rebuild it. When the database fails (storage quota, a browser without IndexedDB in this profile) it
 * falls back to building in memory: highlighting must not depend on storage.
 */
import type { CardKnowledge } from '../card/types';
import type { StandardsLensDb } from '../db/database';
import { readCardKnowledge, readMatcher } from '../db/read-kb';
import { seedDatabase, seededPlanId, type SeedResult } from '../db/seed';
import { deserializeMatcher, serializeMatcher, type Matcher } from '../match/matcher';
import type { MatcherPayload } from '../messages/protocol';
import type { KbSource } from './kb-source';

export interface KnowledgeService {
  /** Seeds the database for the current seed version unless it already holds it. */
  ensureSeeded(): Promise<SeedResult>;
  getMatcher(): Promise<MatcherPayload>;
  /** The plan and seeds the cards are built from. */
  cardKnowledge(): Promise<CardKnowledge>;
  /** The matcher itself, for cards that scan text (a standard's title); deserialized on first use. */
  cardMatcher(): Promise<Matcher>;
}

/** Memoizes a promise, forgetting it when it rejects so the next call retries. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= make().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

export function createKnowledgeService(
  db: StandardsLensDb,
  source: KbSource,
  onError: (error: unknown) => void = () => {},
): KnowledgeService {
  let built = false;
  const load = () => {
    built = true;
    return source.load();
  };

  const ensureSeeded = once(async (): Promise<SeedResult> => {
    const version = source.version();
    const planId = await seededPlanId(db, version);
    if (planId !== undefined) return { seeded: false, version, planId };
    return seedDatabase(db, load(), version);
  });

  const getMatcher = once(async (): Promise<MatcherPayload> => {
    const version = source.version();
    try {
      await ensureSeeded();
      const matcher = await readMatcher(db, version);
      if (matcher) return { version, matcher };
    } catch (error) {
      onError(error);
    }
    return { version, matcher: serializeMatcher(load().matcher, { withLayout: true }) };
  });

  const cardKnowledge = once(async (): Promise<CardKnowledge> => {
    // Already built in this worker's life (it just seeded): no need to read it back.
    if (built) return load();
    try {
      const { planId } = await ensureSeeded();
      const kb = built ? undefined : await readCardKnowledge(db, planId);
      if (kb) return kb;
    } catch (error) {
      onError(error);
    }
    return load();
  });

  const cardMatcher = once(async (): Promise<Matcher> => {
    if (built) return load().matcher;
    return deserializeMatcher((await getMatcher()).matcher);
  });

  return { ensureSeeded, getMatcher, cardKnowledge, cardMatcher };
}
