import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlanDoc, loadBundledPlan } from '../../lib/kb/plan-doc';
import { dutyAt, dutyForSentence } from '../../lib/plan/duty-lookup';
import type { TopicSeed } from '../../lib/kb/seed-types';
import type { Item, PlanDoc } from '../../lib/plan/types';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const plan = loadBundledPlan(seed('plan.zh-Hans.txt'));
const item = (no: number): Item => plan.items.find((i) => i.no === no)!;
const dutyCount = (p: PlanDoc) => p.items.reduce((n, i) => n + i.duties.length, 0);

describe('the bundled plan', () => {
  it('has 8 sections, 35 items and 43 duties', () => {
    expect(plan.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(plan.items.map((i) => i.no)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    expect(dutyCount(plan)).toBe(43);
  });

  it('names the document and its period', () => {
    expect(plan.id).toBe('action-plan-2024-2025');
    expect(plan.title).toBe('贯彻实施《国家标准化发展纲要》行动计划（2024—2025年）');
    expect(plan.period).toBe('2024-2025');
    expect(plan.preamble).toMatch(/^为扎实推动《国家标准化发展纲要》.*制定本行动计划。$/);
  });

  it.each([
    [1, '一', '加强标准化与科技创新互动', [1, 2]],
    [2, '二', '提升现代化产业标准化水平', [3, 4, 5, 6, 7, 8]],
    [3, '三', '完善绿色发展标准化保障', [9, 10, 11, 12, 13]],
    [4, '四', '推进城乡建设和社会建设标准化发展', [14, 15, 16, 17, 18, 19, 20]],
    [5, '五', '实施标准国际化跃升工程', [21, 22, 23, 24, 25]],
    [6, '六', '深化标准化改革创新', [26, 27, 28, 29]],
    [7, '七', '夯实标准化发展基础', [30, 31, 32, 33]],
    [8, '八', '组织实施', [34, 35]],
  ])('section %i %s、%s holds items %j', (no, label, title, items) => {
    expect(plan.sections[no - 1]).toMatchObject({ no, label, title });
    expect(plan.items.filter((i) => i.section === no).map((i) => i.no)).toEqual(items);
  });

  it.each([
    [1, '(一)', '强化关键技术领域标准攻关'],
    [9, '(九)', '持续健全碳达峰碳中和标准体系'],
    [18, '(十八)', '实施公共安全标准化筑底工程'],
    [22, '(二十二)', '深化共建“一带一路”标准联通'],
    [35, '(三十五)', '加强政策支持'],
  ])('item %i is %s %s', (no, label, title) => {
    expect(item(no)).toMatchObject({ no, label, title });
  });

  it.each([
    [16, 2],
    [18, 4],
    [19, 2],
    [20, 2],
    [26, 2],
    [28, 2],
  ])('item %i has %i duties, each covering the sentences since the previous bracket', (no, count) => {
    const { duties, sentences } = item(no);
    expect(duties).toHaveLength(count);
    expect(duties[0]!.sentences[0]).toBe(0);
    for (let k = 1; k < duties.length; k++) {
      expect(duties[k]!.sentences[0]).toBe(duties[k - 1]!.sentences[1] + 1);
    }
    expect(duties.at(-1)!.sentences[1]).toBe(sentences.length - 1);
  });

  it('gives every other item exactly one duty covering all its sentences', () => {
    for (const i of plan.items.filter((i) => ![16, 18, 19, 20, 26, 28].includes(i.no))) {
      expect(
        i.duties.map((d) => d.sentences),
        `item ${i.no}`,
      ).toEqual([[0, i.sentences.length - 1]]);
    }
  });

  it("resolves item 1's leads to its eight agencies, 市场监管总局(国家标准委) being two", () => {
    const [duty] = item(1).duties;
    expect(duty!.leads).toEqual(['ndrc', 'miit', 'most', 'nhc', 'cac', 'mara', 'samr', 'sac', 'nda']);
    expect(duty!.partners).toEqual([]);
    expect(duty!.others).toEqual(['各有关部门', '地方人民政府有关主管部门']);
    expect(duty!.note).toBe('以下均需地方人民政府有关主管部门负责,不再列出');
  });

  it('answers the 烟花爆竹 sentence of item 18 with 市场监管总局 + 应急管理部', () => {
    const i18 = item(18);
    const index = i18.sentences.findIndex((s) => s.text.includes('烟花爆竹'));
    expect(index).toBe(0);
    expect(dutyForSentence(i18, index)).toMatchObject({ leads: ['samr', 'sac', 'mem'], partners: [] });
    expect(dutyAt(i18, i18.text.indexOf('烟花爆竹'))?.leads).toEqual(['samr', 'sac', 'mem']);
    expect(dutyAt(i18, i18.text.indexOf('森林草原'))?.partners).toContain('fire-rescue');
    expect(dutyAt(i18, i18.text.indexOf('法庭科学'))?.partners).toEqual([
      'miit',
      'mps',
      'moj',
      'samr',
      'sac',
    ]);
    expect(dutyAt(i18, i18.text.indexOf('生物安全'))?.partners).toEqual(['cac', 'miit', 'mps', 'nhc']);
  });

  it.each([
    [2, 0, { leads: ['most', 'samr', 'sac'], partners: ['cac', 'cnipa', 'cas', 'cae'] }],
    [4, 0, { leads: [], partners: ['cac', 'miit', 'pbc', 'samr', 'sac', 'nfra', 'csrc', 'nda', 'nmsa'] }],
    [
      19,
      0,
      { leads: ['ndrc', 'mof', 'samr', 'sac'], partners: ['moe', 'mca', 'mohrss', 'mct', 'gas', 'cdpf'] },
    ],
    [26, 1, { leads: ['samr', 'sac', 'mca'], partners: ['cast', 'acfic'] }],
    [3, 0, { leads: ['miit', 'samr', 'sac'], partners: [], others: ['各有关部门和单位'] }],
  ])('item %i duty %i', (no, k, expected) => {
    expect(item(no).duties[k]).toMatchObject(expected);
  });

  it('carries the standing note of item 1 into every later duty', () => {
    expect(plan.standing).toEqual([
      {
        item: 1,
        note: '以下均需地方人民政府有关主管部门负责,不再列出',
        parties: ['地方人民政府有关主管部门'],
      },
    ]);
    expect(item(1).duties[0]!.standing).toEqual([]);
    for (const i of plan.items.slice(1)) {
      for (const d of i.duties) expect(d.standing, `item ${i.no}`).toEqual(['地方人民政府有关主管部门']);
    }
  });

  it('resolves every agency name and lists each referenced agency once', () => {
    expect(plan.unresolved).toEqual([]);
    const ids = plan.agencies.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const referenced = new Set(
      plan.items.flatMap((i) => i.duties.flatMap((d) => [...d.leads, ...d.partners])),
    );
    expect(new Set(ids)).toEqual(referenced);
  });

  it('finds the quantitative targets with their values and bounds', () => {
    const targets = plan.items.flatMap((i) =>
      i.targets.map((t) => [t.item, t.text, t.value, t.unit, t.bound]),
    );
    expect(targets).toEqual([
      [2, '50%以上', 50, '%', 'at-least'],
      [7, '50个', 50, '个', 'exact'],
      [10, '20项', 20, '项', 'exact'],
      [12, '60项', 60, '项', 'exact'],
      [14, '700项', 700, '项', 'exact'],
      [14, '100个', 100, '个', 'exact'],
      [14, '300个', 300, '个', 'exact'],
      [15, '30个', 30, '个', 'exact'],
      [17, '100项以上', 100, '项', 'at-least'],
      [20, '80个', 80, '个', 'exact'],
      [20, '50项', 50, '项', 'exact'],
      [25, '90%以上', 90, '%', 'at-least'],
      [25, '85%以上', 85, '%', 'at-least'],
      [27, '18个月以内', 18, '个月', 'at-most'],
      [31, '不少于50个', 50, '个', 'at-least'],
    ]);
  });

  it('places each target in its item text and sentence', () => {
    for (const i of plan.items) {
      for (const t of i.targets) {
        expect(i.text.slice(t.start, t.end)).toBe(t.text);
        expect(i.sentences[t.sentence]!.text).toContain(t.text);
      }
    }
    expect(item(10).sentences[item(10).targets[0]!.sentence]!.text).toContain('噪声相关标准');
  });

  it('keeps sentence offsets true to the item text, with brackets taken out', () => {
    for (const i of plan.items) {
      expect(i.text).not.toMatch(/[〔〕]/);
      for (const s of i.sentences) {
        expect(i.text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toMatch(/。$/);
      }
    }
    expect(item(18).sentences.map((s) => s.text.slice(0, 4))).toEqual([
      '加快城镇',
      '加强应急',
      '健全大型',
      '加快安全',
      '推动建立',
    ]);
  });
});

describe('the Traditional edition', () => {
  const result = buildPlanDoc(seed('plan.zh-Hant.txt'));
  it('parses to the same structure, agencies and targets', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const hant = result.plan;
    expect(hant.unresolved).toEqual([]);
    expect(hant.sections).toHaveLength(8);
    expect(dutyCount(hant)).toBe(43);
    const shape = (p: PlanDoc) =>
      p.items.map((i) => ({
        label: i.label,
        sentences: i.sentences.length,
        duties: i.duties.map((d) => [d.leads, d.partners, d.sentences]),
        targets: i.targets.map((t) => [t.value, t.bound]),
      }));
    expect(shape(hant)).toEqual(shape(plan));
    expect(hant.items[17]!.title).toBe('實施公共安全標準化筑底工程');
    expect(hant.items[26]!.targets[0]).toMatchObject({ text: '18個月以內', unit: '個月', bound: 'at-most' });
  });
});

describe('topics', () => {
  const topic = (id: string, items: number[]): TopicSeed => ({
    id,
    hans: id,
    hant: id,
    en: id,
    aliases: [],
    enAliases: [],
    category: 'green',
    items,
  });

  it('are attached with the item numbers the plan has, and dropped when it has none of them', () => {
    const linked = loadBundledPlan(seed('plan.zh-Hans.txt'), [
      topic('carbon', [9, 99]),
      topic('elsewhere', [40]),
    ]);
    expect(linked.topics).toEqual([expect.objectContaining({ id: 'carbon', items: [9] })]);
  });

  it('come from seeds/topics.json, each on items the plan has', () => {
    expect(plan.topics.length).toBeGreaterThan(0);
    for (const t of plan.topics) {
      expect(t.items.length, t.id).toBeGreaterThan(0);
      expect(
        t.items.every((no) => no >= 1 && no <= 35),
        t.id,
      ).toBe(true);
    }
    expect(plan.topics.find((t) => t.id === 'integrated-circuit')?.items).toContain(1);
  });
});
