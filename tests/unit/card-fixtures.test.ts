/**
 * The card model on a small hand-made PlanDoc, independent of the bundled seeds and of the plan
 * parser: sentence-level duties, linked bodies, names no seed knows, ambiguous topics, term search
 * (Traditional page surfaces, Latin word boundaries) and the fall-backs.
 */
import { describe, expect, it } from 'vitest';
import {
  buildAgencyModel,
  buildCardModel,
  buildItemModel,
  type CardKnowledge,
  type CardModel,
} from '../../lib/card';
import { findTerms, searchKeys } from '../../lib/card/term-search';
import type { AgencySeed, StandardCodesFile, TopicSeed } from '../../lib/kb/seed-types';
import type { Duty, Item, PlanDoc, Sentence } from '../../lib/plan/types';

function agency(id: string, hans: string, hant: string, en: string, linked: string[] = []): AgencySeed {
  return {
    id,
    hans,
    hant,
    en,
    full: `中华人民共和国${hans}`,
    short: [],
    acronyms: [id.toUpperCase()],
    enAliases: [],
    linked,
  };
}

const AGENCIES: AgencySeed[] = [
  agency('alpha', '甲部', '甲部', 'Ministry Alpha', ['beta']),
  agency('beta', '乙委', '乙委', 'Commission Beta', ['alpha']),
  agency('gamma', '丙局', '丙局', 'Bureau Gamma'),
];

function topic(
  id: string,
  hans: string,
  hant: string,
  items: number[],
  extra: Partial<TopicSeed> = {},
): TopicSeed {
  return { id, hans, hant, en: id, aliases: [], enAliases: [], category: 'safety', items, ...extra };
}

const TOPICS: TopicSeed[] = [
  topic('fireworks', '烟花爆竹', '煙花爆竹', [1]),
  topic('gas', '城镇燃气', '城鎮燃氣', [1, 2], { aliases: ['城市燃气'] }),
  topic('sixg', '6G', '6G', [2]),
  topic('shared-a', '标准体系', '標準體系', [1], { ambiguous: ['体系'] }),
  topic('shared-b', '体系建设', '體系建設', [2], { ambiguous: ['体系'] }),
  topic('title-only', '筑底工程', '築底工程', [1]),
];

function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '。') {
      out.push({ text: text.slice(start, i + 1), start, end: i + 1 });
      start = i + 1;
    }
  }
  return out;
}

function duty(leads: string[], partners: string[], range: [number, number], others: string[] = []): Duty {
  return {
    leads,
    partners,
    others,
    note: '',
    partnerWord: partners.length || others.length ? '按职责分工负责' : '',
    sentences: range,
    standing: ['地方人民政府有关主管部门'],
    names: { leads: [], partners: [] },
    text: '',
    at: 0,
    line: 0,
  };
}

function item(no: number, label: string, section: number, title: string, text: string, duties: Duty[]): Item {
  return { no, label, section, title, text, sentences: sentences(text), duties, targets: [], line: no };
}

const ITEM1_TEXT = '加快城镇燃气标准制修订。推进烟花爆竹安全标准体系建设。完善应急标准。';
const ITEM2_TEXT = '开展6G研究,不涉及16GB内存。城市燃气体系建设提速,达到50项。';

const PLAN: PlanDoc = {
  id: 'fixture',
  title: '测试计划',
  period: '',
  preamble: '',
  sections: [
    { no: 1, label: '一', title: '安全发展' },
    { no: 2, label: '二', title: '技术创新' },
  ],
  items: [
    item(1, '(一)', 1, '实施筑底工程', ITEM1_TEXT, [
      duty(['alpha', 'beta', 'gamma'], [], [0, 0], ['各有关部门']),
      duty([], ['gamma', '某某局'], [1, 1]),
    ]),
    {
      ...item(2, '(二)', 2, '发展新技术', ITEM2_TEXT, [duty(['gamma'], ['alpha', 'beta'], [0, 1])]),
      targets: [
        { text: '50项', value: 50, unit: '项', bound: 'exact', item: 2, start: 28, end: 31, sentence: 1 },
      ],
    },
  ],
  agencies: [
    ...AGENCIES.map((a) => ({ ...a, aliases: [], linked: a.linked })),
    {
      id: '某某局',
      hans: '某某局',
      hant: '某某局',
      en: '',
      full: '',
      aliases: [],
      acronyms: [],
      linked: [],
      unresolved: true,
    },
  ],
  topics: [],
  standing: [],
  unresolved: [{ item: 1, duty: 1, role: 'partner', name: '某某局' }],
};

