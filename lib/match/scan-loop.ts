/**
 * The scanner's inner loop, a plain function over the layout's double array (automaton-layout.ts):
 * leftmost-longest, non-overlapping, Latin terms on word boundaries, separator runs read as one.
 * Kept apart from the Automaton class so the hot path sees only locals and typed arrays; case-sensitive
 * groups go through `acceptCase`, which the common case never calls.
 */
import type { ScanLayout } from './automaton-layout';

/**
 * For a case-sensitive group `g` matched at text[start, end): the output to record — `g` when every
 * entry is accepted, a reference ≤ -2 to a filtered payload list (MatchList) for a subset — or -1 to
 * reject.
 */
export type AcceptCase = (g: number, text: string, start: number, end: number) => number;

export interface RawMatches {
  /** (start, end, output) triples. */
  data: Int32Array;
  /** Ints used in `data` (3 per match). */
  size: number;
}

export function scanLoop(
  layout: ScanLayout,
  hasCase: Uint8Array,
  acceptCase: AcceptCase,
  text: string,
  from: number,
  to: number,
): RawMatches {
  const { da, out, units, rootBase, separator } = layout;
  const n = text.length;
  const stop = Math.min(to, n);
  let i = Math.max(0, from);
  // At most one match per unit of the range: a short text or range (a page block; scan.ts rescanning a
  // few units after a guard drops a match) gets a buffer V8 allocates on its heap, ~50× cheaper than 3 KB.
  let data = new Int32Array(3 * Math.max(1, Math.min(256, stop - i)));
  let size = 0;
  // The previous unit's table value: after a word unit only bit 17 lets a term start (a Latin term
  // starts only at a word start: `6g` not inside `16gb`), so one bit test rejects both the units that
  // start no term and the letters inside a word — most units of any text.
  let prev = i > 0 && i <= n ? (units[text.charCodeAt(i - 1)] as number) : 0;
  outer: while (i < stop) {
    let v = units[text.charCodeAt(i)] as number;
    // Bit 16 after a unit that is no word unit, bit 17 after one that is (prev < 0).
    while ((v & (prev < 0 ? 0x20000 : 0x10000)) === 0) {
      prev = v;
      if (++i >= stop) break outer;
      v = units[text.charCodeAt(i)] as number;
    }
    let s = rootBase + 2 * (v & 0xffff);
    let bestEnd = -1;
    let best = -1;
    let j = i + 1;
    // `last`: the value of the unit before j (the last one the walk took); `next`: the one at j, read
    // once for both the word-end test and the next step (0 past the end: no word unit, no symbol).
    let last = v;
    let afterSeparator = false;
    for (;;) {
      let next = j < n ? (units[text.charCodeAt(j)] as number) : 0;
      const base = da[s] as number;
      // A key ends here (bit 0) …and only at a word end (`sac` not inside `sack`).
      if ((base & 1) !== 0 && (last >= 0 || next >= 0)) {
        const g = out[s >> 1] as number;
        const accepted = hasCase[g] === 0 ? g : acceptCase(g, text, i, j);
        if (accepted !== -1) {
          bestEnd = j;
          best = accepted;
        }
      }
      if (j >= n) break;
      let sym = next & 0xffff;
      // A run of separators reads as one: skip the rest of a run the trie already stepped into.
      if (afterSeparator && sym === separator) {
        while (sym === separator && ++j < n) {
          next = units[text.charCodeAt(j)] as number;
          sym = next & 0xffff;
        }
        if (j >= n) break;
      }
      // Symbol 0 (a unit no term has) never matches: no state has a child by it.
      const t = (base & -2) + 2 * sym;
      if (da[t + 1] !== s) break;
      afterSeparator = sym === separator;
      s = t;
      last = next;
      j++;
    }
    if (bestEnd < 0) {
      prev = v;
      i++;
      continue;
    }
    if (size + 3 > data.length) {
      const grown = new Int32Array(data.length * 2);
      grown.set(data);
      data = grown;
    }
    data[size] = i;
    data[size + 1] = bestEnd;
    data[size + 2] = best;
    size += 3;
    i = bestEnd;
    prev = units[text.charCodeAt(i - 1)] as number;
  }
  return { data, size };
}
