import { describe, expect, it, vi } from 'vitest';
import { IDBKeyRange } from 'fake-indexeddb';
import { openDatabase } from '../../lib/db/database';
import { deserializeMatcher } from '../../lib/match/matcher';
import { scanText } from '../../lib/match/scan';
import { createCardService } from '../../lib/services/card-service';
import { createKnowledgeService } from '../../lib/services/knowledge-service';
import type { KbSource } from '../../lib/services/kb-source';
import { createSettingsService, DEFAULT_SETTINGS } from '../../lib/services/settings-service';
import { bundledKnowledge } from '../db/bundled-knowledge';
import { freshDb } from '../db/fresh-db';

const kb = bundledKnowledge();

function countingSource(version = 'v1') {
  const source = { version: () => version, load: vi.fn(() => kb) } satisfies KbSource;
  return source;
}

describe('knowledge service', () => {
  it('seeds lazily on first use, once', async () => {
    const db = freshDb();
    const source = countingSource();
    const knowledge = createKnowledgeService(db, source);
    const [a, b] = await Promise.all([knowledge.getMatcher(), knowledge.getMatcher()]);
    expect(a).toBe(b);
    expect(a.version).toBe('v1');
    expect(source.load).toHaveBeenCalledTimes(1);
    // Seeded behind the answer: the same seeding the first request started.
    expect(await knowledge.ensureSeeded()).toMatchObject({ seeded: true, version: 'v1' });
    expect(await db.items.count()).toBe(35);
    expect(source.load).toHaveBeenCalledTimes(1);
  });

  it('answers the first matcher request without waiting for the database to be seeded', async () => {
    const db = freshDb();
    // A seeding write that never commits (a slow disk, a long first install): the first pages
    // must get their matcher all the same, compiled in memory.
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => unknown;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) =>
      args[0] === 'rw' ? new Promise(() => {}) : transaction(...args)) as never);
    const knowledge = createKnowledgeService(db, countingSource());
    const { version, matcher } = await knowledge.getMatcher();
    expect(version).toBe('v1');
    const mentions = scanText('工业和信息化部发布碳足迹标准', deserializeMatcher(matcher));
    expect(mentions.map((m) => m.kind)).toEqual(['agency', 'topic']);
  });

  it('serves a restarted worker from the database without rebuilding', async () => {
    const db = freshDb();
    await createKnowledgeService(db, countingSource()).ensureSeeded();

    const source = countingSource();
    const knowledge = createKnowledgeService(db, source);
    expect(await knowledge.ensureSeeded()).toMatchObject({ seeded: false });
    const { matcher } = await knowledge.getMatcher();
    const card = await knowledge.cardKnowledge();
    expect(source.load).not.toHaveBeenCalled();
    // The stored copy carries the scanner's placed double array, so content scripts need not place it.
    expect(matcher.automaton.layout?.da.length).toBeGreaterThan(100_000);
    expect(card.plan.items).toHaveLength(35);
    const mentions = scanText('工业和信息化部发布碳足迹标准', deserializeMatcher(matcher));
    expect(mentions.map((m) => m.kind)).toContain('agency');
  });

  it('reseeds when the seed version changes', async () => {
    const db = freshDb();
    await createKnowledgeService(db, countingSource('v1')).ensureSeeded();
    const source = countingSource('v2');
    const knowledge = createKnowledgeService(db, source);
    expect((await knowledge.getMatcher()).version).toBe('v2');
    await knowledge.ensureSeeded();
    expect(source.load).toHaveBeenCalledTimes(1);
    expect(await db.kbCache.toCollection().primaryKeys()).toEqual(['v2']);
  });

  it('falls back to building in memory when the database fails', async () => {
    const broken = openDatabase({
      indexedDB: {
        open() {
          throw new Error('IndexedDB unavailable');
        },
      },
      IDBKeyRange,
    });
    const onError = vi.fn();
    const knowledge = createKnowledgeService(broken, countingSource(), onError);
    const { matcher } = await knowledge.getMatcher();
    expect(matcher.v).toBe(1);
    expect(matcher.automaton.layout).toBeDefined();
    expect((await knowledge.cardKnowledge()).plan.items).toHaveLength(35);
    expect(onError).toHaveBeenCalled();
    await expect(knowledge.ensureSeeded()).rejects.toThrow();
  });
});

