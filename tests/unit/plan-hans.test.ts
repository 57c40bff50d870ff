import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForParse, normalizeName, toHans } from '../../lib/plan/to-hans';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

describe('seeds/plan.zh-Hans.txt', () => {
  it('is what scripts/gen-hans.ts makes from seeds/plan.zh-Hant.txt (run it if this fails)', () => {
    expect(seed('plan.zh-Hans.txt')).toBe(toHans(seed('plan.zh-Hant.txt')));
  });

  it('has as many lines as the Traditional edition', () => {
    expect(seed('plan.zh-Hans.txt').split('\n')).toHaveLength(seed('plan.zh-Hant.txt').split('\n').length);
  });
});

describe('toHans', () => {
  // The Traditional edition keeps mainland vocabulary; the conversion must not swap it for Taiwan's.
  it.each([
    ['強化基礎軟件、工業軟件', '强化基础软件、工业软件'],
    ['建立健全數據跨境傳輸', '建立健全数据跨境传输'],
    ['物聯網、大數據、雲計算', '物联网、大数据、云计算'],
    ['著力提升標準化發展水平', '着力提升标准化发展水平'],
    ['評價指標體系', '评价指标体系'],
    ['開展核心標準研究', '开展核心标准研究'],
    ['下一代互聯網', '下一代互联网'],
    ['市場監管總局(國家標準委)牽頭', '市场监管总局(国家标准委)牵头'],
    ['國家衞生健康委', '国家卫生健康委'],
    ['什麼是顯著成效', '什么是显著成效'],
  ])('%s → %s', (hant, hans) => {
    expect(toHans(hant)).toBe(hans);
  });
});

describe('foldForParse', () => {
  it.each([
    ['（一）', '(一)'],
    ['牽頭，', '牵头,'],
    ['５０％以內；', '50%以内;'],
    ['不少於50個', '不少于50个'],
    ['衞生', '卫生'],
    ['什么显著', '什么显著'],
  ])('%s → %s', (input, folded) => {
    expect(foldForParse(input)).toBe(folded);
  });

  it('keeps every UTF-16 offset (one unit in, one unit out)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(foldForParse(s)).toHaveLength(s.length);
      }),
    );
  });
});

describe('normalizeName', () => {
  it.each([
    ['市場監管總局（國家標準委）', '市场监管总局(国家标准委)'],
    [' 國家發展改革委 ', '国家发展改革委'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});
