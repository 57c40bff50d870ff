import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotatedMention } from '../../lib/annotate/annotate-text';
import { markedSegments, type Segment } from '../../lib/annotate/marked-segments';
import { groupMentions, tallyKinds } from '../../lib/annotate/mention-groups';
import { expectLinear } from '../support/linear-time';

const show = (text: string, segments: Segment[]) =>
  segments.map((s) =>
    s.mention === undefined ? text.slice(s.start, s.end) : `[${text.slice(s.start, s.end)}]`,
  );

describe('markedSegments', () => {
  it.each([
    ['no mentions', 'abc', [], ['abc']],
    ['empty text', '', [], []],
    ['a mention in the middle', 'a碳足迹b', [[1, 4]], ['a', '[碳足迹]', 'b']],
    [
      'mentions at both ends',
      '碳足迹和工信部',
      [
        [0, 3],
        [4, 7],
      ],
      ['[碳足迹]', '和', '[工信部]'],
    ],
    [
      'adjacent mentions',
      'abcd',
      [
        [0, 2],
        [2, 4],
      ],
      ['[ab]', '[cd]'],
    ],
    [
      'an overlapping one, left plain',
      'abcdef',
      [
        [0, 3],
        [2, 5],
      ],
      ['[abc]', 'def'],
    ],
    [
      'one out of order, left plain',
      'abcdef',
      [
        [3, 5],
        [0, 2],
      ],
      ['abc', '[de]', 'f'],
    ],
    ['an empty one', 'abc', [[1, 1]], ['abc']],
    ['one past the end', 'abc', [[1, 9]], ['abc']],
    ['a negative one', 'abc', [[-1, 2]], ['abc']],
    ['a fractional one', 'abc', [[0.5, 2]], ['abc']],
    ['surrogate pairs kept whole', '𠀋碳足迹𠀋', [[2, 5]], ['𠀋', '[碳足迹]', '𠀋']],
  ] as const)('%s', (_, text, spans, expected) => {
    const mentions = spans.map(([start, end]) => ({ start, end }));
    expect(show(text, markedSegments(text, mentions))).toEqual(expected);
  });

  it('names the mention each marked run is', () => {
    const segments = markedSegments('xx碳yy', [
      { start: 9, end: 10 },
      { start: 2, end: 3 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 3, mention: 1 },
      { start: 3, end: 5 },
    ]);
  });

  const spans = fc.array(
    fc.record({ start: fc.integer({ min: -3, max: 60 }), end: fc.integer({ min: -3, max: 60 }) }),
    {
      maxLength: 30,
    },
  );

  it('covers the text exactly, in order, with no empty run, whatever the mentions', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50, unit: 'grapheme' }), spans, (text, mentions) => {
        const segments = markedSegments(text, mentions);
        expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
        let at = 0;
        for (const s of segments) {
          expect(s.start).toBe(at);
          expect(s.end).toBeGreaterThan(s.start);
          at = s.end;
        }
        // A marked run is exactly its mention, and mentions stay in the order given.
        const marked = segments.filter((s) => s.mention !== undefined);
        for (const s of marked) expect(mentions[s.mention!]).toEqual({ start: s.start, end: s.end });
        expect(marked.map((s) => s.mention)).toEqual(
          [...marked.map((s) => s.mention)].sort((a, b) => a! - b!),
        );
      }),
    );
  });

  it('marks every mention of a sorted, non-overlapping list (what the matcher answers)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), (gaps) => {
        const mentions: { start: number; end: number }[] = [];
        let at = 0;
        for (const [i, gap] of gaps.entries()) {
          const start = at + gap;
          mentions.push({ start, end: start + 1 + (i % 3) });
          at = start + 1 + (i % 3);
        }
        const text = 'x'.repeat(at + 2);
        expect(markedSegments(text, mentions).filter((s) => s.mention !== undefined)).toHaveLength(
          mentions.length,
        );
      }),
    );
  });

  it('stays linear in the text and its mentions', () => {
    expectLinear(
      (n) => {
        const text = '推进碳足迹标准。'.repeat(Math.ceil(n / 8));
        const mentions = Array.from({ length: Math.ceil(n / 8) }, (_, i) => ({
          start: i * 8 + 2,
          end: i * 8 + 5,
        }));
        return { text, mentions };
      },
      ({ text, mentions }) => markedSegments(text, mentions),
      400_000,
    );
  });
});

