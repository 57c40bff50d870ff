import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAround, trimSpan } from '../../lib/clips/sentence-span';

/** The sentence around the first occurrence of `term`. */
function around(text: string, term: string) {
  const at = text.indexOf(term);
  const { start, end } = sentenceAround(text, at, at + term.length);
  return text.slice(start, end);
}

describe('sentenceAround', () => {
  it.each([
    ['a Chinese sentence with its 。', '前一句。推进碳足迹核算。后一句。', '碳足迹', '推进碳足迹核算。'],
    ['；ends a duty clause', '甲；由工业和信息化部牵头；乙', '工业和信息化部', '由工业和信息化部牵头；'],
    ['a comma does not end it', '为此，推进6G研究，加快部署。', '6G', '为此，推进6G研究，加快部署。'],
    ['a block boundary ends it', '标题\n推进碳足迹\n下一段', '碳足迹', '推进碳足迹'],
    [
      'Latin stops before a space',
      'First one. Apply GB/T 1.1-2020 now. Next.',
      'GB/T',
      'Apply GB/T 1.1-2020 now.',
    ],
    ['！ and ？ end sentences', '好！推进充电桩？是的', '充电桩', '推进充电桩？'],
    ['no punctuation: the whole text', '推进充电桩建设', '充电桩', '推进充电桩建设'],
    ['leading spaces are trimmed', '甲。   推进氢能。', '氢能', '推进氢能。'],
  ])('%s', (_name, text, term, expected) => {
    expect(around(text, term)).toBe(expected);
  });

  it('always contains the mention, stays within the cap, and never starts or ends with whitespace', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('碳', '足', '迹', '。', '，', ' ', '\n', 'a', '.', '；'),
          maxLength: 6000,
        }),
        fc.nat(),
        fc.integer({ min: 1, max: 5 }),
        (text, at, len) => {
          fc.pre(text.length >= len);
          const start = at % (text.length - len + 1);
          const end = start + len;
          fc.pre(text.slice(start, end).trim() === text.slice(start, end));
          const span = sentenceAround(text, start, end, 400);
          expect(span.start).toBeLessThanOrEqual(start);
          expect(span.end).toBeGreaterThanOrEqual(end);
          expect(span.end - span.start).toBeLessThanOrEqual(len + 401);
          expect(/^\s|\s$/.test(text.slice(span.start, span.end))).toBe(false);
        },
      ),
    );
  });
});

describe('trimSpan', () => {
  it('trims both ends and collapses an all-space span to empty', () => {
    expect(trimSpan('  ab  ', 0, 6)).toEqual({ start: 2, end: 4 });
    expect(trimSpan('   ', 0, 3)).toEqual({ start: 3, end: 3 });
  });
});
