/**
 * The knowledge base as the background serves it: seeded into the database once per seed version,
 * then read back (matcher from `kbCache`, plan and seeds for cards) so a woken service worker does not
 * rebuild it. When the database fails (storage quota, a browser without IndexedDB in this profile) it
 * falls back to building in memory: highlighting must not depend on storage.
 *
 * The reader's own terms (issue 12) are layered over the seeds: the matcher content scripts get is
 * compiled from both and cached under `seedVersion + '+' + hash(terms)`, so a page loaded after the
 * terms changed never gets a stale one; the terms are read on every `getMatcher` (one small row),
 * which also covers a restore that brought other terms in.
 */
import { toHant as cardHant } from '../text/to-hant';
import type { CardKnowledge } from '../card/types';
import type { StandardsLensDb } from '../db/database';
import { readCardKnowledge, readMatcher } from '../db/read-kb';
import { cacheLayeredMatcher, seedDatabase, seededPlanId, type SeedResult } from '../db/seed';
import { readUserTerms } from '../db/user-terms-row';
import { createLayeredMatcher } from '../kb/user-term-layer';
import { layeredVersion, userTermTopics, userTermsHash, type UserTerm } from '../kb/user-terms';
import { deserializeMatcher, serializeMatcher, type Matcher } from '../match/matcher';
import { scanBlocks } from '../match/scan-blocks';
import {
  createShortFormMemory,
  memoryFromData,
  memoryToData,
  type ShortFormMemoryData,
} from '../match/short-form-memory';
import type { Mention } from '../match/types';
import type { MatcherPayload } from '../messages/protocol';
import type { KbSource } from './kb-source';
import { readStandardTitle } from '../match/standard-title';

/**
 * How long seeding waits when nothing needs it yet (an install, an update, the first matcher answered
 * from the build's copy): the first pages' requests come in meanwhile, and the seeding's plan parse —
 * 60–90 ms of a fresh worker's thread, measured — would otherwise run before their answers.
 */
export const SEED_DELAY_MS = 500;

