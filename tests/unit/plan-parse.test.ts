import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlanDoc } from '../../lib/kb/plan-doc';
import { readDutyBracket } from '../../lib/plan/duty-bracket';
import { dutyAt, dutyForSentence, sentenceAt } from '../../lib/plan/duty-lookup';
import { parsePlan, periodOf } from '../../lib/plan/parse-plan';
import { splitSentences } from '../../lib/plan/sentences';
import { findTargets } from '../../lib/plan/targets';
import { foldForParse } from '../../lib/plan/to-hans';
import type { PlanDoc } from '../../lib/plan/types';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url), 'utf8');

function parsed(text: string): PlanDoc {
  const result = parsePlan(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

describe('parsePlan errors name the line and what was expected', () => {
  it.each([
    ['', 1, 'plan text'],
    ['\n\n  \n', 1, 'plan text'],
    ['hello', 1, 'a section heading like 一、 or an item heading like (一)'],
    ['一、标题\n正文没有条目。', 2, 'an item heading like (一) or a section heading like 一、'],
    ['一、標題\n正文沒有條目。', 2, 'an item heading like (一) or a section heading like 一、'],
    ['前言。\n\n一、标题\n\n正文', 5, 'an item heading like (一) or a section heading like 一、'],
    ['一、\n(一)条目\n正文。', 1, 'a title after 一、'],
    ['一、标题\n()条目', 2, 'an item heading like (一) or a section heading like 一、'],
    ['一、标题\n(一)\n正文。', 2, 'a title after (一)'],
    ['一、标题\n二、标题二', 2, 'items under the section'],
    ['一、标题\n(一)条目\n(二)条目二\n正文。', 2, 'the text of item (一)'],
    ['一、标题\n(一)条目\n正文〔工业和信息化部牵头', 3, '〕 closing the duty bracket'],
    ['一、标题\n(一)条目\n正文。工业和信息化部牵头〕', 3, '〔 before the 〕'],
    ['一、标题\n(一)条目\n〔工业和信息化部牵头〕正文。', 3, 'plan text before the duty bracket'],
    ['一、标题\n(一)条目\n正文。〔A牵头〕〔B牵头〕', 3, 'plan text before the duty bracket'],
    ['一、标题\n(一)条目\n正文。〔〕', 3, 'agency names'],
    ['一、标题\r\n(一)条目\r\n\r\n正文。\r\n(二)条目二\r\n正文〔', 6, '〕'],
  ])('%j → line %i', (text, line, expected) => {
    const result = parsePlan(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(line);
    expect(result.error.expected).toContain(expected);
    expect(result.error.message).toMatch(new RegExp(`^line ${line}: expected `));
  });

  it('words the error the way a reader expects', () => {
    const bad = parsePlan('标题\n一、加强组织\n这一行没有编号。');
    expect(bad.ok ? '' : bad.error.message).toBe(
      'line 3: expected an item heading like (一) or a section heading like 一、, found “这一行没有编号。”',
    );
  });

  it('reads a line after an item as more of its text, not as an error', () => {
    const result = parsePlan('一、标题\n(一)条目\n正文。〔A牵头〕\n第二段没有括号。');
    expect(result.ok && result.plan.items[0]!.sentences.map((s) => s.text)).toEqual([
      '正文。',
      '第二段没有括号。',
    ]);
  });
});

describe('parsePlan layouts', () => {
  it('reads a two-level plan with several paragraphs per item and inline item titles', () => {
    const plan = parsed(
      [
        '某某行动计划（2024—2025年）',
        '为推动工作，制定本计划。',
        '一、总体要求',
        '(一)强化供给。加快制定标准；完善体系。〔工业和信息化部牵头，各有关部门按职责分工负责〕',
        '（二）提升能力',
        '建设平台。',
        '培育机构100家。〔市场监管总局（国家标准委）牵头，商务部等部门按职责分工负责〕',
      ].join('\n'),
    );
    expect(plan.title).toBe('某某行动计划（2024—2025年）');
    expect(plan.period).toBe('2024-2025');
    expect(plan.preamble).toBe('为推动工作，制定本计划。');
    expect(plan.sections).toEqual([{ no: 1, label: '一', title: '总体要求' }]);
    expect(plan.items.map((i) => [i.no, i.label, i.section, i.title, i.line])).toEqual([
      [1, '(一)', 1, '强化供给', 4],
      [2, '(二)', 1, '提升能力', 5],
    ]);
    expect(plan.items[0]!.text).toBe('加快制定标准；完善体系。');
    expect(plan.items[0]!.sentences.map((s) => s.text)).toEqual(['加快制定标准；', '完善体系。']);
    const second = plan.items[1]!;
    expect(second.text).toBe('建设平台。\n培育机构100家。');
    expect(second.duties).toEqual([
      expect.objectContaining({
        leads: ['市场监管总局', '国家标准委'],
        partners: ['商务部'],
        sentences: [0, 1],
        line: 7,
        at: second.text.length,
      }),
    ]);
    // Without a resolver, duties hold the names and nothing counts as unresolved.
    expect(plan.unresolved).toEqual([]);
  });

  it('puts items written before any section into one unlabelled section', () => {
    const plan = parsed('(一)条目\n正文。〔工业和信息化部牵头〕\n(二)条目二\n正文二。〔科技部牵头〕');
    expect(plan.sections).toEqual([{ no: 1, label: '', title: '' }]);
    expect(plan.items.map((i) => [i.label, i.section])).toEqual([
      ['(一)', 1],
      ['(二)', 1],
    ]);
  });

  it('reads a one-level plan: each 一、标题。正文 is a section and its single item', () => {
    const result = buildPlanDoc(fixture('one-level.zh-Hans.txt'), { id: 'one-level' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const plan = result.plan;
    expect(plan).toMatchObject({ id: 'one-level', title: '2025年标准化工作要点', period: '2025' });
    expect(plan.sections.map((s) => [s.no, s.label, s.title])).toEqual([
      [1, '一', '强化标准引领'],
      [2, '二', '推进绿色发展'],
      [3, '三', '加强组织实施'],
    ]);
    expect(plan.items.map((i) => [i.no, i.label, i.section, i.title])).toEqual([
      [1, '一、', 1, '强化标准引领'],
      [2, '二、', 2, '推进绿色发展'],
      [3, '三、', 3, '加强组织实施'],
    ]);
    expect(plan.items[1]!.duties.map((d) => [d.leads, d.partners, d.others, d.sentences])).toEqual([
      [['ndrc'], ['mee', 'nea'], [], [0, 1]],
      [['samr'], [], ['各有关部门和单位'], [2, 2]],
    ]);
    expect(
      plan.items.flatMap((i) => i.targets.map((t) => [t.item, t.text, t.value, t.unit, t.bound])),
    ).toEqual([
      [1, '60%以上', 60, '%', 'at-least'],
      [2, '30项', 30, '项', 'exact'],
      [2, '不少于20个', 20, '个', 'at-least'],
    ]);
    // A name no seed knows is reported and kept, with a placeholder agency — never dropped.
    expect(plan.unresolved).toEqual([{ item: 3, duty: 0, role: 'partner', name: '国家低空经济局' }]);
    expect(plan.items[2]!.duties[0]!.partners).toEqual(['sac', '国家低空经济局']);
    expect(plan.agencies.find((a) => a.id === '国家低空经济局')).toMatchObject({ unresolved: true });
  });

  it('reads trailing （…牵头，…按职责分工负责） duties in a Traditional plan', () => {
    const result = buildPlanDoc(fixture('paren-duties.zh-Hant.txt'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const plan = result.plan;
    expect(plan.title).toBe('智能網聯汽車標準化行動計劃（2024—2026年）');
    expect(plan.period).toBe('2024-2026');
    expect(plan.sections.map((s) => s.title)).toEqual(['總體要求', '保障措施']);
    expect(plan.items.map((i) => [i.label, i.section, i.title])).toEqual([
      ['(一)', 1, '強化標準供給'],
      ['(二)', 1, '提升服務能力'],
      ['(三)', 2, '加強組織領導'],
    ]);
    // The aside （元器件） stays in the text; only the assigning parentheses are duties.
    expect(plan.items[0]!.text).toContain('零部件（元器件）標準');
    expect(plan.items[0]!.text).not.toContain('牽頭');
    expect(plan.items.map((i) => i.duties.map((d) => [d.leads, d.partners, d.others, d.sentences]))).toEqual([
      [[['miit', 'samr', 'sac'], ['mot', 'mps'], [], [0, 0]]],
      [[['samr'], [], ['各有關部門和單位'], [0, 1]]],
      [[[], ['ndrc', 'mof'], [], [0, 0]]],
    ]);
    // （…）written before the 。 still closes that sentence.
    expect(plan.items[2]!.sentences.map((s) => s.text)).toEqual([
      '各地區各部門要抓好落實，縮短制定周期至12個月以內。',
    ]);
    expect(plan.items.flatMap((i) => i.targets.map((t) => [t.text, t.value, t.unit, t.bound]))).toEqual([
      ['50項以上', 50, '項', 'at-least'],
      ['100家', 100, '家', 'exact'],
      ['12個月以內', 12, '個月', 'at-most'],
    ]);
    expect(plan.unresolved).toEqual([]);
  });
});

describe('readDutyBracket', () => {
  it.each([
    [
      '工业和信息化部牵头',
      { leads: ['工业和信息化部'], partners: [], others: [], note: '', partnerWord: '' },
    ],
    [
      '国家发展改革委、财政部按职责分工负责',
      {
        leads: [],
        partners: ['国家发展改革委', '财政部'],
        others: [],
        note: '',
        partnerWord: '按职责分工负责',
      },
    ],
    ['中国工程院等按职责分工负责', { partners: ['中国工程院'] }],
    ['教育部、中国残联等部门按职责分工负责', { partners: ['教育部', '中国残联'] }],
    ['市场监管总局(国家标准委)牵头', { leads: ['市场监管总局', '国家标准委'] }],
    [
      '市場監管總局（國家標準委）牽頭，各有關部門和單位按職責分工負責',
      {
        leads: ['市场监管总局', '国家标准委'],
        others: ['各有關部門和單位'],
        partnerWord: '按职责分工负责',
      },
    ],
    [
      '科技部牵头，各有关部门和地方人民政府有关主管部门按职责分工负责',
      {
        leads: ['科技部'],
        others: ['各有关部门', '地方人民政府有关主管部门'],
      },
    ],
    ['财政部牵头，民政部参与', { leads: ['财政部'], partners: ['民政部'], partnerWord: '参与' }],
    ['财政部牵头，民政部配合', { partners: ['民政部'], partnerWord: '配合' }],
    ['国家发展改革委、财政部', { leads: [], partners: ['国家发展改革委', '财政部'], partnerWord: '' }],
    [
      '科技部牵头，以下均需地方人民政府有关主管部门负责，不再列出',
      {
        leads: ['科技部'],
        others: [],
        note: '以下均需地方人民政府有关主管部门负责，不再列出',
        standingParties: ['地方人民政府有关主管部门'],
      },
    ],
    [
      '科技部牵头。以下均需地方人民政府有关主管部门负责，不再列出',
      {
        leads: ['科技部'],
        note: '以下均需地方人民政府有关主管部门负责，不再列出',
        standingParties: ['地方人民政府有关主管部门'],
      },
    ],
  ])('%s', (content, expected) => {
    expect(readDutyBracket(content)).toMatchObject(expected);
  });

  it.each(['', '  ', '，。'])('%j assigns nothing and is refused', (content) => {
    expect(typeof readDutyBracket(content)).toBe('string');
  });
});

describe('findTargets', () => {
  const targets = (text: string) =>
    findTargets(text, foldForParse(text), 1, splitSentences(text, foldForParse(text))).map((t) => [
      t.text,
      t.value,
      t.unit,
      t.bound,
    ]);
  it.each([
    ['推动比率达到50%以上。', [['50%以上', 50, '%', 'at-least']]],
    ['达到８５％以上。', [['８５％以上', 85, '％', 'at-least']]],
    ['建成试点50个。', [['50个', 50, '个', 'exact']]],
    ['设立不少于50个验证点。', [['不少于50个', 50, '个', 'at-least']]],
    ['周期缩短至18个月以内。', [['18个月以内', 18, '个月', 'at-most']]],
    ['试点100项以上。', [['100项以上', 100, '项', 'at-least']]],
    [
      '培育机构100家，不超过3年。',
      [
        ['100家', 100, '家', 'exact'],
        ['不超过3年', 3, '年', 'at-most'],
      ],
    ],
    ['完成率提升到99.5%。', [['99.5%', 99.5, '%', 'exact']]],
    ['锚定2025年发展目标，明确未来两年重点工作。', []],
    ['开展6G、IPv6、WP29研究。', []],
    ['GB/T 24001-2016 与 ISO 14067:2018。', []],
    ['2024—2025年。', []],
  ])('%s', (text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
});

describe('splitSentences', () => {
  it.each([
    ['一。二；三', [], ['一。', '二；', '三']],
    ['推进“领跑者”。” 下一句。', [], ['推进“领跑者”。”', '下一句。']],
    ['甲乙丙丁', [2], ['甲乙', '丙丁']],
    ['第一段。\n第二段', [], ['第一段。', '第二段']],
    ['  \n', [], []],
  ])('%j breaks %j', (text, breaks, expected) => {
    const sentences = splitSentences(text, foldForParse(text), breaks);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('duty lookup', () => {
  const plan = parsed('一、标题\n(一)条目\n甲句。乙句。〔科技部牵头〕丙句。〔教育部牵头〕丁句。');
  const item = plan.items[0]!;
  it.each([
    [0, ['科技部']],
    [1, ['科技部']],
    [2, ['教育部']],
    [3, undefined],
  ])('sentence %i → %j', (index, leads) => {
    expect(dutyForSentence(item, index)?.leads).toEqual(leads);
  });
  it.each([
    ['甲', ['科技部']],
    ['乙', ['科技部']],
    ['丙', ['教育部']],
    ['丁', undefined],
  ])('offset of %s → %j', (ch, leads) => {
    expect(dutyAt(item, item.text.indexOf(ch))?.leads).toEqual(leads);
  });
  it('maps offsets to sentences', () => {
    expect(sentenceAt(item, -1)).toBe(-1);
    expect(sentenceAt(item, 0)).toBe(0);
    expect(sentenceAt(item, item.text.length)).toBe(3);
  });
});

describe('periodOf', () => {
  it.each([
    ['行动计划（2024—2025年）', '2024-2025'],
    ['2021-2025年规划', '2021-2025'],
    ['2025年工作要点', '2025'],
    ['行动计划', ''],
  ])('%s → %s', (title, period) => {
    expect(periodOf(title)).toBe(period);
  });
});
