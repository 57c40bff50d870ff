/**
 * Mentions that arrive in a message share their meanings again (issue 15). The local scanner gives
 * every mention of one entry the same id string and item arrays (scan.ts, one cached meaning per
 * entry); the background's answers arrive as fresh copies — each of a page's 39 mentions of
 * `mandatory-national-standard` brought its own id string and its own `items`. On the 300 KB policy
 * page that was ~5,800 strings and ~9,000 arrays of the top frame's ~1.9 MB heap, every one of them
 * copied again by each scavenge while it was young (README, "What the numbers taught").
 *
 * Like the scanner's, the shared values are read-only: nothing that reads a mention changes it.
 */
import type { Mention } from './types';

/** Replaces, in place, each mention's strings and lists by equal ones it has seen before. */
export type MeaningPool = (lists: Mention[][]) => Mention[][];

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
  return (lists) => {
    for (const list of lists) {
      for (const m of list) {
        m.kind = text(m.kind);
        m.id = text(m.id);
        m.items = numbers(m.items);
        if (m.ids) m.ids = ids(m.ids);
        if (m.leadItems) m.leadItems = numbers(m.leadItems);
        if (m.partnerItems) m.partnerItems = numbers(m.partnerItems);
        if (m.designation !== undefined) m.designation = text(m.designation);
        if (m.family !== undefined) m.family = text(m.family);
      }
    }
    return lists;
  };
}
