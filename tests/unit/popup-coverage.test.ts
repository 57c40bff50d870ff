/**
 * Issue 10, "the page against the plan": what the popup says a page is about. Item counts come from
 * topic and standard mentions only, each mention weighing one shared among its items; agencies are
 * listed apart with the page's items they lead or, in a bracket without a lead, answer for. The pages
 * are scanned with the bundled matcher exactly as the content script scans them; the expectations are
 * written by hand from the plan.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CardKnowledge } from '../../lib/card/types';
import { createMentionTally } from '../../lib/page-summary/mention-tally';
import { tabSummary } from '../../lib/page-summary/tab-summary';
import { collectBlocks } from '../../lib/dom/collect-text';
import { seedAgencies, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';
import type { Mention } from '../../lib/match/types';
import { scanBlocks } from '../../lib/match/scan-blocks';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';
import { parseHtml, textRoot } from '../../scripts/lib/parse-html';

const bundled = loadBundledKnowledgeBase();
const kb: CardKnowledge = {
  plan: bundled.plan,
  agencies: seedAgencies,
  topics: seedTopics,
  standardCodes: seedStandardCodes,
};

function mentionsOfHtml(html: string): Mention[] {
  return scanBlocks(collectBlocks(textRoot(parseHtml(html))), bundled.matcher).flatMap((b) => b.mentions);
}

const page = (text: string) => `<!doctype html><html><body><p>${text}</p></body></html>`;
const fixture = (name: string) => readFileSync(`tests/fixtures/pages/${name}`, 'utf8');

/** The summary the popup gets for a page with these mentions (one frame). */
function summarize(mentions: Mention[], lang: 'zh-Hans' | 'en' = 'zh-Hans') {
  const tally = createMentionTally();
  for (const m of mentions) tally.add(m, 1);
  const t = tally.snapshot();
  const counts = { count: t.mentions, byKind: t.byKind, byItem: t.byItem, frames: 1 };
  return tabSummary(1, { ...counts, itemWeight: t.itemWeight, byAgency: t.byAgency }, kb, { lang });
}

