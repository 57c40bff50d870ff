/**
 * The scanner's inner loop, a plain function over the layout's double array (automaton-layout.ts):
 * leftmost-longest, non-overlapping, Latin terms on word boundaries, separator runs read as one.
 * Kept apart from the Automaton class so the hot path sees only locals and typed arrays; case-sensitive
 * groups go through `acceptCase`, which the common case never calls.
 *
 * A chunk of text at a time, in three passes: list the units where a key may start and keep each
 * unit's table value, keep the starts whose first four units begin some key (the layout's prefix
 * filter), then walk the trie from those. The first two passes have no data-dependent branch: the
 * branch "may a key start here", taken for a third of the units in no learnable order, was most of
 * the cost of a loop that walked as it went (README, "What the numbers taught").
 */
import { PREFIX_MULTIPLIERS, type ScanLayout } from './automaton-layout';

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

/** Units whose possible starts are listed before any of them is walked (the tests cross its edges). */
export const SCAN_CHUNK = 2048;
const CHUNK = SCAN_CHUNK;
/** Units read past a chunk's end (at least the prefix filter's 3); longer walks read the text. */
const LOOKAHEAD = 32;
/**
 * A chunk's possible starts, its units' table values (with LOOKAHEAD past its end), and the matches
 * of a short range (see SHORT_RANGE): module constants, not the fields of a scratch object a scan
 * takes. V8's optimizing compiler can treat a typed array held in a module constant as a known object
 * (its storage and length fixed in the compiled loop); taken from an object, the same loops ran the
 * whole scan ×1.18–1.21 slower (paired in one process; README, "What the numbers taught"). So there
 * is one set, and a scan must not start inside another (`acceptCase` never scans): `scanning` makes
 * that an error rather than a silently wrong answer.
 */
const STARTS = new Int32Array(CHUNK);
const VALUES = new Int32Array(CHUNK + LOOKAHEAD);
const FOUND = new Int32Array(3 * CHUNK);
/**
 * A range up to this long (a page block, a rescan after a guard) collects its matches in FOUND and
 * returns an exact copy: most hold a few matches, a copy V8 keeps on its heap, where a buffer with
 * room for one match per unit of a 100-unit block is 1.2 KB outside it — allocated and finalized once
 * per block, it was ~40 % of the scan's time on a 5 MB page's 50,000 blocks.
 */
const SHORT_RANGE = CHUNK;
let scanning = false;

/**
 * The matches that start in text[from, to), as (start, end, output) triples (scanRange). One at a
 * time: throws when called from inside another scan's `acceptCase`.
 */
export function scanLoop(...args: Parameters<typeof scanRange>): RawMatches {
  if (scanning) throw new Error('scanLoop: a scan started inside another (acceptCase must not scan)');
  scanning = true;
  try {
    return scanRange(...args);
  } finally {
    scanning = false;
  }
}

