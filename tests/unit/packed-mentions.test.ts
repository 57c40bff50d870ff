import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createMeaningPool,
  packMentions,
  unpackMentions,
  type PackedMentions,
} from '../../lib/messages/packed-mentions';
import type { Mention } from '../../lib/match/types';

/** What a message delivers: fresh objects, as JSON makes them. */
const sent = (packed: PackedMentions): PackedMentions => JSON.parse(JSON.stringify(packed)) as PackedMentions;

// Every field a mention can have: a field added to Mention fails to compile here until it is added,
// and then the round trip below fails until unpacking carries it.
const EVERY_FIELD: Required<Mention> = {
  start: 12,
  end: 27,
  kind: 'standard',
  id: 'GB/T 24001-2016',
  ids: ['GB/T 24001-2016', 'GB/T 24001'],
  items: [2],
  leadItems: [2],
  partnerItems: [],
  designation: 'GB/T 24001-2016',
  family: 'gb-t',
  shortForm: true,
};

const ANSWER: Mention[][] = [
  [
    { start: 0, end: 3, kind: 'topic', id: 'carbon-footprint', items: [3, 7] },
    {
      start: 5,
      end: 10,
      kind: 'agency',
      id: 'miit',
      items: [1, 2, 3],
      leadItems: [1],
      partnerItems: [2, 3],
    },
  ],
  [],
  [
    { start: 2, end: 5, kind: 'topic', id: 'carbon-footprint', items: [3, 7] },
    { start: 6, end: 8, kind: 'topic', id: '6g', ids: ['6g', 'mobile-communication'], items: [5] },
    EVERY_FIELD,
  ],
];

describe('packMentions / unpackMentions', () => {
  it('gives back the same mentions, each meaning sent once', () => {
    const packed = sent(packMentions(ANSWER));
    expect(packed.meanings).toHaveLength(4);
    expect(packed.spans.map((s) => s.length)).toEqual([6, 0, 9]);
    expect(unpackMentions(packed)).toEqual(ANSWER);
    expect(unpackMentions(packed, createMeaningPool())).toEqual(ANSWER);
  });

  it('lets the mentions of one meaning share its values, and a pool share them across answers', () => {
    const [a, , b] = unpackMentions(sent(packMentions(ANSWER))) as [Mention[], Mention[], Mention[]];
    expect(b[0]!.items).toBe(a[0]!.items);
    const pool = createMeaningPool();
    const first = unpackMentions(sent(packMentions(ANSWER)), pool);
    const second = unpackMentions(sent(packMentions([ANSWER[0]!])), pool);
    expect(second[0]![0]!.items).toBe(first[0]![0]!.items);
    expect(second[0]![1]!.leadItems).toBe(first[0]![1]!.leadItems);
    expect(second[0]![1]!.partnerItems).toBe(first[0]![1]!.partnerItems);
    // Equal values only: the standard's [2] is not the agency's [2, 3].
    expect(first[2]![2]!.items).not.toBe(first[0]![1]!.partnerItems);
  });

  it('carries a page of mentions in a fraction of the bytes', () => {
    const page: Mention[][] = Array.from({ length: 100 }, (_, b) =>
      Array.from({ length: 50 }, (_, k) => ({
        start: 10 * k,
        end: 10 * k + 4,
        kind: 'agency' as const,
        id: `agency-${(b + k) % 40}`,
        items: [1, 2, 3, 4, 5, 6],
        leadItems: [1, 2, 3],
        partnerItems: [4, 5, 6],
      })),
    );
    const plain = JSON.stringify(page).length;
    expect(JSON.stringify(packMentions(page)).length).toBeLessThan(plain / 4);
  });

  it('leaves out a mention whose meaning is not in the answer', () => {
    const packed: PackedMentions = {
      meanings: [{ kind: 'topic', id: 't', items: [] }],
      spans: [[0, 1, 0, 2, 3, 5]],
    };
    expect(unpackMentions(packed)).toEqual([[{ start: 0, end: 1, kind: 'topic', id: 't', items: [] }]]);
  });

  const mention = fc.record(
    {
      start: fc.nat(1000),
      end: fc.nat(1000),
      kind: fc.constantFrom('topic', 'agency', 'standard'),
      id: fc.constantFrom('a', 'b', 'a,b', 'GB 1-2020'),
      ids: fc.array(fc.constantFrom('a', 'b', 'a,b', 'a\nb'), { minLength: 2, maxLength: 3 }),
      items: fc.array(fc.nat(40), { maxLength: 4 }),
      leadItems: fc.array(fc.nat(40), { maxLength: 3 }),
      partnerItems: fc.array(fc.nat(40), { maxLength: 3 }),
      designation: fc.constantFrom('GB 1-2020', 'ISO 9001'),
      family: fc.constantFrom('gb', 'iso'),
      shortForm: fc.constant(true as const),
    },
    { requiredKeys: ['start', 'end', 'kind', 'id', 'items'] },
  ) as fc.Arbitrary<Mention>;

  it('keeps every answer equal to what was scanned, and shares exactly the equal lists', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.array(mention, { maxLength: 30 }), { maxLength: 4 })), (answers) => {
        const pool = createMeaningPool();
        const unpacked = answers.map((answer) => unpackMentions(sent(packMentions(answer)), pool));
        expect(unpacked).toEqual(answers);
        const seen = new Map<string, unknown>();
        for (const m of unpacked.flat(2)) {
          for (const list of [m.items, m.leadItems, m.partnerItems, m.ids]) {
            if (list === undefined) continue;
            const key = JSON.stringify(list); // number lists and id lists never print alike
            if (!seen.has(key)) seen.set(key, list);
            expect(list).toBe(seen.get(key));
          }
        }
      }),
    );
  });
});
