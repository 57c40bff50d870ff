/**
 * Issue 13: a long block is scanned in slices cut after sentence ends (lib/match/scan-blocks.ts), and
 * that loses nothing — the sliced scan finds exactly what the scan of the whole block finds, on random
 * texts of terms, designations, short-form definitions and sentence ends, with slices small enough
 * that every text is cut many times, and on a 400k-unit block with terms next to every cut.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockCuts, scanBlocks, SLICE_UNITS } from '../../lib/match/scan-blocks';
import { fold } from '../../lib/text/fold';
import { SENTENCE_ENDS } from '../../lib/match/short-forms';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';

const { matcher } = loadBundledKnowledgeBase();
/** Slices longer than any text: every block scanned whole. */
const WHOLE = Number.MAX_SAFE_INTEGER;
const seen = (texts: string[], sliceUnits: number) =>
  scanBlocks(
    texts.map((text) => ({ text })),
    matcher,
    sliceUnits,
  ).map(({ block, mentions }) => mentions.map((m) => ({ ...m, text: block.text.slice(m.start, m.end) })));

const piece = fc.constantFrom(
  '碳足迹',
  '碳达峰碳中和',
  '工业和信息化部',
  '工信部',
  '市发改委',
  'carbon footprint',
  'Ministry of Industry and Information Technology (MIIT)',
  'GB/T 24001-2016',
  'ISO 14067:2018',
  '（以下简称“碳迹”）',
  '（以下简称“双碳目标”）',
  ' (hereinafter referred to as "the Footprint")',
  '碳迹',
  '双碳',
  'Footprint',
  '标准化工作',
  ...SENTENCE_ENDS,
  '，',
  ' ',
  '\n',
);
const texts = fc.array(
  fc.array(piece, { maxLength: 80 }).map((p) => p.join('')),
  { minLength: 1, maxLength: 4 },
);

describe('scanning long blocks in slices', () => {
  it('cuts only after sentence ends, in stretches of about the slice size', () => {
    const text = '推进碳足迹标准化工作。'.repeat(100);
    const cuts = blockCuts(text, 100);
    expect(cuts[0]).toBe(0);
    expect(cuts[cuts.length - 1]).toBe(text.length);
    for (const c of cuts.slice(1, -1)) expect(text[c - 1]).toBe('。');
    for (let i = 1; i < cuts.length; i++) expect(cuts[i]! - cuts[i - 1]!).toBeLessThanOrEqual(50 + 11);
    expect(cuts.length).toBeGreaterThan(10);
  });

  it('leaves short blocks and blocks without a sentence end whole', () => {
    expect(blockCuts('推进碳足迹标准化工作。'.repeat(1_000))).toEqual([0, 11_000]);
    const english = 'carbon footprint, '.repeat(SLICE_UNITS);
    expect(blockCuts(english)).toEqual([0, english.length]);
  });

  it('cuts where no shipped term can run across: no dictionary key holds a sentence end', () => {
    const alphabet = matcher.automaton.data.alphabet;
    expect([...SENTENCE_ENDS].filter((c) => alphabet.includes(fold(c)))).toEqual([]);
  });

  it('finds what the whole-block scan finds (random texts, many cuts)', () => {
    fc.assert(
      fc.property(texts, (blocks) => {
        expect(seen(blocks, 24)).toEqual(seen(blocks, WHOLE));
      }),
      { numRuns: 300 },
    );
  });

  it('finds every term of a 400k-unit block, those across each nominal slice edge included', () => {
    // A sentence end every ~5,000 units, with terms right before and after it (where cuts go), and
    // a term across every multiple of SLICE_UNITS (where a cut without this care would go).
    let text = ('碳足迹' + '推进标准化工作和'.repeat(625) + '碳足迹。').repeat(80);
    for (let edge = SLICE_UNITS; edge < text.length; edge += SLICE_UNITS) {
      text = text.slice(0, edge - 1) + '碳足迹' + text.slice(edge + 2);
    }
    const sliced = seen([text], SLICE_UNITS);
    expect(blockCuts(text).length).toBeGreaterThan(30);
    expect(sliced).toEqual(seen([text], WHOLE));
    expect(sliced[0]!.filter((m) => m.id === 'carbon-footprint').length).toBe(
      text.split('碳足迹').length - 1,
    );
  });
});
