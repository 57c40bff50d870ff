/**
 * Mention lists as the background's scan answers carry them (`scanWindow`, `scanTexts`; issue 15):
 * each distinct meaning once, and per text only offsets and an index into those meanings.
 *
 * A list of whole mentions repeated every mention's id and item arrays — 85 bytes a mention on the
 * wire, and in the page a fresh id string and fresh arrays for each of them, where a local scan's
 * mentions of one entry share one meaning (lib/match/scan.ts): on the 300 KB policy page ~5,800
 * strings and ~9,000 arrays of the top frame's heap, copied again by each scavenge while young.
 * Unpacked, the mentions of a meaning share its values, as a local scan's do (read-only, like those),
 * and a pool (createMeaningPool) shares them across the answers of one page.
 */
import type { Mention } from '../match/types';

/** A mention without its offsets: what it means. */
export type MentionMeaning = Omit<Mention, 'start' | 'end'>;

export interface PackedMentions {
  /** The distinct meanings of the answer's mentions. */
  meanings: MentionMeaning[];
  /** Per text, its mentions as [start, end, meaning index] triples, flat. */
  spans: number[][];
}

export function packMentions(lists: readonly (readonly Mention[])[]): PackedMentions {
  const meanings: MentionMeaning[] = [];
  const indexOf = new Map<string, number>();
  const spans = lists.map((list) => {
    const flat = new Array<number>(3 * list.length);
    list.forEach((mention, k) => {
      const { start, end, ...meaning } = mention;
      const key = JSON.stringify(meaning);
      let index = indexOf.get(key);
      if (index === undefined) {
        index = meanings.push(meaning) - 1;
        indexOf.set(key, index);
      }
      flat[3 * k] = start;
      flat[3 * k + 1] = end;
      flat[3 * k + 2] = index;
    });
    return flat;
  });
  return { meanings, spans };
}

/**
 * The mentions again, one list per text; a mention whose meaning is missing is left out. With a pool,
 * the meanings' values are those of equal meanings unpacked before.
 */
export function unpackMentions(packed: PackedMentions, pool?: MeaningPool): Mention[][] {
  const meanings = pool ? packed.meanings.map(pool) : packed.meanings;
  return packed.spans.map((flat) => {
    const list: Mention[] = [];
    for (let k = 0; k + 2 < flat.length; k += 3) {
      const meaning = meanings[flat[k + 2]!];
      if (meaning) list.push(withOffsets(meaning, flat[k]!, flat[k + 1]!));
    }
    return list;
  });
}

/**
 * One literal with the offsets first, as lib/match/scan.ts meaningMention builds a local scan's
 * mentions (a spread measured several times slower there), so both kinds share one object shape. A
 * new Mention field must be copied here: tests/unit/packed-mentions.test.ts round-trips a
 * `Required<Mention>`, which fails to compile without the field and then fails until it is copied.
 */
function withOffsets(x: MentionMeaning, start: number, end: number): Mention {
  const m: Mention = { start, end, kind: x.kind, id: x.id, items: x.items };
  if (x.ids !== undefined) m.ids = x.ids;
  if (x.leadItems !== undefined) m.leadItems = x.leadItems;
  if (x.partnerItems !== undefined) m.partnerItems = x.partnerItems;
  if (x.designation !== undefined) m.designation = x.designation;
  if (x.family !== undefined) m.family = x.family;
  if (x.shortForm !== undefined) m.shortForm = x.shortForm;
  return m;
}

/** Gives a meaning's strings and lists the values of equal ones seen before (in place). */
export type MeaningPool = (meaning: MentionMeaning) => MentionMeaning;

export function createMeaningPool(): MeaningPool {
  const strings = new Map<string, string>();
  const numberLists = new Map<string, number[]>();
  const stringLists = new Map<string, string[]>();
  const text = <T extends string>(s: T): T => {
    const known = strings.get(s);
    if (known !== undefined) return known as T;
    strings.set(s, s);
    return s;
  };
  const numbers = (xs: number[]): number[] => {
    const key = xs.join();
    const known = numberLists.get(key);
    if (known) return known;
    numberLists.set(key, xs);
    return xs;
  };
  const ids = (xs: string[]): string[] => {
    const key = JSON.stringify(xs);
    const known = stringLists.get(key);
    if (known) return known;
    const shared = xs.map(text);
    stringLists.set(key, shared);
    return shared;
  };
  return (m) => {
    m.kind = text(m.kind);
    m.id = text(m.id);
    m.items = numbers(m.items);
    if (m.ids) m.ids = ids(m.ids);
    if (m.leadItems) m.leadItems = numbers(m.leadItems);
    if (m.partnerItems) m.partnerItems = numbers(m.partnerItems);
    if (m.designation !== undefined) m.designation = text(m.designation);
    if (m.family !== undefined) m.family = text(m.family);
    return m;
  };
}
