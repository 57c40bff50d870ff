/**
 * Issue 13: short forms in linear time, with the same answers as before. The fast code
 * (lib/match/short-forms.ts, short-form-memory.ts) is checked against the pre-issue code kept in
 * tests/support/short-forms-reference.ts on random texts, and for linear growth on large ones —
 * 100k+ units, thousands of definitions — with expectLinear (no wall-clock budget).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../lib/match/scan';
import { createShortFormMemory, scanWithMemory } from '../../lib/match/short-form-memory';
import { findShortFormDefinitions, MAX_SHORT_FORMS, resolveShortForms } from '../../lib/match/short-forms';
import type { Mention } from '../../lib/match/types';
import { fold } from '../../lib/text/fold';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';
import { expectLinear } from '../support/linear-time';
import {
  createReferenceMemory,
  referenceDefinitions,
  referenceResolveShortForms,
  referenceScanWithMemory,
} from '../support/short-forms-reference';

const { matcher } = loadBundledKnowledgeBase();

/** First-pass mentions for the given surfaces (leftmost, non-overlapping), as the automaton gives them. */
function firstPass(text: string, known: Record<string, string>): Mention[] {
  const folded = fold(text);
  const keys = Object.keys(known).map((s) => [fold(s), known[s]!] as const);
  const out: Mention[] = [];
  for (let p = 0; p < folded.length;) {
    const hit = keys.filter(([k]) => folded.startsWith(k, p)).sort((a, b) => b[0].length - a[0].length)[0];
    if (!hit) {
      p++;
      continue;
    }
    out.push({ start: p, end: p + hit[0].length, kind: 'topic', id: hit[1], items: [1] });
    p += hit[0].length;
  }
  return out;
}

const LONG_FORMS = {
  碳达峰碳中和: 'dual-carbon',
  碳足迹: 'carbon-footprint',
  'carbon footprint': 'cf',
  标准: 's',
};

/** Pieces that make definitions, redefinitions, overlapping short forms, English case and word edges. */
const piece = fc.constantFrom(
  '碳达峰碳中和',
  '碳足迹',
  'carbon footprint',
  '（以下简称“双碳”）',
  '（以下简称“碳迹”）',
  '（简称“双碳目标”）',
  '（以下简称“碳”）',
  '，简称“标准”',
  '《碳足迹》（以下简称《办法》）',
  ' (hereinafter referred to as "the Plan")',
  ' (hereinafter the "Footprint")',
  '（以下简称“碳。迹”）',
  '（以下简称“迹象”）',
  '碳迹象',
  '（以下简称“双碳',
  '双碳',
  '双碳目标',
  '碳迹',
  '办法',
  'Plan',
  'plan',
  'Plans',
  'Footprint',
  '目标',
  '标准',
  '。',
  '，',
  ' ',
  '；',
  '\n',
  'a',
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('short forms, against the reference implementation', () => {
  it('finds the same definitions', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findShortFormDefinitions(fold(t), t)).toEqual(referenceDefinitions(fold(t), t));
      }),
      { numRuns: 400 },
    );
  });

  it('resolves the same short forms within one text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const mentions = firstPass(t, LONG_FORMS);
        expect(resolveShortForms(fold(t), mentions, t)).toEqual(
          referenceResolveShortForms(fold(t), mentions, t),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('carries the same short forms across blocks', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (blocks) => {
        const memory = createShortFormMemory();
        const reference = createReferenceMemory();
        for (const block of blocks) {
          expect(scanWithMemory(block, matcher, memory)).toEqual(
            referenceScanWithMemory(block, matcher, reference),
          );
        }
        expect([...memory.known]).toEqual([...reference.known]);
      }),
      { numRuns: 150 },
    );
  });

  it('holds no sentence end in a short form (a long block is cut after one)', () => {
    expect(findShortFormDefinitions(fold('碳足迹（以下简称“碳。迹”）'))).toEqual([]);
    expect(findShortFormDefinitions(fold('the Plan (hereinafter "the Plan; it")'))).toEqual([]);
  });
});

