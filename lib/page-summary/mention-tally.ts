/**
 * What a page says about the plan, counted the way the popup shows it (issue 10). A plan item is
 * counted from the page's **topic and standard** mentions only: an agency belongs to many items
 * (市场监管总局 to all 35), and counting each of its mentions for every one of them made any notice
 * that names SAMR look like a page about every item. Agencies are counted apart, by id.
 *
 * Each counted mention weighs one, shared equally among the items it concerns: a topic of one item
 * gives that item 1; a GB/T code — a kind of standard the plan names in 7 items — gives each of them
 * 1/7. So the weights of a page sum to its topic and standard mentions, and the most weighted items are
 * the ones the page is about, not the ones every generic code touches.
 *
 * Pure, and cheap per mention: a 5 MB page has ~200,000 mentions and this runs for each (typed arrays,
 * no allocation per mention). Counts can go down as well as up (the page annotator drops the mentions
 * of text that changed).
 */
import type { Mention, MentionKind } from '../match/types';

export interface TallySnapshot {
  mentions: number;
  byKind: Record<MentionKind, number>;
  /** Plan item → topic and standard mentions that concern it. */
  byItem: Record<number, number>;
  /** Plan item → its share of those mentions (see above), rounded to 1/1000. */
  itemWeight: Record<number, number>;
  /** Agency id → mentions. */
  byAgency: Record<string, number>;
}

export interface MentionTally {
  /** Counts a mention in (`1`) or out (`-1`). */
  add(m: Pick<Mention, 'kind' | 'id' | 'items'>, sign: 1 | -1): void;
  snapshot(): TallySnapshot;
}

/** Whether a mention's items say what the page is about (agencies are counted apart). */
export const countsForItems = (kind: MentionKind): boolean => kind !== 'agency';

export function createMentionTally(): MentionTally {
  let mentions = 0;
  const byKind: Record<MentionKind, number> = { topic: 0, agency: 0, standard: 0 };
  // Grown when a plan has more items than this.
  let counts = new Int32Array(64);
  let weights = new Float64Array(64);
  const agencies = new Map<string, number>();

  const grow = (item: number) => {
    const size = Math.max(item + 1, counts.length * 2);
    const c = new Int32Array(size);
    const w = new Float64Array(size);
    c.set(counts);
    w.set(weights);
    counts = c;
    weights = w;
  };

  return {
    add(m, sign) {
      mentions += sign;
      byKind[m.kind] += sign;
      if (!countsForItems(m.kind)) {
        const n = (agencies.get(m.id) ?? 0) + sign;
        if (n > 0) agencies.set(m.id, n);
        else agencies.delete(m.id);
        return;
      }
      const items = m.items;
      const share = items.length > 0 ? sign / items.length : 0;
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        if (item >= counts.length) grow(item);
        const n = (counts[item]! += sign);
        // Shares of 1/7 added and taken away do not return to 0 exactly in floating point.
        weights[item] = n > 0 ? weights[item]! + share : 0;
      }
    },
    snapshot() {
      const byItem: Record<number, number> = {};
      const itemWeight: Record<number, number> = {};
      counts.forEach((n, item) => {
        if (n <= 0) return;
        byItem[item] = n;
        itemWeight[item] = Math.round(weights[item]! * 1000) / 1000;
      });
      return {
        mentions,
        byKind: { ...byKind },
        byItem,
        itemWeight,
        byAgency: Object.fromEntries(agencies),
      };
    },
  };
}