const mention = (
  kind: AnnotatedMention['kind'],
  id: string,
  text: string,
  extra: Partial<AnnotatedMention> = {},
): AnnotatedMention => ({ start: 0, end: text.length, text, kind, id, items: [9], ...extra });

describe('groupMentions', () => {
  it('lists each term once, in the order the text first names it, with its count and spellings', () => {
    const groups = groupMentions([
      mention('agency', 'miit', '工业和信息化部', { items: [1, 3] }),
      mention('topic', 'carbon-footprint', '碳足迹'),
      mention('agency', 'miit', '工信部', { items: [1, 3] }),
      mention('topic', 'carbon-footprint', '碳足跡'),
      mention('topic', 'carbon-footprint', '碳足迹'),
      mention('standard', 'GB/T 24001-2016', 'GB/T24001—2016', { items: [2] }),
    ]);
    expect(groups).toEqual([
      {
        key: 'agency:miit',
        kind: 'agency',
        id: 'miit',
        items: [1, 3],
        count: 2,
        surfaces: ['工业和信息化部', '工信部'],
        mention: 0,
      },
      {
        key: 'topic:carbon-footprint',
        kind: 'topic',
        id: 'carbon-footprint',
        items: [9],
        count: 3,
        surfaces: ['碳足迹', '碳足跡'],
        mention: 1,
      },
      {
        key: 'standard:GB/T 24001-2016',
        kind: 'standard',
        id: 'GB/T 24001-2016',
        items: [2],
        count: 1,
        surfaces: ['GB/T24001—2016'],
        mention: 5,
      },
    ]);
  });

  it('keeps an ambiguous surface apart from its first meaning', () => {
    const groups = groupMentions([
      mention('agency', 'a', 'X', { ids: ['a', 'b'] }),
      mention('agency', 'a', 'Y'),
    ]);
    expect(groups.map((g) => [g.key, g.count])).toEqual([
      ['agency:a+b', 1],
      ['agency:a', 1],
    ]);
  });

  it('asks for the card of a term written out in full, not of the short form before it', () => {
    const groups = groupMentions([
      mention('topic', 'carbon-peaking-neutrality', '双碳', { shortForm: true }),
      mention('topic', 'carbon-peaking-neutrality', '碳达峰碳中和'),
      mention('topic', 'carbon-peaking-neutrality', '双碳', { shortForm: true }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ count: 3, mention: 1, surfaces: ['双碳', '碳达峰碳中和'] });
    // Only ever the short form: its own card, which says what it stands for.
    expect(groupMentions([mention('topic', 't', '双碳', { shortForm: true })])[0]!.mention).toBe(0);
  });

  it('counts every mention once, in one group', () => {
    const kinds = ['topic', 'agency', 'standard'] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom(...kinds),
            id: fc.constantFrom('a', 'b', 'c'),
            text: fc.constantFrom('x', 'y'),
          }),
        ),
        (list) => {
          const mentions = list.map((m) => mention(m.kind, m.id, m.text));
          const groups = groupMentions(mentions);
          expect(groups.reduce((n, g) => n + g.count, 0)).toBe(mentions.length);
          expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
          const tally = tallyKinds(mentions);
          for (const kind of kinds) {
            expect(groups.filter((g) => g.kind === kind).reduce((n, g) => n + g.count, 0)).toBe(tally[kind]);
          }
        },
      ),
    );
  });
});