/** What the popup used to do: every item of every mention, agencies included. */
function countedTheOldWay(mentions: Mention[]): number[] {
  const counts = new Map<number, number>();
  for (const m of mentions) for (const no of m.items) counts.set(no, (counts.get(no) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([no]) => no);
}

interface Case {
  name: string;
  html: string;
  /** The items in the order the popup lists them (all of them). */
  items: number[];
  /** Agency id → [items of the page it leads, items it answers for in a bracket without a lead]. */
  agencies: Record<string, [number[], number[]]>;
}

const CASES: Case[] = [
  {
    name: 'a carbon-footprint notice that names SAMR seven times and lists six GB/T codes',
    html: fixture('carbon-footprint-notice.html'),
    // (九): 4 topic mentions; (五)(二十六): 推荐性国家标准 (½) + 6 codes × 1/7; (十二): 减污降碳;
    // the other GB/T items: 6 × 1/7.
    items: [9, 5, 26, 12, 2, 25, 27, 29, 31],
    // 市场监管总局 and 国家标准委 act as one body: one entry.
    agencies: {
      samr: [
        [5, 26, 2, 25, 27, 29, 31],
        [9, 12],
      ],
    },
  },
  {
    name: 'an elderly-care notice',
    html: page(
      '民政部、住房城乡建设部印发通知，推进住宅适老化改造和居家养老服务，开展适老化改造试点，市场监管总局配合。',
    ),
    items: [20],
    agencies: { mca: [[20], []], mohurd: [[], []], samr: [[20], []] },
  },
  {
    name: 'a page that names agencies only',
    html: page('工业和信息化部、市场监管总局召开会议，国家发展改革委参加。'),
    items: [],
    agencies: { miit: [[], []], samr: [[], []], ndrc: [[], []] },
  },
  {
    name: 'a Traditional-script page',
    html: page('市場監管總局發布產品碳足跡標準，推動產品碳足跡核算。'),
    items: [9],
    agencies: { samr: [[], [9]] },
  },
  {
    name: 'an English page',
    html: page(
      'SAMR and MIIT released standards on product carbon footprint accounting; SAMR said more will follow.',
    ),
    items: [9],
    agencies: { samr: [[], [9]], miit: [[], [9]] },
  },
  {
    name: 'an ICT page: the lead ministry leads the page item',
    html: page('工业和信息化部发布6G和集成电路标准研制计划，工信部表示将推进IPv6。'),
    items: [1],
    agencies: { miit: [[1], []] },
  },
];

describe('popup weights: what the page is about', () => {
  it.each(CASES)('$name', ({ html, items, agencies }) => {
    const mentions = mentionsOfHtml(html);
    const summary = summarize(mentions);
    expect(summary.byItem.map((i) => i.no)).toEqual(items);
    const got = Object.fromEntries(
      summary.agencies.map((a) => [a.id, [a.leads.map((i) => i.no), a.responsible.map((i) => i.no)]]),
    );
    expect(got).toEqual(agencies);
    // Each topic or standard mention weighs one in all: the weights add up to them.
    const counted = mentions.filter((m) => m.kind !== 'agency').length;
    const total = summary.byItem.reduce((sum, i) => sum + i.weight, 0);
    expect(total).toBeCloseTo(counted, 2);
    // Every plan item has its cell; the untouched ones are empty.
    const cells = summary.coverage.flatMap((s) => s.items);
    expect(cells.map((c) => c.no)).toEqual(kb.plan.items.map((i) => i.no));
    expect(cells.filter((c) => c.weight > 0).map((c) => c.no)).toEqual([...items].sort((a, b) => a - b));
  });

  it('does not report (五) as the carbon-footprint notice’s top item because of 市场监管总局', () => {
    const mentions = mentionsOfHtml(fixture('carbon-footprint-notice.html'));
    // The fixture is one the old count got wrong: SAMR and the GB/T codes put (五) first.
    expect(countedTheOldWay(mentions)[0]).toBe(5);
    const summary = summarize(mentions);
    expect(summary.byItem[0]).toMatchObject({ no: 9, label: '(九)', title: '持续健全碳达峰碳中和标准体系' });
    expect(summary.byItem[0]!.count).toBe(4);
    expect(summary.byItem.find((i) => i.no === 5)).toMatchObject({ count: 7 });
    expect(summary.byItem.find((i) => i.no === 5)!.weight).toBeCloseTo(0.5 + 6 / 7, 2);
    // The item counts no longer dwarf the mentions: SAMR's seven mentions count for no item.
    expect(summary.agencies).toMatchObject([
      { id: 'samr', ids: ['samr', 'sac'], name: '市场监管总局（国家标准委）', count: 9 },
    ]);
  });

  it('names agencies in the popup’s language', () => {
    const en = (id: string) => kb.agencies.find((a) => a.id === id)!.en;
    const one = summarize(mentionsOfHtml(page('市场监管总局发布产品碳足迹标准。')), 'en');
    expect(one.agencies.map((a) => a.name)).toEqual([en('samr')]);
    const both = summarize(mentionsOfHtml(page('市场监管总局（国家标准委）发布产品碳足迹标准。')), 'en');
    expect(both.agencies.map((a) => a.name)).toEqual([`${en('samr')} (${en('sac')})`]);
    // Written in the plan's order whichever the page names more.
    const sac = summarize(mentionsOfHtml(page('国家标准委、国家标准委和市场监管总局发布产品碳足迹标准。')));
    expect(sac.agencies).toMatchObject([{ id: 'samr', name: '市场监管总局（国家标准委）', count: 3 }]);
  });

  it('titles items and sections in English for an English popup (the curated English titles)', () => {
    const summary = summarize(mentionsOfHtml(page('推进产品碳足迹核算。')), 'en');
    const nine = kb.plan.items.find((i) => i.no === 9)!;
    expect(nine.en).toBeTruthy();
    expect(summary.byItem[0]).toMatchObject({ no: 9, title: nine.en });
    const section = kb.plan.sections.find((sec) => sec.no === nine.section)!;
    expect(summary.coverage.find((c) => c.no === section.no)!.title).toBe(section.en);
    expect(summarize(mentionsOfHtml(page('推进产品碳足迹核算。'))).byItem[0]!.title).toBe(nine.title);
  });
});

describe('mention tally', () => {
  const topic = (items: number[]) => ({ kind: 'topic' as const, id: 't', items });
  const agency = { kind: 'agency' as const, id: 'samr', items: [1, 2, 3] };

  it('counts agencies apart and shares each mention among its items', () => {
    const tally = createMentionTally();
    tally.add(topic([9]), 1);
    tally.add({ kind: 'standard', id: 'GB/T 1-2020', items: [2, 5, 9, 26] }, 1);
    tally.add(agency, 1);
    tally.add(agency, 1);
    expect(tally.snapshot()).toEqual({
      mentions: 4,
      byKind: { topic: 1, agency: 2, standard: 1 },
      byItem: { 2: 1, 5: 1, 9: 2, 26: 1 },
      itemWeight: { 2: 0.25, 5: 0.25, 9: 1.25, 26: 0.25 },
      byAgency: { samr: 2 },
    });
  });

  it('returns to nothing when what was counted is taken away, shares of sevenths included', () => {
    const tally = createMentionTally();
    const code = { kind: 'standard' as const, id: 'GB/T 1', items: [2, 5, 25, 26, 27, 29, 31] };
    for (let i = 0; i < 100; i++) tally.add(code, 1);
    tally.add(agency, 1);
    tally.add(topic([120]), 1); // a plan with more items than the first table holds
    for (let i = 0; i < 100; i++) tally.add(code, -1);
    tally.add(agency, -1);
    tally.add(topic([120]), -1);
    expect(tally.snapshot()).toEqual({
      mentions: 0,
      byKind: { topic: 0, agency: 0, standard: 0 },
      byItem: {},
      itemWeight: {},
      byAgency: {},
    });
  });
});

describe('tabSummary', () => {
  it('says when the tab was never scanned, and carries the hidden state', () => {
    const none = { count: 0, byKind: { topic: 0, agency: 0, standard: 0 }, byItem: {}, frames: 0 };
    expect(tabSummary(3, none, undefined)).toMatchObject({ scanned: false, highlightsHidden: false });
    expect(tabSummary(3, { ...none, frames: 1 }, undefined, { highlightsHidden: true })).toMatchObject({
      scanned: true,
      highlightsHidden: true,
      coverage: [],
      agencies: [],
    });
  });

  it('labels items from the plan, in the reader’s script, and keeps items the plan lacks', () => {
    const counts = {
      count: 3,
      byKind: { topic: 3, agency: 0, standard: 0 },
      byItem: { '9': 2, '40': 1 },
      itemWeight: { '9': 2, '40': 1 },
      frames: 1,
    };
    const summary = tabSummary(3, counts, kb, { lang: 'zh-Hant', localize: (s) => `«${s}»` });
    expect(summary.byItem).toEqual([
      { no: 9, label: '(九)', title: '«持续健全碳达峰碳中和标准体系»', count: 2, weight: 2 },
      { no: 40, label: '', title: '', count: 1, weight: 1 },
    ]);
    expect(summary.coverage.map((s) => s.label)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八']);
    expect(summary.coverage[2]!.items.find((i) => i.no === 9)).toMatchObject({ count: 2, weight: 2 });
  });
});