export interface KnowledgeService {
  /** Seeds the database for the current seed version unless it already holds it. */
  ensureSeeded(): Promise<SeedResult>;
  /**
   * The same, SEED_DELAY_MS from now (errors go to `onError`): what an install or update asks for.
   * Anything that reads the seeded database (cards, the plan browser) still seeds at once.
   */
  seedSoon(): void;
  /** The matcher content scripts compile: the seeds' with the reader's own terms layered over it. */
  getMatcher(): Promise<MatcherPayload>;
  /** The bundled plan and seeds (the plan browser). */
  cardKnowledge(): Promise<CardKnowledge>;
  /** The same with the reader's own terms as topics (`user:<id>`): what cards are built from. */
  knowledgeWithUserTerms(): Promise<CardKnowledge>;
  /** The matcher itself, for cards that scan text (a standard's title); deserialized on first use. */
  cardMatcher(): Promise<Matcher>;
  /**
   * The mentions of a content script's first window (its blocks in document order), found as its own
   * first pass would find them — the same matcher, short forms carried from block to block (issue 15).
   */
  scanWindow(
    texts: readonly string[],
    memory?: ShortFormMemoryData,
  ): Promise<{ mentions: Mention[][]; memory: ShortFormMemoryData }>;
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
  readTerms: () => Promise<UserTerm[]> = () => readUserTerms(db),
  toHant: (s: string) => string = cardHant,
): KnowledgeService {
  let built: ReturnType<KbSource['load']> | undefined;
  const load = () => (built ??= source.load());

  /** The bundled matcher as content scripts get it, serialized once per worker life. */
  let serialized: MatcherPayload['matcher'] | undefined;
  const compiled = () => (serialized ??= serializeMatcher(load().matcher, { withLayout: true }));

  /** Takes the build's matcher when there is one for this version (read once per worker life). */
  const takeShipped = once(async (): Promise<void> => {
    const shipped = await source.shipped?.();
    if (shipped) serialized ??= shipped.matcher;
  });

  const ensureSeeded = once(async (): Promise<SeedResult> => {
    const version = source.version();
    const planId = await seededPlanId(db, version);
    if (planId !== undefined) return { seeded: false, version, planId };
    await takeShipped();
    // Beside a shipped matcher only the plan is parsed: no compile in the worker.
    const kb = serialized && source.card ? source.card() : load();
    return seedDatabase(db, kb, version, Date.now, compiled());
  });

  let seedTimer: ReturnType<typeof setTimeout> | undefined;
  const seedSoon = () => {
    seedTimer ??= setTimeout(() => void ensureSeeded().catch(onError), SEED_DELAY_MS);
  };

  const baseMatcher = once(async (): Promise<MatcherPayload> => {
    const version = source.version();
    try {
      // Seeded in an earlier life of the worker: the stored matcher, nothing to compile.
      if ((await seededPlanId(db, version)) !== undefined) {
        const matcher = await readMatcher(db, version);
        if (matcher) return { version, matcher };
      }
    } catch (error) {
      onError(error);
    }
    // The first start after an install or update (or storage failing): the matcher the build compiled,
    // else one compiled here, answered at once; the database is seeded behind the answer, so the first
    // pages wait neither for a compile nor for its writes.
    await takeShipped();
    const matcher = compiled();
    seedSoon();
    return { version, matcher };
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

  /** The stored terms; none when they cannot be read (highlighting goes on with the glossary). */
  const terms = async (): Promise<UserTerm[]> => {
    try {
      return await readTerms();
    } catch (error) {
      onError(error);
      return [];
    }
  };

  /** Compiled from the stored plan and seeds, not the bundled source: no plan parse on a term change. */
  async function buildLayered(list: UserTerm[], version: string): Promise<MatcherPayload> {
    const seedVersion = source.version();
    try {
      await ensureSeeded();
      const cached = await readMatcher(db, version);
      if (cached) return { version, matcher: cached };
    } catch (error) {
      onError(error);
    }
    // The matcher needs no Traditional names (page text is folded); only the cards show them.
    const matcher = serializeMatcher(createLayeredMatcher(await cardKnowledge(), userTermTopics(list)), {
      withLayout: true,
    });
    await cacheLayeredMatcher(db, seedVersion, { version, createdAt: Date.now(), matcher }).catch(onError);
    return { version, matcher };
  }

  let layered: { version: string; payload: Promise<MatcherPayload> } | undefined;
  const getMatcher = async (): Promise<MatcherPayload> => {
    const list = await terms();
    if (list.length === 0) return baseMatcher();
    const version = layeredVersion(source.version(), list);
    if (layered?.version !== version) {
      const payload = buildLayered(list, version);
      layered = { version, payload };
      payload.catch(() => {
        if (layered?.payload === payload) layered = undefined;
      });
    }
    return layered.payload;
  };

  let withTerms: { key: string; base: CardKnowledge; kb: CardKnowledge } | undefined;
  const knowledgeWithUserTerms = async (): Promise<CardKnowledge> => {
    const [base, list] = await Promise.all([cardKnowledge(), terms()]);
    if (list.length === 0) return base;
    const key = userTermsHash(list);
    if (withTerms?.key !== key || withTerms.base !== base) {
      // Without the seeds' matcher: a standard's title is then read with the layered one (cardMatcher).
      const { matcher: _seedsOnly, ...rest } = base;
      withTerms = { key, base, kb: { ...rest, topics: [...base.topics, ...userTermTopics(list, toHant)] } };
    }
    return withTerms.kb;
  };

  let deserialized: { version: string; matcher: Matcher } | undefined;
  const cardMatcher = async (): Promise<Matcher> => {
    const payload = await getMatcher();
    if (built && payload.version === source.version()) return load().matcher;
    if (deserialized?.version !== payload.version) {
      deserialized = {
        version: payload.version,
        matcher: deserializeMatcher(payload.matcher, { readTitle: readStandardTitle }),
      };
    }
    return deserialized.matcher;
  };

  const scanWindow = async (texts: readonly string[], data?: ShortFormMemoryData) => {
    const matcher = await cardMatcher();
    const memory = data ? memoryFromData(data) : createShortFormMemory();
    const scanned = scanBlocks(
      texts.map((text) => ({ text })),
      matcher,
      undefined,
      memory,
    );
    return { mentions: scanned.map((b) => b.mentions), memory: memoryToData(memory) };
  };

  return {
    ensureSeeded,
    seedSoon,
    getMatcher,
    cardKnowledge,
    knowledgeWithUserTerms,
    cardMatcher,
    scanWindow,
  };
}