describe('card service', () => {
  it('builds cards from the knowledge it is given', async () => {
    const cards = createCardService(async () => kb);
    expect(await cards.getCard({ kind: 'agency', id: 'miit' }, 'zh-Hans')).toMatchObject({
      kind: 'agency',
      id: 'miit',
    });
    expect(await cards.getCard({ kind: 'item', no: 9 }, 'zh-Hans')).toMatchObject({
      kind: 'item',
      item: { no: 9, label: '(九)' },
    });
    expect(await cards.getItem(9, 'en')).toMatchObject({ kind: 'item' });
    expect(await cards.getAgency('miit', 'en')).toMatchObject({ kind: 'agency' });
  });

  it('answers null for what the knowledge base does not know', async () => {
    const cards = createCardService(async () => kb);
    expect(await cards.getCard({ kind: 'topic', id: 'no-such-topic' }, 'en')).toBeNull();
    expect(await cards.getItem(99, 'en')).toBeNull();
    expect(await cards.getAgency('no-such-agency', 'en')).toBeNull();
  });

  it('takes the builder as a dependency', async () => {
    const build = vi.fn(() => undefined);
    await createCardService(async () => kb, build).getItem(3, 'zh-Hant');
    expect(build).toHaveBeenCalledWith(kb, { kind: 'item', no: 3 }, 'zh-Hant');
  });
});

describe('settings service', () => {
  it('has defaults, stores the pause switch and merges UI preferences', async () => {
    const db = freshDb();
    const settings = createSettingsService(db);
    expect(await settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(await settings.setPaused(true)).toEqual({ ...DEFAULT_SETTINGS, paused: true });
    expect(await settings.updateUi({ cardLang: 'en' })).toEqual({
      paused: true,
      ui: { ...DEFAULT_SETTINGS.ui, cardLang: 'en' },
    });
    expect((await settings.updateUi({ hoverDelayMs: 500 })).ui).toEqual({
      ...DEFAULT_SETTINGS.ui,
      cardLang: 'en',
      hoverDelayMs: 500,
    });
    const kinds = { topic: false, agency: true, standard: true, clip: false };
    expect((await settings.updateUi({ kinds })).ui).toEqual({
      ...DEFAULT_SETTINGS.ui,
      cardLang: 'en',
      hoverDelayMs: 500,
      kinds,
    });
    const mine = await settings.updateUi({ cardTrigger: 'modifier', myAgencies: ['miit', 'samr'] });
    expect(mine.ui).toMatchObject({ cardTrigger: 'modifier', myAgencies: ['miit', 'samr'], kinds });
  });

  it('ignores stored values of the wrong shape', async () => {
    const db = freshDb();
    await db.settings.bulkPut([
      { key: 'paused', value: 'yes' },
      {
        key: 'ui',
        value: {
          cardLang: 'fr',
          hoverDelayMs: 'slow',
          cardTrigger: 'always',
          kinds: { topic: 'no', clip: 0 },
          myAgencies: 'miit',
        },
      },
    ]);
    expect(await createSettingsService(db).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps only valid, distinct agency ids of a stored "my agency" list', async () => {
    const db = freshDb();
    await db.settings.put({
      key: 'ui',
      value: { myAgencies: ['miit', 'MIIT', '', 'miit', 7, 'sac', '<b>'] },
    });
    expect((await createSettingsService(db).get()).ui.myAgencies).toEqual(['miit', 'sac']);
  });
});
