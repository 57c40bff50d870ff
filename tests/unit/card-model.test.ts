/**
 * The card model against the bundled knowledge base (seeds/): the sentence-level duty, the plan's
 * grouping of linked bodies, agency counts, standard families and the three reader languages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildCard,
  buildCardModel,
  buildItemModel,
  type CardKnowledge,
  type CardModel,
} from '../../lib/card';
import { seedAgencies, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';
import { fold } from '../../lib/text/fold';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';

let kb: CardKnowledge;
let agencyItems: ReturnType<typeof loadBundledKnowledgeBase>['matcher']['agencyItems'];

beforeAll(() => {
  const bundled = loadBundledKnowledgeBase();
  kb = { plan: bundled.plan, agencies: seedAgencies, topics: seedTopics, standardCodes: seedStandardCodes };
  agencyItems = bundled.matcher.agencyItems;
});

function expectKind<K extends CardModel['kind']>(model: CardModel | undefined, kind: K) {
  expect(model?.kind).toBe(kind);
  return model as Extract<CardModel, { kind: K }>;
}

function idOf(hans: string): string {
  const found = seedAgencies.find((a) => a.hans === hans);
  if (!found) throw new Error(`no agency ${hans}`);
  return found.id;
}

describe('topic cards', () => {
  it('answers the item-18 fireworks sentence with its own duty: SAMR(SAC) and MEM lead', () => {
    const topic = seedTopics.find((t) => t.hans === '烟花爆竹');
    expect(topic).toBeDefined();
    const model = expectKind(buildCardModel(kb, { kind: 'topic', id: topic!.id }, 'zh-Hans'), 'topic');
    expect(model.title).toBe('烟花爆竹');
    const entry = model.topics[0]!.items.find((e) => e.item.no === 18)!;
    expect(entry.item.label).toBe('(十八)');
    expect(entry.groups).toHaveLength(1);
    expect(entry.groups[0]!.hits).toHaveLength(1);
    const hit = entry.groups[0]!.hits[0]!;
    const duty = entry.groups[0]!.duty!;
    expect(hit.text.slice(hit.marks[0]!.start, hit.marks[0]!.end)).toBe('烟花爆竹');
    const leads = duty.leads;
    expect(leads.flatMap((a) => a.ids)).toEqual([
      idOf('市场监管总局'),
      idOf('国家标准委'),
      idOf('应急管理部'),
    ]);
    expect(leads.map((a) => a.name)).toEqual(['市场监管总局（国家标准委）', '应急管理部']);
    expect(duty.partners).toEqual([]);
    expect(duty.others).toEqual(['各有关部门和单位']);
    expect(duty.partnerRole).toBe('shares');
  });

  it('names the eleven agencies of item (九) as responsible, once, for both sentences naming 碳足迹', () => {
    const model = expectKind(
      buildCardModel(kb, { kind: 'topic', id: 'carbon-footprint' }, 'zh-Hans'),
      'topic',
    );
    const entry = model.topics[0]!.items.find((e) => e.item.no === 9)!;
    expect(entry.groups.flatMap((g) => g.hits.map((h) => h.index))).toEqual([0, 1]);
    // Item (九) has one bracket: every sentence is under it, so its agencies are listed once.
    expect(entry.groups).toHaveLength(1);
    const duty = entry.groups[0]!.duty!;
    expect(duty.leads).toEqual([]);
    expect(duty.partnerRole).toBe('responsible');
    expect(duty.partners).toHaveLength(11);
    expect(duty.partners.map((a) => a.short ?? a.name)).toEqual([
      '发改委',
      '科技部',
      '工信部',
      '自然资源部',
      '生态环境部',
      '交通运输部',
      '水利部',
      '农业农村部',
      '市场监管总局（标准委）',
      '国家能源局',
      '国家林草局',
    ]);
  });

  it('shows a target only with its own sentence, in words', () => {
    const model = expectKind(buildCardModel(kb, { kind: 'topic', id: 'carbon-footprint' }, 'en'), 'topic');
    expect(
      model.topics[0]!.items.flatMap((e) => e.groups.flatMap((g) => g.hits.flatMap((h) => h.targets))),
    ).toEqual([]);
    const item20 = kb.plan.items.find((i) => i.no === 20)!;
    const topic = seedTopics.find((t) => t.items.includes(20) && t.hans === '适老化改造');
    expect(topic).toBeDefined();
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const entry = expectKind(
        buildCardModel(kb, { kind: 'topic', id: topic!.id }, lang),
        'topic',
      ).topics[0]!.items.find((e) => e.item.no === 20)!;
      const hits = entry.groups.flatMap((g) => g.hits);
      for (const hit of hits) {
        // Each hit carries exactly the targets the parser placed in its sentence.
        expect(hit.targets.map((t) => t.value)).toEqual(
          item20.targets.filter((t) => t.sentence === hit.index).map((t) => t.value),
        );
      }
      const words = hits.flatMap((h) => h.targets.map((t) => t.words));
      expect(words).toEqual([{ 'zh-Hans': '50项', 'zh-Hant': '50項', en: '50 items' }[lang]]);
    }
  });

  it('shows item (一) of a topic with its eight lead bodies', () => {
    const model = expectKind(
      buildCardModel(kb, { kind: 'topic', id: 'integrated-circuit' }, 'zh-Hans'),
      'topic',
    );
    const [entry] = model.topics[0]!.items;
    expect(entry!.item).toEqual({ no: 1, label: '(一)', title: '强化关键技术领域标准攻关' });
    expect(entry!.section).toMatchObject({ no: 1, label: '一', title: '加强标准化与科技创新互动' });
    const leads = entry!.groups[0]!.duty!.leads;
    expect(leads).toHaveLength(8);
    expect(leads.map((a) => a.name)).toEqual([
      '国家发展改革委',
      '工业和信息化部',
      '科技部',
      '国家卫生健康委',
      '中央网信办',
      '农业农村部',
      '市场监管总局（国家标准委）',
      '国家数据局',
    ]);
    expect(leads.flatMap((a) => a.ids)).toHaveLength(9);
  });

  it('lists every item a topic belongs to', () => {
    const topic = seedTopics.find((t) => t.items.length > 1)!;
    const model = expectKind(buildCardModel(kb, { kind: 'topic', id: topic.id }, 'zh-Hans'), 'topic');
    expect(model.topics[0]!.items.map((e) => e.item.no)).toEqual([...topic.items].sort((a, b) => a - b));
  });

  it('marks only the topic’s own surfaces in every hit of every topic', () => {
    for (const topic of seedTopics) {
      const model = expectKind(buildCardModel(kb, { kind: 'topic', id: topic.id }, 'zh-Hans'), 'topic');
      const keys = new Set([topic.hans, ...topic.aliases, ...(topic.ambiguous ?? [])].map(fold));
      for (const entry of model.topics[0]!.items) {
        for (const hit of entry.groups.flatMap((g) => g.hits)) {
          expect(hit.marks.length).toBeGreaterThan(0);
          for (const m of hit.marks) expect(keys.has(fold(hit.text.slice(m.start, m.end)))).toBe(true);
        }
        // An item without a sentence naming the topic still says who answers for the item.
        if (!entry.groups.length) expect(entry.itemDuties?.length).toBeGreaterThan(0);
        // Never "the item does not name the term" when its title does.
        const title = kb.plan.items.find((i) => i.no === entry.item.no)!.title;
        expect(entry.inTitle).toBe([...keys].some((k) => fold(title).includes(k)));
      }
    }
  });

  it('covers every id of an ambiguous mention', () => {
    const ids = ['iso', 'iec'];
    const model = expectKind(buildCardModel(kb, { kind: 'topic', id: ids[0]!, ids }, 'zh-Hans'), 'topic');
    expect(model.topics.map((t) => t.id)).toEqual(ids);
    expect(model.title).toBe(model.topics[0]!.name);
  });

  it('converts the plan text to Traditional for zh-Hant, marks still on the term', () => {
    const topic = seedTopics.find((t) => t.hans === '烟花爆竹')!;
    const model = expectKind(buildCardModel(kb, { kind: 'topic', id: topic.id }, 'zh-Hant'), 'topic');
    expect(model.title).toBe(topic.hant);
    expect(model.topics[0]!.otherName).toBe(topic.en);
    const entry = model.topics[0]!.items[0]!;
    // As the plan's own Traditional edition writes it (筑, not OpenCC's 築).
    expect(entry.item.title).toBe('實施公共安全標準化筑底工程');
    const hit = entry.groups[0]!.hits[0]!;
    expect(hit.text.slice(hit.marks[0]!.start, hit.marks[0]!.end)).toBe('煙花爆竹');
    const duty = entry.groups[0]!.duty!;
    expect(duty.leads.map((a) => a.name)).toEqual(['市場監管總局（國家標準委）', '應急管理部']);
    expect(duty.others).toEqual(['各有關部門和單位']);
  });

  it('gives English names, titles and parties (and the plan text as written) for en', () => {
    const model = expectKind(buildCardModel(kb, { kind: 'topic', id: 'integrated-circuit' }, 'en'), 'topic');
    expect(model.title).toBe('integrated circuit');
    expect(model.topics[0]!.otherName).toBe('集成电路');
    expect(model.topics[0]!.categoryLabel).toBe('Technology and innovation');
    const entry = model.topics[0]!.items[0]!;
    expect(entry.item).toEqual({
      no: 1,
      label: '(一)',
      title: 'Stepping up standards research in key technology fields',
    });
    expect(entry.section.title).toBe(
      'Strengthening the interaction between standardization and scientific and technological innovation',
    );
    expect(entry.groups[0]!.hits[0]!.text).toMatch(/^[\u4e00-\u9fff]/);
    const duty = entry.groups[0]!.duty!;
    const leads = duty.leads;
    expect(leads[1]!.name).toBe('Ministry of Industry and Information Technology');
    expect(leads[1]!.short).toBe('MIIT');
    expect(leads[6]!.name).toMatch(/^State Administration for Market Regulation \(.+\)$/);
    expect(leads[6]!.short).toBe('SAMR (SAC)');
    expect(duty.others).toEqual([
      'all relevant departments',
      'the competent departments of local people’s governments',
    ]);
    expect(duty.note).toMatch(/^The competent departments of local people’s governments are responsible/);
    const later = expectKind(buildCard(kb, { kind: 'item', no: 3 }, 'en'), 'item');
    expect(later.duties[0]!.others).toEqual(['all relevant departments and organizations']);
    expect(later.duties[0]!.standing).toEqual(['the competent departments of local people’s governments']);
  });
});

describe('agency cards', () => {
  it('files the items MIIT leads, is responsible for and shares, together what the matcher counts', () => {
    const model = expectKind(buildCardModel(kb, { kind: 'agency', id: 'miit' }, 'zh-Hans'), 'agency');
    const expected = agencyItems.miit!;
    expect(model.leadItems.map((i) => i.no)).toEqual(expected.lead);
    const rest = [...model.responsibleItems, ...model.shareItems, ...model.partnerItems].map((i) => i.no);
    expect([...new Set(rest)].sort((a, b) => a - b)).toEqual(expected.partner);
    expect(model.leadCount).toBe(expected.lead.length);
    // (九) names no lead: MIIT is responsible there, not a partner; nothing in the plan says 配合.
    expect(model.responsibleItems.map((i) => i.no)).toEqual([4, 9, 10, 12, 13, 17, 18, 19, 28]);
    expect(model.shareItems.map((i) => i.no)).toEqual([21, 25]);
    expect(model.partnerItems).toEqual([]);
    expect([model.responsibleCount, model.shareCount, model.partnerCount]).toEqual([9, 2, 0]);
    // Independently, from the duties as parsed.
    const leads = kb.plan.items
      .filter((i) => i.duties.some((d) => d.leads.includes('miit')))
      .map((i) => i.no);
    expect(model.leadItems.map((i) => i.no)).toEqual(leads);
    expect(model.leadItems[0]).toEqual({ no: 1, label: '(一)', title: '强化关键技术领域标准攻关' });
    expect(model).toMatchObject({ title: '工业和信息化部', shortForms: ['工信部'], acronyms: ['MIIT'] });
  });

  it('links SAMR and SAC both ways', () => {
    const samr = expectKind(buildCardModel(kb, { kind: 'agency', id: 'samr' }, 'zh-Hans'), 'agency');
    expect(samr.linked.map((a) => a.id)).toEqual(['sac']);
    const sac = expectKind(buildCardModel(kb, { kind: 'agency', id: 'sac' }, 'en'), 'agency');
    expect(sac.linked.map((a) => a.id)).toEqual(['samr']);
    expect(sac.title).toBe(seedAgencies.find((a) => a.id === 'sac')!.en);
  });

  it('has no card for an unknown id', () => {
    expect(buildCardModel(kb, { kind: 'agency', id: 'no-such-agency' }, 'zh-Hans')).toBeUndefined();
    expect(buildCardModel(kb, { kind: 'topic', id: 'no-such-topic' }, 'zh-Hans')).toBeUndefined();
    expect(buildItemModel(kb, 999, 'zh-Hans')).toBeUndefined();
  });
});

describe('standard cards', () => {
  it('describes GB/T as a recommended national standard, with its items and the platform search', () => {
    const model = expectKind(
      buildCardModel(
        kb,
        { kind: 'standard', id: 'GB/T 24001-2016', designation: 'GB/T 24001-2016', family: 'gb-t' },
        'zh-Hans',
      ),
      'standard',
    );
    expect(model).toMatchObject({
      title: 'GB/T 24001-2016',
      code: 'GB/T 24001-2016',
      familyTitle: '推荐性国家标准',
    });
    expect(model.force).toBe('recommended');
    const family = seedStandardCodes.families.find((f) => f.id === 'gb-t')!;
    expect(model.items.map((i) => i.no)).toEqual([...family.items].sort((a, b) => a - b));
    expect(model.searchUrl).toBe('https://std.samr.gov.cn/search/std?q=GB%2FT%2024001-2016');
  });

  it('names the sector and competent agency of an industry code, in each language', () => {
    const hans = expectKind(
      buildCardModel(kb, { kind: 'standard', id: 'YD/T 1234.1-2020' }, 'zh-Hans'),
      'standard',
    );
    expect(hans.familyTitle).toBe('通信行业推荐性标准');
    expect(hans.agency?.name).toBe('工业和信息化部');
    const hant = expectKind(
      buildCardModel(kb, { kind: 'standard', id: 'YD/T 1234.1-2020' }, 'zh-Hant'),
      'standard',
    );
    expect(hant.familyTitle).toBe('通信行業推薦性標準');
    expect(hant.agency?.name).toBe('工業和信息化部');
    const en = expectKind(buildCardModel(kb, { kind: 'standard', id: 'DB11/T 1234-2020' }, 'en'), 'standard');
    expect(en.province).toBe('Beijing');
    expect(en.familyTitle).toContain('Beijing');
  });

  it('still gives the code and the search link for a code it cannot place', () => {
    const model = expectKind(buildCardModel(kb, { kind: 'standard', id: 'XYZ 1' }, 'zh-Hans'), 'standard');
    expect(model).toMatchObject({ code: 'XYZ 1', familyTitle: '', items: [] });
    expect(model.searchUrl).toBe('https://std.samr.gov.cn/search/std?q=XYZ%201');
  });
});

describe('item cards', () => {
  it('opens item 18 with one duty per bracket and each sentence pointing at its bracket', () => {
    const model = expectKind(buildCard(kb, { kind: 'item', no: 18 }, 'zh-Hans'), 'item');
    expect(model.title).toBe('(十八) 实施公共安全标准化筑底工程');
    expect(model.duties).toHaveLength(4);
    expect(model.sentences.map((s) => s.duty)).toEqual([0, 1, 2, 3, 3]);
    expect(model.duties[0]!.leads.map((a) => a.id)).toEqual(['samr', idOf('应急管理部')]);
    expect(model.duties[1]!.partners.length).toBeGreaterThan(5);
  });

  it('lists targets with value, unit and bound', () => {
    const model = expectKind(buildCard(kb, { kind: 'item', no: 31 }, 'zh-Hans'), 'item');
    expect(model.targets).toEqual([
      expect.objectContaining({ text: '不少于50个', value: 50, unit: '个', bound: 'at-least' }),
    ]);
  });
});

describe('serialization', () => {
  it('survives a JSON round trip unchanged (it crosses contexts by message)', () => {
    const refs = [
      ...seedTopics.slice(0, 40).map((t) => ({ kind: 'topic' as const, id: t.id })),
      ...seedAgencies.map((a) => ({ kind: 'agency' as const, id: a.id })),
      { kind: 'standard' as const, id: 'GB 18030-2022' },
      ...kb.plan.items.map((i) => ({ kind: 'item' as const, no: i.no })),
    ];
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      for (const ref of refs) {
        const model = buildCard(kb, ref, lang);
        expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
      }
    }
  });
});
