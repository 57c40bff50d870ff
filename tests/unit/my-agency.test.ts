/**
 * "My agency" (issue 12): the reader's agencies and the items they lead are marked in the card models
 * the background builds (lib/card/mark-mine) and in the popup's summary (lib/page-summary). The items
 * MIIT leads are read off the plan here the way `npm run plan -- --json` prints them: every item with a
 * duty bracket that names `miit` before 牵头.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCard, type AgencyRef, type CardKnowledge, type CardModel, type ItemRef } from '../../lib/card';
import { itemsLedBy, markMine } from '../../lib/card/mark-mine';
import { seedAgencies, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';
import { tabSummary } from '../../lib/page-summary/tab-summary';
import { createContentClient, createPageClient } from '../../lib/messages/client';
import { createMessageRouter } from '../../lib/messages/router';
import { testBackground } from '../support/background';
import { createCardService } from '../../lib/services/card-service';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';

const bundled = loadBundledKnowledgeBase();
const kb: CardKnowledge = {
  plan: bundled.plan,
  agencies: seedAgencies,
  topics: seedTopics,
  standardCodes: seedStandardCodes,
};
const ledBy = (id: string) =>
  kb.plan.items.filter((i) => i.duties.some((d) => d.leads.includes(id))).map((i) => i.no);
const topicId = (hans: string) => seedTopics.find((t) => t.hans === hans)!.id;

/** Every item ref and agency ref in a model, wherever it sits (a section ref looks like an item's). */
function refsIn(model: unknown): { items: ItemRef[]; agencies: AgencyRef[] } {
  const items: ItemRef[] = [];
  const agencies: AgencyRef[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (typeof o.no === 'number' && typeof o.label === 'string' && 'title' in o) items.push(o as never);
    if (Array.isArray(o.ids) && typeof o.known === 'boolean') agencies.push(o as never);
    for (const [key, value] of Object.entries(o)) if (key !== 'section') walk(value);
  };
  walk(model);
  return { items, agencies };
}

describe('itemsLedBy', () => {
  it('is the items whose brackets name the agency before 牵头 (MIIT: (一) (三) (五) …)', () => {
    expect([...itemsLedBy(kb.plan, ['miit'])].sort((a, b) => a - b)).toEqual(ledBy('miit'));
    expect(ledBy('miit')).toEqual([1, 3, 5, 6, 7, 8, 20, 23, 24]);
    // Several agencies: the union; none or an unknown id: nothing.
    expect([...itemsLedBy(kb.plan, ['miit', 'mee'])].sort((a, b) => a - b)).toEqual(
      [...new Set([...ledBy('miit'), ...ledBy('mee')])].sort((a, b) => a - b),
    );
    expect(itemsLedBy(kb.plan, []).size).toBe(0);
    expect(itemsLedBy(kb.plan, ['no-such-agency']).size).toBe(0);
  });
});

