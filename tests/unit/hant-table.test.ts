import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../lib/text/fold';
import { hantPairs } from '../../lib/text/hant-table';
import { toHant } from '../../lib/text/to-hant';
import { encodePairs } from '../../lib/text/fold-pairs-codec';
import { buildHantPairs } from '../../scripts/gen-hant-table';
import { expectLinear } from '../support/linear-time';

const HANT_PAIRS = hantPairs();

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

describe('Simplified → Traditional table', () => {
  it('is what scripts/gen-hant-table.ts generates from OpenCC and the plan', async () => {
    // If this fails after editing seeds/plan.* or upgrading opencc-js: `npx tsx scripts/gen-hant-table.ts`.
    const pairs = await buildHantPairs();
    expect(HANT_PAIRS === pairs.map(([a, b]) => String.fromCharCode(a, b)).join('')).toBe(true);
    expect(encodePairs(pairs).length).toBeLessThan(12_000);
  });

  it('writes the whole bundled plan exactly as its Traditional edition', () => {
    const hant = seed('plan.zh-Hant.txt');
    const out = toHant(seed('plan.zh-Hans.txt'));
    expect(out.length).toBe(hant.length);
    expect(out === hant).toBe(true);
  });

  it.each([
    ['标准化', '標準化'],
    ['国家标准化管理委员会', '國家標準化管理委員會'],
    ['地方人民政府', '地方人民政府'],
    ['适老化改造', '適老化改造'],
    ['碳足迹核算', '碳足跡核算'],
    ['数据跨境流动', '數據跨境流動'],
    ['Standards 2025 (GB/T 24001)', 'Standards 2025 (GB/T 24001)'],
    ['', ''],
    ['已是繁體：標準', '已是繁體：標準'],
  ])('%s → %s', (hans, hant) => {
    expect(toHant(hans)).toBe(hant);
  });

  it('keeps the length, and returns the same string when nothing changes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const t = toHant(s);
        expect(t.length).toBe(s.length);
        if (!/[\u3400-\u9fff]/.test(s)) expect(t).toBe(s);
      }),
    );
  });

  it('is undone by fold for every character it converts', () => {
    const hans = seed('plan.zh-Hans.txt');
    for (let i = 0; i < HANT_PAIRS.length; i += 2) {
      const from = HANT_PAIRS.charAt(i);
      const to = HANT_PAIRS.charAt(i + 1);
      // 著 stays unfolded (scripts/gen-fold-table.ts KEEP: it is Simplified too, as in 显著).
      if (!hans.includes(from) || to === '著') continue;
      expect(fold(to), `${from} → ${to}`).toBe(fold(from));
    }
  });

  it('takes linear time', () => {
    const hans = seed('plan.zh-Hans.txt');
    expectLinear((n) => hans.slice(0, 1000).repeat(n), toHant, 400);
  });
});
