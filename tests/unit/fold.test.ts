import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldTable, foldUnit } from '../../lib/text/fold';
import { foldPairs } from '../../lib/text/fold-table';
import { isWordUnit } from '../../lib/text/char-class';

/** Any UTF-16 unit, lone surrogates included: fold must keep length even for broken text. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyText = fc.string({ unit: anyUnit, maxLength: 200 });

describe('fold', () => {
  it.each([
    ['數據跨境傳輸', '数据跨境传输'],
    ['國家標準化管理委員會', '国家标准化管理委员会'],
    ['ＧＢ／Ｔ　２４００１－２０１６', 'gb/t 24001-2016'],
    ['GB/T 24001—2016', 'gb/t 24001-2016'],
    ['a–b—c―d‐e‑f‒g⁃h−i－j', 'a-b-c-d-e-f-g-h-i-j'],
    ['x\u00a0y\u3000z', 'x y z'],
    ['ÀÉÎÕÜ×Þ', 'àéîõü×þ'],
    ['Carbon FOOTPRINT', 'carbon footprint'],
    ['（以下簡稱“雙碳”）', '(以下简称“双碳”)'],
    // HK/TW variant characters, through OpenCC's variant tables: 衞 (HK) → 卫, 裡 (TW) → 里.
    ['衞生 裡面 為', '卫生 里面 为'],
    // 著 stays: it is Simplified too (显著, 著作); only phrases turn it into 着.
    ['顯著 著作', '显著 著作'],
    ['已经是简体', '已经是简体'],
    ['𠀀 emoji 😀', '𠀀 emoji 😀'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('returns the same string object when nothing changes', () => {
    const s = '已经是简体的文本';
    expect(fold(s)).toBe(s);
  });

  it('folds long text across chunk borders', () => {
    const s = '數'.repeat(10_000) + 'Ａ';
    const f = fold(s);
    expect(f.length).toBe(s.length);
    expect(f.slice(0, 3)).toBe('数数数');
    expect(f.at(-1)).toBe('a');
  });

  it('keeps the length of any string', () => {
    fc.assert(fc.property(anyText, (s) => fold(s).length === s.length));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (s) => fold(fold(s)) === fold(s)));
  });

  it('maps one unit to one unit, position by position', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const f = fold(s);
        for (let i = 0; i < s.length; i++) if (f.charCodeAt(i) !== foldUnit(s.charCodeAt(i))) return false;
        return true;
      }),
    );
  });

  it('has an idempotent table over all 64K units', () => {
    const t = foldTable();
    let bad = 0;
    for (let c = 0; c < 0x10000; c++) if (t[t[c] as number] !== t[c]) bad++;
    expect(bad).toBe(0);
  });

  it('is, unit by unit, the pair, full-width, dash or space mapping, then Latin lower-casing', () => {
    // The definition, written the slow way: fold.ts builds the same table in fewer steps (two units a
    // write, lower-casing only where a unit can change), and this pins every one of the 64K entries.
    const to = new Map<number, number>();
    const pairs = foldPairs();
    for (let i = 0; i + 1 < pairs.length; i += 2) to.set(pairs.charCodeAt(i), pairs.charCodeAt(i + 1));
    for (let c = 0xff01; c <= 0xff5e; c++) to.set(c, c - 0xfee0);
    for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0xfe58, 0xfe63])
      to.set(c, 0x2d);
    for (const c of [0xa0, 0x3000, 0x202f, 0x205f, ...Array.from({ length: 11 }, (_, i) => 0x2000 + i)])
      to.set(c, 0x20);
    const lower = (c: number) =>
      (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 0x20 : c;
    const t = foldTable();
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const expected = lower(to.get(c) ?? c);
      if (t[c] !== expected)
        wrong.push(`U+${c.toString(16)} → U+${t[c]!.toString(16)}, not U+${expected.toString(16)}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('never folds into or out of the surrogate range', () => {
    const t = foldTable();
    for (let c = 0xd800; c <= 0xdfff; c++) expect(t[c]).toBe(c);
  });
});

describe('isWordUnit', () => {
  it.each([
    ['a', true],
    ['Z', true],
    ['７', true],
    ['é', true],
    ["'", false],
    ['-', false],
    ['碳', false],
    [' ', false],
  ])('%s → %s', (ch, expected) => {
    expect(isWordUnit(ch.charCodeAt(0))).toBe(expected);
  });
});