/** Han characters that fold to themselves, so `碳${c}` are distinct short forms once folded. */
const HAN = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(0x4e00 + i)).filter(
  (c) => fold(c) === c,
);
/** A text defining `n` short forms of 碳足迹: 碳一, 碳丁 … */
const defining = (n: number) =>
  HAN.slice(0, n)
    .map((c) => `碳足迹（以下简称“碳${c}”）`)
    .join('');

describe('short forms, bounded', () => {
  it(`counts a text's first ${MAX_SHORT_FORMS} short forms and ignores later definitions`, () => {
    const t = defining(MAX_SHORT_FORMS + 50);
    const resolved = resolveShortForms(fold(t), firstPass(t, LONG_FORMS), t);
    const shorts = new Set(resolved.map((m) => t.slice(m.start, m.end)));
    expect(shorts.size).toBe(MAX_SHORT_FORMS);
    expect(shorts.has(`碳${HAN[MAX_SHORT_FORMS - 1]}`)).toBe(true);
    expect(shorts.has(`碳${HAN[MAX_SHORT_FORMS]}`)).toBe(false);
  });

  it(`remembers at most ${MAX_SHORT_FORMS} short forms per page`, () => {
    const memory = createShortFormMemory();
    for (let i = 0; i < 3; i++) scanWithMemory(defining(MAX_SHORT_FORMS), matcher, memory);
    expect(memory.known.size).toBe(MAX_SHORT_FORMS);
  });
});

describe('short forms, linear on large inputs', () => {
  const filler = '推进碳足迹和碳迹标准化工作，加快双碳进程。';
  const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

  it('scans a 400k-unit block after a block that defined 碳迹', () => {
    const memory = createShortFormMemory();
    scanWithMemory('碳足迹（以下简称“碳迹”），碳达峰碳中和（以下简称“双碳”）', matcher, memory);
    expect(memory.known.has('碳迹')).toBe(true);
    const big = repeat(filler, 400_000);
    const found = scanWithMemory(big, matcher, memory);
    expect(found.filter((m) => m.shortForm).length).toBeGreaterThan(15_000);
    expectLinear(
      (n) => repeat(filler, n),
      (t) => scanWithMemory(t, matcher, memory),
      400_000,
    );
  });

  it('scans a page that remembers the most short forms', () => {
    const memory = createShortFormMemory();
    scanWithMemory(defining(MAX_SHORT_FORMS), matcher, memory);
    expectLinear(
      (n) => repeat(filler, n),
      (t) => scanWithMemory(t, matcher, memory),
      200_000,
    );
  });

  it('resolves thousands of definitions in one text', () => {
    const unit = (i: number) =>
      `碳达峰碳中和（以下简称“双${String.fromCharCode(0x4e00 + (i % 5000))}”），双碳。`;
    const make = (n: number) => {
      let s = '';
      for (let i = 0; s.length < n; i++) s += unit(i);
      return s;
    };
    const t = make(100_000);
    expect(findShortFormDefinitions(fold(t), t).length).toBeGreaterThanOrEqual(5_000);
    expectLinear(make, (s) => scanText(s, matcher), 200_000);
  });

  it.each([
    ['unclosed quotes after triggers', '简称“碳足迹'],
    ['parentheses before long runs of spaces', '(' + ' '.repeat(50) + 'x'],
    ['English definitions without a close', '(hereinafter "the Plan'],
    ['long forms before many definitions', 'carbon footprint (the "Footprint") '],
  ])('stays linear on %s', (_name, unit) => {
    const make = (n: number) => repeat(unit, n);
    expectLinear(make, (s) => resolveShortForms(fold(s), firstPass(s, LONG_FORMS), s), 200_000);
  });

  it('stays linear on one parenthesis before a long run of spaces', () => {
    const make = (n: number) => '碳足迹 (' + ' '.repeat(n) + 'the Plan)';
    expectLinear(make, (s) => findShortFormDefinitions(fold(s), s), 100_000);
  });
});