const CODES: StandardCodesFile = {
  families: [
    {
      id: 'gb-t',
      prefix: 'GB/T',
      scope: 'national',
      force: 'recommended',
      hans: '推荐性国家标准',
      hant: '推薦性國家標準',
      en: 'Recommended national standard',
      agency: 'beta',
      items: [2, 1, 99],
    },
  ],
  provinces: [],
};

const KB: CardKnowledge = { plan: PLAN, agencies: AGENCIES, topics: TOPICS, standardCodes: CODES };

function kind<K extends CardModel['kind']>(model: CardModel | undefined, k: K) {
  expect(model?.kind).toBe(k);
  return model as Extract<CardModel, { kind: K }>;
}

describe('topic card on a hand-made plan', () => {
  it('answers each sentence with the duty whose range covers it', () => {
    const model = kind(buildCardModel(KB, { kind: 'topic', id: 'fireworks' }, 'zh-Hans'), 'topic');
    const [entry] = model.topics[0]!.items;
    expect(entry!.groups.map((g) => g.hits.map((h) => h.index))).toEqual([[1]]);
    const d = entry!.groups[0]!.duty!;
    expect(d.leads).toEqual([]);
    // No 牵头 in the bracket: the agencies named are the ones responsible, not partners.
    expect(d.partnerRole).toBe('responsible');
    expect(d.partners).toEqual([
      { id: 'gamma', name: '丙局', ids: ['gamma'], known: true },
      { id: '某某局', name: '某某局', ids: ['某某局'], known: false },
    ]);
    expect(d.standing).toEqual(['地方人民政府有关主管部门']);
    expect(d.sentences).toEqual([1, 1]);
  });

  it('groups linked bodies written together into one entry', () => {
    const model = kind(buildCardModel(KB, { kind: 'topic', id: 'gas' }, 'zh-Hans'), 'topic');
    const leads = model.topics[0]!.items[0]!.groups[0]!.duty!.leads;
    expect(leads).toEqual([
      { id: 'alpha', name: '甲部（乙委）', ids: ['alpha', 'beta'], known: true },
      { id: 'gamma', name: '丙局', ids: ['gamma'], known: true },
    ]);
    const en = kind(buildCardModel(KB, { kind: 'topic', id: 'gas' }, 'en'), 'topic');
    const enLead = en.topics[0]!.items[0]!.groups[0]!.duty!.leads[0]!;
    expect(enLead.name).toBe('Ministry Alpha (Commission Beta)');
    expect(enLead.short).toBe('ALPHA (BETA)');
  });

  it('finds aliases and covers every item, with targets', () => {
    const model = kind(buildCardModel(KB, { kind: 'topic', id: 'gas' }, 'zh-Hans'), 'topic');
    const [one, two] = model.topics[0]!.items;
    expect(one!.item).toEqual({ no: 1, label: '(一)', title: '实施筑底工程' });
    expect(two!.section).toEqual({ no: 2, label: '二', title: '技术创新' });
    const hit = two!.groups[0]!.hits[0]!;
    expect(hit.text.slice(hit.marks[0]!.start, hit.marks[0]!.end)).toBe('城市燃气');
    // The target is shown with the sentence it is written in, and only there.
    expect(hit.targets).toEqual([
      { text: '50项', value: 50, unit: '项', bound: 'exact', words: '50项', sentence: 1 },
    ]);
    expect(one!.groups.flatMap((g) => g.hits.flatMap((h) => h.targets))).toEqual([]);
  });

  it('shows a duty once for all the sentences of its bracket that name the term', () => {
    // Both sentences of item 2 fall under its one bracket: one group, two hits, one duty.
    const model = kind(
      buildCardModel(KB, { kind: 'topic', id: 'sixg', surface: '建设' }, 'zh-Hans'),
      'topic',
    );
    const [entry] = model.topics[0]!.items;
    expect(entry!.groups).toHaveLength(1);
    expect(entry!.groups[0]!.hits.map((h) => h.index)).toEqual([0, 1]);
    expect(entry!.groups[0]!.duty!.sentences).toEqual([0, 1]);
    // Item 1: three sentences under two brackets and none — three groups, in order.
    const fire = kind(
      buildCardModel(KB, { kind: 'topic', id: 'fireworks', surface: '标准' }, 'zh-Hans'),
      'topic',
    );
    const groups = fire.topics[0]!.items[0]!.groups;
    expect(groups.map((g) => [g.hits.map((h) => h.index), g.duty?.sentences])).toEqual([
      [[0], [0, 0]],
      [[1], [1, 1]],
      [[2], undefined],
    ]);
  });

  it('says when the mention is a short form the page defined', () => {
    const ref = { kind: 'topic', id: 'gas', surface: '燃气', shortForm: true } as const;
    expect(buildCardModel(KB, ref, 'zh-Hans')!).toMatchObject({
      shortForm: { surface: '燃气', of: '城镇燃气' },
    });
    expect(buildCardModel(KB, { ...ref, shortForm: false }, 'zh-Hans')).not.toHaveProperty('shortForm');
    const agency = buildCardModel(KB, { kind: 'agency', id: 'gamma', surface: '丙', shortForm: true }, 'en');
    expect(agency).toMatchObject({ shortForm: { surface: '丙', of: 'Bureau Gamma' } });
  });

  it('keeps Latin terms on word boundaries', () => {
    const model = kind(buildCardModel(KB, { kind: 'topic', id: 'sixg' }, 'zh-Hans'), 'topic');
    expect(model.topics[0]!.items[0]!.groups[0]!.hits[0]!.marks).toEqual([{ start: 2, end: 4 }]);
    expect(findTerms('16GB与6g', searchKeys(['6G']))).toEqual([{ start: 5, end: 7 }]);
  });

  it('searches the page surface too, after folding Traditional to Simplified', () => {
    expect(findTerms('推进煙花爆竹', searchKeys(['烟花爆竹']))).toEqual([{ start: 2, end: 6 }]);
    const model = kind(
      buildCardModel(KB, { kind: 'topic', id: 'fireworks', surface: '安全標準' }, 'zh-Hans'),
      'topic',
    );
    const hit = model.topics[0]!.items[0]!.groups[0]!.hits[0]!;
    expect(hit.marks.map((m) => hit.text.slice(m.start, m.end))).toEqual(['烟花爆竹', '安全标准']);
  });

  it('covers all ids of an ambiguous mention, one section per topic', () => {
    const model = kind(
      buildCardModel(
        KB,
        { kind: 'topic', id: 'shared-a', ids: ['shared-a', 'shared-b'], surface: '体系' },
        'zh-Hans',
      ),
      'topic',
    );
    expect(model.topics.map((t) => t.id)).toEqual(['shared-a', 'shared-b']);
    expect(model.title).toBe('标准体系');
    expect(model.topics[1]!.items.map((e) => e.item.no)).toEqual([2]);
  });

  it('falls back to the item’s duties when no sentence names the topic, saying its title does', () => {
    const model = kind(buildCardModel(KB, { kind: 'topic', id: 'title-only' }, 'zh-Hans'), 'topic');
    const entry = model.topics[0]!.items[0]!;
    expect(entry.groups).toEqual([]);
    expect(entry.itemDuties).toHaveLength(2);
    expect(entry.inTitle).toBe(true);
    expect(entry.titleMarks).toEqual([{ start: 2, end: 6 }]);
    const hant = kind(buildCardModel(KB, { kind: 'topic', id: 'title-only' }, 'zh-Hant'), 'topic');
    expect(hant.topics[0]!.items[0]!.titleMarks).toEqual([{ start: 2, end: 6 }]);
    const en = kind(buildCardModel(KB, { kind: 'topic', id: 'title-only' }, 'en'), 'topic');
    expect(en.topics[0]!.items[0]).toMatchObject({ inTitle: true, titleMarks: [] });
    const gas = kind(buildCardModel(KB, { kind: 'topic', id: 'gas' }, 'zh-Hans'), 'topic');
    expect(gas.topics[0]!.items.map((e) => e.inTitle)).toEqual([false, false]);
  });

  it('writes plan strings in Traditional for zh-Hant', () => {
    const model = kind(buildCardModel(KB, { kind: 'topic', id: 'fireworks' }, 'zh-Hant'), 'topic');
    const entry = model.topics[0]!.items[0]!;
    expect(model.title).toBe('煙花爆竹');
    expect(entry.section.title).toBe('安全發展');
    expect(entry.groups[0]!.hits[0]!.text).toBe('推進煙花爆竹安全標準體系建設。');
    expect(entry.groups[0]!.duty!.standing).toEqual(['地方人民政府有關主管部門']);
    expect(model.topics[0]!.categoryLabel).toBe('安全');
  });
});