describe('markMine', () => {
  const refs: Parameters<typeof buildCard>[1][] = [
    { kind: 'topic', id: topicId('集成电路') },
    { kind: 'topic', id: topicId('碳足迹') },
    { kind: 'agency', id: 'miit' },
    { kind: 'agency', id: 'ndrc' },
    { kind: 'item', no: 1 },
    { kind: 'item', no: 20 },
    { kind: 'standard', id: 'GB/T 24001-2016', designation: 'GB/T 24001-2016', family: 'gb-t' },
  ];

  it.each(refs)('marks exactly the refs of my agencies and of the items they lead: %j', (ref) => {
    for (const mine of [['miit'], ['samr'], ['sac'], ['miit', 'mee']]) {
      const led = itemsLedBy(kb.plan, mine);
      const model = markMine(buildCard(kb, ref, 'zh-Hans')!, kb.plan, mine);
      const { items, agencies } = refsIn(model);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item.mine === true, `item ${item.no}`).toBe(led.has(item.no));
      for (const a of agencies) {
        expect(a.mine === true, a.ids.join('+')).toBe(a.ids.some((id) => mine.includes(id)));
      }
    }
  });

  it('marks the card of my agency itself, and leaves a model alone without agencies', () => {
    const miit = markMine(buildCard(kb, { kind: 'agency', id: 'miit' }, 'en')!, kb.plan, ['miit']);
    expect(miit.kind === 'agency' && miit.mine).toBe(true);
    const plain = buildCard(kb, { kind: 'topic', id: topicId('集成电路') }, 'zh-Hans')!;
    const before = JSON.stringify(plain);
    expect(JSON.stringify(markMine(plain, kb.plan, []))).toBe(before);
    expect(before).not.toContain('"mine"');
  });

  it('marks the 集成电路 card: item (一) is led by MIIT, whose chip is marked among the leads', () => {
    const model = markMine(buildCard(kb, { kind: 'topic', id: topicId('集成电路') }, 'zh-Hans')!, kb.plan, [
      'miit',
    ]) as Extract<CardModel, { kind: 'topic' }>;
    const entry = model.topics[0]!.items[0]!;
    expect(entry.item).toMatchObject({ no: 1, label: '(一)', mine: true });
    const leads = entry.groups.flatMap((g) => g.duty?.leads ?? []);
    expect(leads.filter((a) => a.mine).map((a) => a.id)).toEqual(['miit']);
  });

  it('never marks anything for agencies that lead nothing (property)', () => {
    const leaders = new Set(kb.plan.items.flatMap((i) => i.duties.flatMap((d) => d.leads)));
    const idle = seedAgencies.map((a) => a.id).filter((id) => !leaders.has(id));
    fc.assert(
      fc.property(fc.subarray(idle), fc.constantFrom(...refs), (mine, ref) => {
        const { items } = refsIn(markMine(buildCard(kb, ref, 'en')!, kb.plan, mine));
        return items.every((i) => i.mine !== true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the card service', () => {
  it('reads my agencies for every card, so a change shows in the next card', async () => {
    let mine: string[] = [];
    const cards = createCardService(
      async () => kb,
      undefined,
      undefined,
      async () => mine,
    );
    expect((await cards.getItem(3, 'zh-Hans'))?.item.mine).toBeUndefined();
    mine = ['miit'];
    expect((await cards.getItem(3, 'zh-Hans'))?.item.mine).toBe(true);
    expect((await cards.getItem(2, 'zh-Hans'))?.item.mine).toBeUndefined();
  });

  it('still answers when the settings cannot be read', async () => {
    const cards = createCardService(
      async () => kb,
      undefined,
      undefined,
      () => Promise.reject(new Error('no db')),
    );
    expect((await cards.getItem(3, 'en'))?.item.no).toBe(3);
  });
});

describe('through the background', () => {
  it('marks the next card once the options page chose an agency, and the popup summary too', async () => {
    const services = testBackground();
    const route = createMessageRouter(services.handlers, { id: 'ext', baseUrl: 'chrome-extension://ext/' });
    const tab = { id: 'ext', tab: { id: 3 }, frameId: 0, url: 'https://www.gov.cn/a' };
    const content = createContentClient((m) => route(m, tab));
    const options = createPageClient((m) =>
      route(m, { id: 'ext', url: 'chrome-extension://ext/options.html' }),
    );
    const ref = { kind: 'topic' as const, id: topicId('集成电路') };
    const before = await content.getCard({ ref, lang: 'zh-Hans' });
    expect(JSON.stringify(before)).not.toContain('"mine"');
    expect(await options.updateSettings({ ui: { myAgencies: ['miit'] } })).toMatchObject({ ok: true });
    const after = await content.getCard({ ref, lang: 'zh-Hans' });
    expect(after.ok && after.value?.kind === 'topic' && after.value.topics[0]!.items[0]!.item.mine).toBe(
      true,
    );

    await content.reportMentions({ count: 2, byItem: { '1': 1 }, byAgency: { ndrc: 2, miit: 1 } });
    const summary = await options.getTabSummary({ tabId: 3 });
    expect(summary.ok && summary.value.agencies.map((a) => [a.id, a.mine === true])).toEqual([
      ['miit', true],
      ['ndrc', false],
    ]);
    // An id that is not an agency's is refused before anything is stored.
    expect(await options.updateSettings({ ui: { myAgencies: ['MIIT!'] } })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});

describe('the popup summary', () => {
  const counts = {
    count: 9,
    byKind: { topic: 4, agency: 5, standard: 0 },
    byItem: { '1': 2, '2': 1, '9': 1 },
    byAgency: { ndrc: 3, miit: 1, samr: 1 },
    frames: 1,
  };

  it('lists my agencies first, marked, and marks the items they lead', () => {
    const s = tabSummary(1, counts, kb, { myAgencies: ['miit'] });
    expect(s.agencies.map((a) => [a.id, a.mine === true])).toEqual([
      ['miit', true],
      ['ndrc', false],
      ['samr', false],
    ]);
    expect(s.byItem.map((i) => [i.no, i.mine === true])).toEqual([
      [1, true],
      [2, false],
      [9, false],
    ]);
    const cells = s.coverage.flatMap((sec) => sec.items);
    expect(cells.filter((i) => i.mine).map((i) => i.no)).toEqual(ledBy('miit'));
    // NDRC leads (一) beside MIIT: the item is marked in its list too.
    expect(s.agencies.find((a) => a.id === 'ndrc')!.leads).toContainEqual(
      expect.objectContaining({ no: 1, mine: true }),
    );
  });

  it('is as before without my agencies', () => {
    const s = tabSummary(1, counts, kb);
    expect(s.agencies.map((a) => a.id)).toEqual(['ndrc', 'miit', 'samr']);
    expect(JSON.stringify(s)).not.toContain('"mine"');
  });

  it('marks a linked pair written together when one of them is mine', () => {
    const s = tabSummary(1, { ...counts, byAgency: { ndrc: 5, samr: 1, sac: 1 } }, kb, {
      myAgencies: ['sac'],
    });
    expect(s.agencies[0]).toMatchObject({ ids: ['samr', 'sac'], mine: true });
  });
});
