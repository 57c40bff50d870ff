/**
 * seeds/plan-titles.en.json (STYLE.md §10): an English title for every section and item of the bundled
 * plan, each attached to the Chinese title it translates, and linked into the plan only where plan and
 * Chinese title match.
 */
import { describe, expect, it } from 'vitest';
import { seedPlanTitles } from '../../lib/kb/bundled-seeds';
import { withEnglishTitles } from '../../lib/kb/plan-titles';
import { planToJson } from '../../lib/plan/plan-json';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';

const { plan } = loadBundledKnowledgeBase();

describe('seeds/plan-titles.en.json', () => {
  it('has one English title for each of the 8 sections and 35 items, in order', () => {
    expect(seedPlanTitles.plan).toBe(plan.id);
    expect(seedPlanTitles.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(seedPlanTitles.items.map((i) => i.no)).toEqual(Array.from({ length: 35 }, (_, k) => k + 1));
  });

  it('pairs each with the plan’s own Chinese title', () => {
    expect(seedPlanTitles.sections.map((s) => s.hans)).toEqual(plan.sections.map((s) => s.title));
    expect(seedPlanTitles.items.map((i) => i.hans)).toEqual(plan.items.map((i) => i.title));
  });

  it('writes them in English: no Chinese, distinct, capitalized, no trailing stop', () => {
    const all = [...seedPlanTitles.sections, ...seedPlanTitles.items].map((t) => t.en);
    for (const en of all) {
      expect(en).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
      expect(en).toMatch(/^[A-Z][^.]*[a-z]$/);
    }
    expect(new Set(seedPlanTitles.items.map((i) => i.en)).size).toBe(35);
    expect(new Set(seedPlanTitles.sections.map((s) => s.en)).size).toBe(8);
  });

  it('is linked into the bundled plan and its JSON', () => {
    expect(plan.sections.every((s) => s.en)).toBe(true);
    expect(plan.items.every((i) => i.en)).toBe(true);
    const json = planToJson(plan);
    expect(json.items[8]).toMatchObject({
      label: '(九)',
      en: 'Continuing to improve the standard system for carbon peaking and carbon neutrality',
    });
    expect(json.sections[7]).toMatchObject({ title: '组织实施', en: 'Organization and implementation' });
  });

  it('is not linked to another plan, nor to an item whose Chinese title differs', () => {
    const bare = {
      ...plan,
      sections: plan.sections.map(({ en: _en, ...s }) => s),
      items: plan.items.map(({ en: _en, ...i }) => i),
    };
    expect(withEnglishTitles({ ...bare, id: 'imported' }, seedPlanTitles).items.some((i) => i.en)).toBe(
      false,
    );
    const edited = {
      ...bare,
      items: bare.items.map((i) => (i.no === 9 ? { ...i, title: '另一个标题' } : i)),
    };
    const linked = withEnglishTitles(edited, seedPlanTitles);
    expect(linked.items.filter((i) => !i.en).map((i) => i.no)).toEqual([9]);
    // A Traditional edition's titles fold to the same text: they are linked.
    const hant = {
      ...bare,
      items: bare.items.map((i) => (i.no === 9 ? { ...i, title: '持續健全碳達峰碳中和標準體系' } : i)),
    };
    expect(withEnglishTitles(hant, seedPlanTitles).items[8]!.en).toBe(seedPlanTitles.items[8]!.en);
  });
});
