import { describe, expect, it } from 'vitest';
import { createShortFormMemory, scanWithMemory } from '../../lib/match/short-form-memory';
import { scanText } from '../../lib/match/scan';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';

const { matcher } = loadBundledKnowledgeBase();
const ids = (text: string, ms: { start: number; end: number; id: string }[]) =>
  ms.map((m) => `${text.slice(m.start, m.end)}→${m.id}`);

describe('short forms across blocks', () => {
  it('resolves a short form defined in an earlier block', () => {
    const memory = createShortFormMemory();
    const first = '加快智能网联汽车（以下简称“网联车”）标准体系建设。';
    const later = '各地要把网联车测试纳入年度计划。';
    const defined = scanWithMemory(first, matcher, memory);
    const target = defined.find((m) => first.slice(m.start, m.end) === '智能网联汽车')!;
    expect(target).toBeDefined();
    expect(scanText(later, matcher).some((m) => later.slice(m.start, m.end) === '网联车')).toBe(false);
    expect(ids(later, scanWithMemory(later, matcher, memory))).toContain(`网联车→${target.id}`);
  });

  it('keeps English short forms case-sensitive and whole-word', () => {
    const memory = createShortFormMemory();
    scanWithMemory(
      'China will cut its carbon footprint (hereinafter referred to as "the Footprint").',
      matcher,
      memory,
    );
    const later = 'The Footprint matters; a footprints plan and Footprinting do not count.';
    const got = ids(later, scanWithMemory(later, matcher, memory)).filter((s) => s.startsWith('Footprint'));
    expect(got).toEqual(['Footprint→carbon-footprint']);
  });

  it('changes nothing for a page that defines no short form', () => {
    const memory = createShortFormMemory();
    for (const text of ['工业和信息化部推进6G标准。', '市场监管总局发布碳足迹标准。']) {
      expect(scanWithMemory(text, matcher, memory)).toEqual(scanText(text, matcher));
    }
    expect(memory.known.size).toBe(0);
  });

  it('follows the latest definition: a redefinition it cannot resolve ends the earlier meaning', () => {
    const memory = createShortFormMemory();
    scanWithMemory('推进碳足迹（以下简称“碳迹”）工作。', matcher, memory);
    const middle = '碳迹管理。另行印发某某细则（以下简称“碳迹”）。碳迹';
    const got = ids(middle, scanWithMemory(middle, matcher, memory));
    // Before the block's own definition the remembered meaning holds; from it on, nothing.
    expect(got.filter((s) => s.startsWith('碳迹'))).toEqual(['碳迹→carbon-footprint']);
    expect(memory.known.has('碳迹')).toBe(false);
    expect(scanWithMemory('碳迹', matcher, memory)).toEqual([]);
  });
});

describe('acronyms across blocks (acronym-guards.ts)', () => {
  const scanAll = (blocks: string[]): string[][] => {
    const memory = createShortFormMemory();
    return blocks.map((b) => ids(b, scanWithMemory(b, matcher, memory)));
  };

  it('keeps what a page defined an acronym as for its later blocks', () => {
    const [, later] = scanAll([
      'The Codex Alimentarius Commission (CAC) met in Beijing.',
      'The CAC adopted the limits.',
    ]);
    expect(later).toEqual([]);
    const [, ours] = scanAll(['The Ministry of Transport (MOT) spoke.', 'MOT officials said so.']);
    expect(ours).toEqual(['MOT→mot']);
  });

  it('needs China on the page for a collision-prone acronym, from the block that says so on', () => {
    expect(scanAll(['Beijing, May 2 (Xinhua) --', 'The MOT said it would act.'])[1]).toEqual(['MOT→mot']);
    expect(scanAll(['The MOT said it would act.', 'Beijing, May 2 (Xinhua) --'])[0]).toEqual([]);
    expect(scanAll(['Book an MOT test.', 'Garages are busy.'])).toEqual([[], []]);
  });

  it('carries an acronym a page defined after a name into later blocks', () => {
    const [first, later] = scanAll([
      'The National Data Administration (NDA) was set up in 2023.',
      'The NDA said it would publish rules.',
    ]);
    expect(first).toEqual(['National Data Administration→nda', 'NDA→nda']);
    expect(later).toEqual(['NDA→nda']);
  });
});
