/**
 * Issue 10, "Faithful duties": every one of the bundled plan's 43 duty brackets, in the three reader
 * languages, is labelled with what it says — 牵头 → leads; 按职责分工负责 after a lead → shares the work;
 * the same words with no lead → responsible (each for its part), never "partners". The table is
 * written by hand from the brackets (seeds/plan.zh-Hans.txt); linked bodies written together,
 * 市场监管总局(国家标准委), count as one entry, as the plan writes them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildItemModel, type CardKnowledge, type CardLang } from '../../lib/card';
import { dutyRows } from '../../lib/card/duty-rows';
import { cardStrings } from '../../lib/card/strings';
import { seedAgencies, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';
import { buildPlanDoc } from '../../lib/kb/plan-doc';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';

/** [item label, bracket of the item, lead entries, other named agencies, generic parties]. */
type Bracket = [label: string, bracket: number, leads: number, named: number, parties: number];

const BRACKETS: Bracket[] = [
  ['(一)', 0, 8, 0, 2],
  ['(二)', 0, 2, 4, 0],
  ['(三)', 0, 2, 0, 1],
  ['(四)', 0, 0, 8, 0],
  ['(五)', 0, 2, 7, 0],
  ['(六)', 0, 3, 6, 0],
  ['(七)', 0, 2, 0, 1],
  ['(八)', 0, 4, 5, 0],
  ['(九)', 0, 0, 11, 0],
  ['(十)', 0, 0, 9, 0],
  ['(十一)', 0, 0, 7, 0],
  ['(十二)', 0, 0, 12, 0],
  ['(十三)', 0, 0, 10, 0],
  ['(十四)', 0, 3, 8, 0],
  ['(十五)', 0, 2, 4, 0],
  ['(十六)', 0, 0, 3, 0],
  ['(十六)', 1, 0, 4, 0],
  ['(十七)', 0, 0, 6, 0],
  ['(十八)', 0, 2, 0, 1],
  ['(十八)', 1, 0, 9, 0],
  ['(十八)', 2, 0, 4, 0],
  ['(十八)', 3, 0, 4, 0],
  ['(十九)', 0, 3, 6, 0],
  ['(十九)', 1, 0, 7, 0],
  ['(二十)', 0, 3, 0, 1],
  ['(二十)', 1, 4, 3, 0],
  ['(二十一)', 0, 1, 11, 0],
  ['(二十二)', 0, 1, 5, 0],
  ['(二十三)', 0, 3, 0, 1],
  ['(二十四)', 0, 2, 0, 1],
  ['(二十五)', 0, 1, 8, 0],
  ['(二十六)', 0, 1, 0, 1],
  ['(二十六)', 1, 2, 2, 0],
  ['(二十七)', 0, 1, 0, 1],
  ['(二十八)', 0, 1, 0, 1],
  ['(二十八)', 1, 0, 7, 0],
  ['(二十九)', 0, 1, 0, 1],
  ['(三十)', 0, 4, 0, 1],
  ['(三十一)', 0, 1, 0, 1],
  ['(三十二)', 0, 1, 0, 1],
  ['(三十三)', 0, 0, 3, 0],
  ['(三十四)', 0, 0, 2, 0],
  ['(三十五)', 0, 1, 0, 1],
];

/** The labels each language must show: the plan's own words, not 配合部门 / "Partner agencies". */
const LABELS: Record<CardLang, { leads: string; shares: string; responsible: string }> = {
  'zh-Hans': { leads: '牵头部门', shares: '按职责分工负责', responsible: '负责部门' },
  'zh-Hant': { leads: '牽頭部門', shares: '按職責分工負責', responsible: '負責部門' },
  en: { leads: 'Lead agencies', shares: 'Share the work', responsible: 'Responsible' },
};

let kb: CardKnowledge;
beforeAll(() => {
  const { plan } = loadBundledKnowledgeBase();
  kb = { plan, agencies: seedAgencies, topics: seedTopics, standardCodes: seedStandardCodes };
});

it('the table covers the 43 brackets of the bundled plan, each once', () => {
  expect(BRACKETS).toHaveLength(43);
  const all = kb.plan.items.flatMap((item) => item.duties.map((_, k) => `${item.label}#${k}`));
  expect(BRACKETS.map(([label, k]) => `${label}#${k}`)).toEqual(all);
});

describe.each(['zh-Hans', 'zh-Hant', 'en'] as const)('duty labels in %s', (lang) => {
  const labels = LABELS[lang];
  const strings = cardStrings(lang);

  it.each(BRACKETS)('%s bracket %i', (label, k, leads, named, parties) => {
    const item = kb.plan.items.find((i) => i.label === label)!;
    const written = item.duties[k]!.text;
    const model = buildItemModel(kb, item.no, lang)!;
    const rows = dutyRows(model.duties[k]!, strings);
    if (leads > 0) {
      // 牵头 is written: the leads, then the others share the work under them.
      expect(written).toContain('牵头');
      expect(rows.map((r) => [r.label, r.agencies.length, r.parties.length, r.hint])).toEqual([
        [labels.leads, leads, 0, ''],
        [labels.shares, named, parties, ''],
      ]);
    } else {
      // No lead: every agency named is responsible, and the card says there is no lead.
      expect(written).not.toContain('牵头');
      expect(rows.map((r) => [r.label, r.agencies.length, r.parties.length])).toEqual([
        [labels.responsible, named, parties],
      ]);
      expect(rows[0]!.hint).toBe(strings.noLead);
    }
    expect(written).toContain('按职责分工负责');
    // An English card names the generic parties in English (the table knows all of this plan's).
    if (lang === 'en')
      for (const p of rows.flatMap((r) => r.parties)) expect(p).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

it.each([
  ['财政部牵头，民政部配合', 'partners', 1],
  ['财政部牵头，民政部参与', 'partners', 1],
  ['财政部、民政部按职责分工负责', 'responsible', 0],
  ['财政部、民政部', 'responsible', 0],
  ['财政部牵头，民政部按职责分工负责', 'shares', 1],
] as const)('an imported plan’s 〔%s〕: the second row is labelled %s', (bracket, key, leads) => {
  const parsed = buildPlanDoc(`一、总则\n(一)条目\n完善标准。〔${bracket}〕`, { topics: [] });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const plan = { ...kb, plan: parsed.plan };
  for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
    const strings = cardStrings(lang);
    const rows = dutyRows(buildItemModel(plan, 1, lang)!.duties[0]!, strings);
    expect(rows.map((r) => r.label)).toEqual([...(leads ? [strings.leads] : []), strings[key]]);
  }
});