describe('agency, standard and item cards on a hand-made plan', () => {
  it('files items by role: led, responsible without a lead, shared under a lead', () => {
    const gamma = buildAgencyModel(KB, 'gamma', 'zh-Hans')!;
    expect(gamma.leadItems.map((i) => i.no)).toEqual([1, 2]);
    // Item 1's second bracket names no lead: gamma is responsible there, not anyone's partner.
    expect(gamma.responsibleItems.map((i) => i.no)).toEqual([1]);
    expect(gamma.shareItems).toEqual([]);
    expect(gamma.partnerItems).toEqual([]);
    expect([gamma.leadCount, gamma.responsibleCount, gamma.shareCount, gamma.partnerCount]).toEqual([
      2, 1, 0, 0,
    ]);
    const alpha = buildAgencyModel(KB, 'alpha', 'zh-Hans')!;
    expect(alpha.shareItems.map((i) => i.no)).toEqual([2]);
    expect(alpha).toMatchObject({
      leadCount: 1,
      shareCount: 1,
      responsibleCount: 0,
      partnerCount: 0,
      acronyms: ['ALPHA'],
      fullName: '中华人民共和国甲部',
    });
    expect(alpha.linked).toEqual([{ id: 'beta', name: '乙委', ids: ['beta'], known: true }]);
  });

  it('gives a placeholder agency a card without seed facts', () => {
    const model = buildAgencyModel(KB, '某某局', 'zh-Hans')!;
    expect(model).toMatchObject({
      title: '某某局',
      responsibleCount: 1,
      leadCount: 0,
      englishName: '',
      linked: [],
    });
  });

  it('lists other meanings of an ambiguous agency surface', () => {
    const model = kind(
      buildCardModel(KB, { kind: 'agency', id: 'alpha', ids: ['alpha', 'gamma'] }, 'en'),
      'agency',
    );
    expect(model.title).toBe('Ministry Alpha');
    expect(model.alternatives.map((a) => a.name)).toEqual(['Bureau Gamma']);
  });

  it('describes a standard family, skipping items the plan does not have', () => {
    const model = kind(
      buildCardModel(KB, { kind: 'standard', id: 'GB/T 1-2020', family: 'gb-t' }, 'en'),
      'standard',
    );
    expect(model).toMatchObject({ familyTitle: 'Recommended national standard', scope: 'national' });
    expect(model.items.map((i) => i.no)).toEqual([1, 2]);
    expect(model.agency).toEqual({
      id: 'beta',
      name: 'Commission Beta',
      ids: ['beta'],
      known: true,
      short: 'BETA',
    });
  });

  it('builds an item view with sentences after the last bracket unassigned', () => {
    const model = buildItemModel(KB, 1, 'zh-Hans')!;
    expect(model.sentences.map((s) => s.duty)).toEqual([0, 1, -1]);
    expect(model.duties[0]!.others).toEqual(['各有关部门']);
    expect(model.title).toBe('(一) 实施筑底工程');
  });
});
