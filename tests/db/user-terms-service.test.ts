import { describe, expect, it, vi } from 'vitest';
import type { TopicCardModel } from '../../lib/card/types';
import { readUserTerms, USER_TERMS_KEY } from '../../lib/db/user-terms-row';
import { userTermsHash } from '../../lib/kb/user-terms';
import { deserializeMatcher } from '../../lib/match/matcher';
import { scanText } from '../../lib/match/scan';
import { createCardService } from '../../lib/services/card-service';
import type { KbSource } from '../../lib/services/kb-source';
import { createKnowledgeService } from '../../lib/services/knowledge-service';
import { createUserTermsService } from '../../lib/services/user-terms-service';
import { bundledKnowledge } from './bundled-knowledge';
import { freshDb } from './fresh-db';

const kb = bundledKnowledge();

function setup(db = freshDb()) {
  const source = { version: () => 'v1', load: vi.fn(() => kb) } satisfies KbSource;
  const knowledge = createKnowledgeService(db, source);
  let n = 0;
  const terms = createUserTermsService(db, knowledge, {
    now: () => 1_800_000_000_000,
    newId: () => `id${++n}`,
  });
  const cards = createCardService(
    () => knowledge.knowledgeWithUserTerms(),
    undefined,
    () => knowledge.cardMatcher(),
  );
  return { db, source, knowledge, terms, cards };
}

const ids = async (knowledge: ReturnType<typeof setup>['knowledge'], text: string) =>
  scanText(text, deserializeMatcher((await knowledge.getMatcher()).matcher)).map((m) => m.id);

describe('user terms service', () => {
  it('adds a term, which changes the matcher’s version and content; removing it changes them back', async () => {
    const { db, knowledge, terms } = setup();
    const before = await knowledge.getMatcher();
    expect(before.version).toBe('v1');
    expect(await ids(knowledge, '发展虚拟电厂')).toEqual([]);

    const added = await terms.add({ term: '虚拟电厂', aliases: ['VPP'], items: [12, 9] }, 'en');
    expect(added).toEqual({
      ok: true,
      value: {
        id: 'id1',
        term: '虚拟电厂',
        aliases: ['VPP'],
        items: [9, 12],
        lang: 'zh',
        created: 1_800_000_000_000,
      },
    });
    const after = await knowledge.getMatcher();
    expect(after.version).toBe(`v1+${userTermsHash(await readUserTerms(db))}`);
    expect(await ids(knowledge, '发展虛擬電廠和碳足迹')).toEqual(['user:id1', 'carbon-footprint']);
    // Cached beside the seeds' own matcher.
    expect((await db.kbCache.toCollection().primaryKeys()).sort()).toEqual(['v1', after.version].sort());

    expect(await terms.remove('id1')).toEqual({ removed: true, terms: [] });
    expect((await knowledge.getMatcher()).version).toBe('v1');
    expect(await ids(knowledge, '发展虚拟电厂')).toEqual([]);
    expect(await db.settings.get(USER_TERMS_KEY)).toBeUndefined();
    expect(await terms.remove('id1')).toEqual({ removed: false, terms: [] });
  });

  it('refuses a clash, naming what has the surface, and stores nothing', async () => {
    const { db, terms } = setup();
    const refused = await terms.add({ term: '碳足跡', aliases: [], items: [9] }, 'zh-Hans');
    expect(refused).toEqual({
      ok: false,
      error: { code: 'bad-request', message: '“碳足跡”已是主题“碳足迹”（第 9 项）。' },
    });
    expect(await db.settings.get(USER_TERMS_KEY)).toBeUndefined();
  });

  it('takes one of two adds of the same surface made at once', async () => {
    const { terms } = setup();
    const results = await Promise.all([
      terms.add({ term: '虚拟电厂', aliases: [], items: [9] }),
      terms.add({ term: '虛擬電廠', aliases: [], items: [12] }, 'en'),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      error: { message: expect.stringContaining('your term') },
    });
    expect((await terms.list()).terms).toHaveLength(1);
  });

  it('lists the terms and every plan item with its label and title in the reader’s language', async () => {
    const { terms } = setup();
    await terms.add({ term: '虚拟电厂', aliases: [], items: [9] });
    const list = await terms.list('en');
    expect(list.terms.map((t) => t.term)).toEqual(['虚拟电厂']);
    expect(list.items).toHaveLength(kb.plan.items.length);
    expect(list.items[8]).toEqual({ no: 9, label: '(九)', title: expect.stringMatching(/carbon/i) });
  });

  it('answers the card of a user term with its items, and a restarted worker serves the cached matcher', async () => {
    const db = freshDb();
    const first = setup(db);
    await first.terms.add({ term: '虚拟电厂', aliases: ['virtual power plant'], items: [9] });
    const card = (await first.cards.getCard({ kind: 'topic', id: 'user:id1' }, 'zh-Hant')) as TopicCardModel;
    expect(card).toMatchObject({ kind: 'topic', title: '虛擬電廠' });
    expect(card.topics[0]!.items.map((e) => e.item.no)).toEqual([9]);
    const version = (await first.knowledge.getMatcher()).version;

    const restarted = setup(db);
    expect((await restarted.knowledge.getMatcher()).version).toBe(version);
    expect(restarted.source.load).not.toHaveBeenCalled();
    expect(await ids(restarted.knowledge, 'virtual power plants')).toEqual(['user:id1']);
  });

  it('picks up terms a restore wrote, and ignores a malformed row', async () => {
    const { db, knowledge } = setup();
    await knowledge.getMatcher();
    await db.settings.put({
      key: USER_TERMS_KEY,
      value: [{ id: 'r1', term: '需求响应', aliases: [], items: [9], created: 5 }],
    });
    expect(await ids(knowledge, '需求响应')).toEqual(['user:r1']);
    await db.settings.put({ key: USER_TERMS_KEY, value: 'not a list' });
    expect((await knowledge.getMatcher()).version).toBe('v1');
  });
});