function scanRange(
  layout: ScanLayout,
  hasCase: Uint8Array,
  acceptCase: AcceptCase,
  text: string,
  from: number,
  to: number,
): RawMatches {
  const { da, out, units, rootBase, separator, prefixes, prefixShift: shift } = layout;
  const [k2, k3, k4] = PREFIX_MULTIPLIERS;
  const n = text.length;
  const stop = Math.min(to, n);
  let i = Math.max(0, from);
  const starts = STARTS;
  const values = VALUES;
  // At most one match per unit of the range: a short one fits FOUND (SHORT_RANGE). A long one
  // starts with room for a match per 16 units (term-dense text has one per ~25), so it seldom grows
  // (each growth copies it; at most 0.75 bytes a unit of range while the list is held).
  const short = stop - i <= SHORT_RANGE;
  let data = short ? FOUND : new Int32Array(3 * Math.max(1, 256 + ((stop - i) >> 4)));
  let size = 0;
  // The previous unit's table value: after a word unit only bit 17 lets a term start (a Latin term
  // starts only at a word start: `6g` not inside `16gb`), so one bit, chosen by the previous unit,
  // rejects both the units that start no term and the letters inside a word — most units of any text.
  let prev = i > 0 && i <= n ? (units[text.charCodeAt(i - 1)] as number) : 0;
  // Where the next match may start: the end of the last one.
  let free = i;
  while (i < stop) {
    // First the possible starts of a chunk, listed without a branch: about a third of the units pass
    // the table bit chosen by the previous unit, in no order a branch predictor learns, and listing
    // every position while counting only those that pass is cheaper than a mispredicted branch.
    const chunkStart = i;
    const chunkEnd = Math.min(stop, i + CHUNK);
    let count = 0;
    for (; i < chunkEnd; i++) {
      const v = units[text.charCodeAt(i)] as number;
      values[i - chunkStart] = v;
      starts[count] = i;
      count += (v >>> (16 | (prev >>> 31))) & 1;
      prev = v;
    }
    // And some units past the chunk, for the filter below and the walks (0 past the text: no symbol,
    // no flag, as the walk reads it); past the text's end, only the three the filter reads.
    const filled = Math.min(chunkEnd + LOOKAHEAD, n + 3);
    for (let p = chunkEnd; p < filled; p++) {
      values[p - chunkStart] = p < n ? (units[text.charCodeAt(p)] as number) : 0;
    }
    // Then, still without a branch, only those whose next units begin some key by the prefix filter
    // (under a third of them): most walks would end within a step or two, each on a mispredicted branch.
    let kept = 0;
    for (let c = 0; c < count; c++) {
      const start = starts[c] as number;
      const o = start - chunkStart;
      const v0 = values[o] as number;
      const v1 = values[o + 1] as number;
      const v2 = values[o + 2] as number;
      const v3 = values[o + 3] as number;
      // The hashes of the first two, three and four symbols (automaton-layout.ts, prefixFilter).
      const h2 = Math.imul((v0 & 0xffff) ^ (v1 << 16), k2);
      const h3 = Math.imul(h2 ^ (v2 & 0xffff), k3);
      const h4 = Math.imul(h3 ^ (v3 & 0xffff), k4);
      const b2 = h2 >>> shift;
      const b3 = h3 >>> shift;
      const b4 = h4 >>> shift;
      const pass =
        ((prefixes[b2 >>> 5] as number) >>> (b2 & 31)) |
        ((prefixes[b3 >>> 5] as number) >>> (b3 & 31)) |
        ((prefixes[b4 >>> 5] as number) >>> (b4 & 31)) |
        // A key of one unit, or one starting with a separator (bit 18); or a separator run within the
        // four (bit 19), which the walk reads as one and the hash does not.
        (v0 >>> 18) |
        ((v2 & (v1 | v3)) >>> 19);
      starts[kept] = start;
      kept += pass & 1;
    }
    count = kept;
    for (let c = 0; c < count; c++) {
      const start = starts[c] as number;
      if (start < free) continue;
      const v = values[start - chunkStart] as number;
      let s = rootBase + 2 * (v & 0xffff);
      let bestEnd = -1;
      let best = -1;
      let j = start + 1;
      // `last`: the value of the unit before j (the last one the walk took); `next`: the one at j,
      // read once for both the word-end test and the next step (0 past the end: no word unit, no symbol).
      let last = v;
      let afterSeparator = false;
      for (;;) {
        // Most walks end within the units already read.
        let next =
          j < filled ? (values[j - chunkStart] as number) : j < n ? (units[text.charCodeAt(j)] as number) : 0;
        const base = da[s] as number;
        // A key ends here (bit 0) …and only at a word end (`sac` not inside `sack`).
        if ((base & 1) !== 0 && (last >= 0 || next >= 0)) {
          const g = out[s >> 1] as number;
          const accepted = hasCase[g] === 0 ? g : acceptCase(g, text, start, j);
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
      if (bestEnd < 0) continue;
      if (size + 3 > data.length) {
        const grown = new Int32Array(data.length * 2);
        grown.set(data);
        data = grown;
      }
      data[size] = start;
      data[size + 1] = bestEnd;
      data[size + 2] = best;
      size += 3;
      free = bestEnd;
    }
  }
  return { data: short ? data.slice(0, size) : data, size };
}
