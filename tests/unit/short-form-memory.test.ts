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
