import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedAgencies, seedPlanTitles, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';
import { deserializeMatcher } from '../../lib/match/matcher';
import { scanText } from '../../lib/match/scan';
import { createBundledKbSource } from '../../lib/services/kb-source';
import { createKnowledgeService, SEED_DELAY_MS } from '../../lib/services/knowledge-service';
import { shippedMatcher } from '../../scripts/lib/shipped-matcher';
import { freshDb } from '../db/fresh-db';
import { readFileSync } from 'node:fs';

const planText = readFileSync(new URL('../../seeds/plan.zh-Hans.txt', import.meta.url), 'utf8');
const seeds = {
  planText,
  agencies: seedAgencies,
  topics: seedTopics,
  standardCodes: seedStandardCodes,
  planTitles: seedPlanTitles,
};
const shipped = shippedMatcher('9.9.9');

describe('the matcher the build ships (matcher.json)', () => {
  it('carries the seed version the background computes, and the layout content scripts use', () => {
    expect(shipped.version).toBe(createBundledKbSource(seeds, '9.9.9').version());
    expect(shipped.matcher.automaton.layout?.da.length).toBeGreaterThan(100_000);
    // Through JSON, as the background reads the file.
    const matcher = deserializeMatcher(JSON.parse(JSON.stringify(shipped.matcher)));
    expect(scanText('工业和信息化部发布碳足迹标准GB/T 24001-2016', matcher).map((m) => m.kind)).toEqual([
      'agency',
      'topic',
      'standard',
    ]);
  });

  it.each([
    ['another version', { ...shipped, version: 'x' }],
    ['no matcher', { version: shipped.version }],
    ['another format', { version: shipped.version, matcher: { v: 2 } }],
    ['not an object', 'truncated'],
    ['null', null],
  ])('is not used when it has %s', async (_name, file) => {
    const source = createBundledKbSource(seeds, '9.9.9', () =>
      Promise.resolve(JSON.parse(JSON.stringify(file))),
    );
    expect(await source.shipped?.()).toBeUndefined();
  });

  it('is not used when it cannot be read', async () => {
    const source = createBundledKbSource(seeds, '9.9.9', () => Promise.reject(new Error('404')));
    expect(await source.shipped?.()).toBeUndefined();
  });

  it('answers the first pages and seeds the database without compiling in the worker', async () => {
    const source = createBundledKbSource(seeds, '9.9.9', () =>
      Promise.resolve(JSON.parse(JSON.stringify(shipped))),
    );
    const load = vi.spyOn(source, 'load');
    const db = freshDb();
    const knowledge = createKnowledgeService(db, source);
    const first = await knowledge.getMatcher();
    expect(first.version).toBe(shipped.version);
    expect(first.matcher).toEqual(shipped.matcher);
    expect(await knowledge.ensureSeeded()).toMatchObject({ seeded: true, version: shipped.version });
    expect(load).not.toHaveBeenCalled();
    // The stored matcher is the shipped one, and the plan was seeded for cards.
    expect((await db.kbCache.get(shipped.version))?.matcher).toEqual(shipped.matcher);
    expect(await db.items.count()).toBe(35);
  });

  describe('after an install or update', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('answers the first page before it parses the plan to seed the database', async () => {
      // Only setTimeout: fake-indexeddb answers on setImmediate, which runs as before.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const source = createBundledKbSource(seeds, '9.9.9', () =>
        Promise.resolve(JSON.parse(JSON.stringify(shipped))),
      );
      const card = vi.spyOn(source, 'card');
      const load = vi.spyOn(source, 'load');
      const db = freshDb();
      const knowledge = createKnowledgeService(db, source);
      knowledge.seedSoon(); // what the worker's onInstalled does
      const { mentions } = await knowledge.scanWindow(['工业和信息化部发布碳足迹标准']);
      expect(mentions[0]!.map((m) => m.kind)).toEqual(['agency', 'topic']);
      // Several database roundtrips later, still nothing parsed or written: the seeding waits its turn
      // (in a fresh worker the plan's parse took 60–90 ms, and ran before this answer).
      for (let i = 0; i < 5; i++) await db.kbCache.count();
      expect(card).not.toHaveBeenCalled();
      expect(await db.kbCache.count()).toBe(0);

      await vi.advanceTimersByTimeAsync(SEED_DELAY_MS);
      await vi.waitFor(async () => expect(await db.kbCache.count()).toBe(1));
      expect(card).toHaveBeenCalledTimes(1);
      expect(load).not.toHaveBeenCalled(); // the plan parsed, nothing compiled
      expect(await knowledge.ensureSeeded()).toMatchObject({ seeded: true, version: shipped.version });
      expect(await db.items.count()).toBe(35);
    });

    it('seeds at once when a card needs the database', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const source = createBundledKbSource(seeds, '9.9.9', () =>
        Promise.resolve(JSON.parse(JSON.stringify(shipped))),
      );
      const db = freshDb();
      const knowledge = createKnowledgeService(db, source);
      knowledge.seedSoon();
      const kb = await knowledge.cardKnowledge(); // no timer advanced
      expect(kb.plan.items).toHaveLength(35);
      expect(await db.kbCache.count()).toBe(1);
    });
  });
});
