import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMeaningPool } from '../../lib/match/shared-meanings';
import type { Mention } from '../../lib/match/types';

/** What a message delivers: fresh objects, as JSON makes them. */
const delivered = (lists: Mention[][]): Mention[][] => JSON.parse(JSON.stringify(lists)) as Mention[][];

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
  [
    { start: 2, end: 5, kind: 'topic', id: 'carbon-footprint', items: [3, 7] },
    { start: 6, end: 8, kind: 'topic', id: '6g', ids: ['6g', 'mobile-communication'], items: [5] },
    { start: 9, end: 11, kind: 'topic', id: '6g', ids: ['6g', 'mobile-communication'], items: [5] },
    {
      start: 12,
      end: 27,
      kind: 'standard',
      id: 'GB/T 24001-2016',
      items: [2],
      designation: 'GB/T 24001-2016',
      family: 'gb-t',
    },
  ],
];

describe('createMeaningPool', () => {
  it('gives equal lists one array, within an answer and across answers, and changes no value', () => {
    const share = createMeaningPool();
    const first = share(delivered(ANSWER));
    const second = share(delivered(ANSWER));
    expect(first).toEqual(ANSWER);
    expect(second).toEqual(ANSWER);
    const [a, b] = first as [Mention[], Mention[]];
    expect(b[0]!.items).toBe(a[0]!.items); // carbon-footprint twice in one answer
    expect(b[2]!.ids).toBe(b[1]!.ids);
    expect(second[1]![3]!.items).toBe(b[3]!.items);
    expect(second[0]![1]!.leadItems).toBe(a[1]!.leadItems);
    expect(second[0]![1]!.partnerItems).toBe(a[1]!.partnerItems);
    // Equal values only: [2] (a standard's items) is not the agency's [2, 3].
    expect(b[3]!.items).not.toBe(a[1]!.partnerItems);
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
    },
    { requiredKeys: ['start', 'end', 'kind', 'id', 'items'] },
  ) as fc.Arbitrary<Mention>;

  it('keeps every answer equal to what was sent, and shares exactly the equal lists', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.array(mention, { maxLength: 30 }), { maxLength: 4 })), (answers) => {
        const share = createMeaningPool();
        const pooled = answers.map((answer) => share(delivered(answer)));
        expect(pooled).toEqual(answers);
        const lists = pooled.flat(2).flatMap((m) => [m.items, m.leadItems, m.partnerItems, m.ids]);
        const seen = new Map<string, unknown>();
        for (const list of lists) {
          if (list === undefined) continue;
          const key = JSON.stringify(list);
          if (!seen.has(key)) seen.set(key, list);
          // Number lists and id lists never print alike, so one key is one kind of list.
          expect(list).toBe(seen.get(key));
        }
      }),
    );
  });

  it('shares one list per meaning over a page-sized answer', () => {
    // 50,000 mentions over 200 meanings (a pool quadratic in the mentions would run into the timeout).
    const many: Mention[] = Array.from({ length: 50_000 }, (_, k) => ({
      start: k,
      end: k + 1,
      kind: 'topic',
      id: `t${k % 200}`,
      items: [k % 200, 300],
    }));
    const pooled = createMeaningPool()(delivered([many]))[0]!;
    expect(new Set(pooled.map((m) => m.items)).size).toBe(200);
  });
});
