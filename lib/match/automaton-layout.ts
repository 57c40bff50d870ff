/**
 * The scanner's arrays, derived from AutomatonData when an automaton is first scanned with. The double
 * array — the costly part, ~30 ms in a cold content script — is placed once in the background and sent
 * along (`serialize({ withLayout: true })`); the content script derives only the unit table and repacks
 * the double array for the scanner (one pass over its slots, well under a millisecond). Chosen by
 * measuring the benchmark corpus (bench/matcher.ts, CPU time):
 *
 * - a double array (`base`/`check`): a transition is `t = base[s] + symbol; check[t] === s`, one
 *   compare and one unpredictable branch per step — ~1.3× faster than sorted child lists searched
 *   linearly or by bisection, whose variable trip counts the branch predictor cannot learn; base and
 *   check interleaved in one array, so a step touches one cache line (another ~5 %), with a bit of the
 *   base saying a key ends there (the group itself, in `out`, is read only then) — 8 bytes a slot
 *   rather than 12 measured ~9 % faster, paired (the placed array sent to content scripts keeps 12);
 * - one 64K `Int32Array` answering everything about a text unit in one read: its symbol (fold composed
 *   in, every quote mark as `"`: quotes.ts), whether a term starts with it, whether it is a word unit.
 *
 * States are placed in preorder, so a term's states mostly sit in consecutive slots; the root's base is
 * 1, so the first states of all terms share one small, cache-resident block.
 */
import { wordTable } from '../text/char-class';
import { foldTable } from '../text/fold';
import type { AutomatonData } from './automaton-data';
import { CANONICAL_QUOTE, QUOTE_UNITS } from './quotes';
import { SEPARATOR_UNITS } from './separators';

export interface ScanLayout {
  /**
   * The double array as the scanner reads it, 2 ints per slot, every slot index already multiplied by
   * 2: [base | terminal, check]. `base`: where the children start (the child by symbol x is at
   * base + 2x; 0 for leaves), bit 0 set when a key ends here; `check`: the parent's index (-1 free,
   * -2 the root). Two ints rather than the placed array's three: the walk's reads are cache misses
   * (the trie is ~0.7 MB placed), and 8 bytes a slot instead of 12 is fewer of them.
   */
  da: Int32Array;
  /** Per slot (index = da index / 2): the group of the key ending there, or -1. */
  out: Int32Array;
  /**
   * Raw UTF-16 unit → `symbol | startsTerm << 16 | startsTermAfterWord << 17 | walkAlways << 18 |
   * isSeparator << 19 | isWord << 31`. A Latin term starts only at a word start, so after a word unit
   * only bit 17 (starts a term and is no word unit itself) says a term may start here: the scan tests
   * one bit chosen by the previous unit. Bit 18: a key of this unit alone, or a separator, may start
   * here whatever follows, which the prefix filter cannot see.
   */
  units: Int32Array;
  /** The root's base (×2): the state for a term's first symbol x is `rootBase + 2x`. */
  rootBase: number;
  /** Symbol that whitespace and dashes read as (a key's space), or 0 when no key has one. */
  separator: number;
  /**
   * A Bloom-like filter of how keys begin (hashed by `PREFIX_MULTIPLIERS`): a bit per hash of every
   * key's first four symbols, and of every whole key of two or three. A start whose next units hash to
   * no set bit begins no key, so the scanner need not walk from it (false positives only cost a walk).
   */
  prefixes: Int32Array;
  /** 32 − log2(bits of `prefixes`): a hash's top bits pick its bit. */
  prefixShift: number;
}

/**
 * The prefix filter's hashes of symbols a, b, c, d, one multiply each: h2 = imul(a ^ b << 16, m[0]),
 * h3 = imul(h2 ^ c, m[1]), h4 = imul(h3 ^ d, m[2]); a hash's top bits pick its bit. The layout
 * (prefixFilter) and the scanner (scan-loop.ts, inlined) must compute them alike.
 */
export const PREFIX_MULTIPLIERS = [0x9e3779b1 | 0, 0x85ebca6b | 0, 0xc2b2ae35 | 0] as const;

/** Children of every state of a preorder tree given by child counts, as ranges of `list`. */
function childLists(childCount: Uint16Array): { start: Int32Array; list: Int32Array } {
  const n = childCount.length;
  const start = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) start[s + 1] = (start[s] as number) + (childCount[s] as number);
  const list = new Int32Array(Math.max(0, n - 1));
  const filled = new Int32Array(n);
  const stack: number[] = [];
  const left: number[] = [];
  for (let s = 0; s < n; s++) {
    const top = stack.length - 1;
    if (top >= 0) {
      const parent = stack[top] as number;
      list[(start[parent] as number) + (filled[parent] as number)] = s;
      filled[parent] = (filled[parent] as number) + 1;
      const remaining = (left[top] as number) - 1;
      if (remaining === 0) {
        stack.pop();
        left.pop();
      } else left[top] = remaining;
    }
    if ((childCount[s] as number) > 0) {
      stack.push(s);
      left.push(childCount[s] as number);
    }
  }
  return { start, list };
}

/**
 * A growable double array with a "next free slot" forest (union–find with path halving), so placing a
 * state never walks through long runs of used slots.
 */
class SlotArrays {
  base = new Int32Array(0);
  check = new Int32Array(0);
  out = new Int32Array(0);
  private nextFree = new Int32Array(1);

  constructor(size: number) {
    this.ensure(size);
  }

  ensure(size: number): void {
    const old = this.check.length;
    if (size <= old) return;
    let cap = Math.max(16, old);
    while (cap < size) cap *= 2;
    const check = new Int32Array(cap).fill(-1);
    check.set(this.check);
    const out = new Int32Array(cap).fill(-1);
    out.set(this.out);
    const base = new Int32Array(cap);
    base.set(this.base);
    const nextFree = new Int32Array(cap + 1);
    nextFree.set(this.nextFree.subarray(0, old));
    for (let i = old; i <= cap; i++) nextFree[i] = i;
    this.base = base;
    this.check = check;
    this.out = out;
    this.nextFree = nextFree;
  }

  /** The first free slot at or after `i`. */
  free(i: number): number {
    this.ensure(i + 1);
    const up = this.nextFree;
    let x = i;
    while ((up[x] as number) !== x) {
      const next = up[up[x] as number] as number;
      up[x] = next;
      x = next;
    }
    if (x >= this.check.length) return this.free(x);
    return x;
  }

  isFree(i: number): boolean {
    this.ensure(i + 1);
    return this.check[i] === -1;
  }

  use(i: number, parent: number): void {
    this.check[i] = parent;
    this.nextFree[i] = i + 1;
  }
}

/** Places the trie into a double array, children of each state together, states in preorder. */
function placeStates(data: AutomatonData): SlotArrays {
  const { childCount, symbols } = data;
  const n = childCount.length;
  const alphabetSize = data.alphabet.length + 1;
  const { start, list } = childLists(childCount);
  const slots = new SlotArrays(Math.ceil(n * 1.1) + 2 * alphabetSize);
  const slotOf = new Int32Array(n);
  slots.use(0, -2);
  // One-child states (most of them) take the next free slot past the alphabet, in preorder, so a
  // term's states line up; wider ones search from `wide`, which fills the holes behind.
  let single = alphabetSize;
  let wide = 1;
  for (let x = 0; x < n; x++) {
    const lo = start[x] as number;
    const hi = start[x + 1] as number;
    if (lo === hi) continue;
    const first = symbols[list[lo] as number] as number;
    let b: number;
    if (hi - lo === 1) {
      single = slots.free(single);
      b = single - first;
    } else {
      let f = slots.free(Math.max(wide, first + 1));
      for (;;) {
        let fits = true;
        for (let k = lo + 1; k < hi && fits; k++)
          fits = slots.isFree(f - first + (symbols[list[k] as number] as number));
        if (fits) break;
        f = slots.free(f + 1);
      }
      b = f - first;
    }
    const p = slotOf[x] as number;
    slots.base[p] = b;
    for (let k = lo; k < hi; k++) {
      const child = list[k] as number;
      const t = b + (symbols[child] as number);
      slots.use(t, p);
      slotOf[child] = t;
    }
    wide = slots.free(wide);
  }
  for (let i = 0; i + 1 < data.terminals.length; i += 2) {
    slots.out[slotOf[data.terminals[i] as number] as number] = data.terminals[i + 1] as number;
  }
  return slots;
}

/**
 * The double array alone: the costly part of the layout (~30 ms cold), which the background sends —
 * 3 ints per slot, [base, check, output], slot indices ×3 (the serialized form; `layoutFrom` packs it
 * into the scanner's 2 ints per slot).
 */
export interface PlacedStates {
  da: Int32Array;
  /** The root's base (×3). */
  rootBase: number;
}

export function placeDoubleArray(data: AutomatonData): PlacedStates {
  const slots = placeStates(data);
  // Every lookup base + symbol must stay inside the arrays, leaves (base 0) included.
  let maxBase = 0;
  for (let s = 0; s < slots.base.length; s++)
    if ((slots.base[s] as number) > maxBase) maxBase = slots.base[s] as number;
  const size = maxBase + data.alphabet.length + 2;
  slots.ensure(size);
  const da = new Int32Array(3 * size);
  for (let x = 0; x < size; x++) {
    const parent = slots.check[x] as number;
    da[3 * x] = 3 * (slots.base[x] as number);
    da[3 * x + 1] = parent >= 0 ? 3 * parent : parent;
    da[3 * x + 2] = slots.out[x] as number;
  }
  return { da, rootBase: 3 * (slots.base[0] as number) };
}

/**
 * Whether a double array sent from elsewhere fits `data` well enough to scan with: every first step
 * (root base + symbol) inside it. A corrupt array then only finds fewer terms; it cannot read past
 * the end, since every later step is checked against the state it came from.
 */
export function fitsData(placed: PlacedStates, data: AutomatonData): boolean {
  const { da, rootBase } = placed;
  return (
    Number.isInteger(rootBase) &&
    rootBase >= 0 &&
    rootBase % 3 === 0 &&
    da.length % 3 === 0 &&
    rootBase + 3 * (data.alphabet.length + 2) <= da.length
  );
}

/**
 * The prefix filter (ScanLayout.prefixes) from the trie in preorder: a bit per key's first four
 * symbols, and per key of two or three symbols (a key of one is the unit table's bit 18).
 */
function prefixFilter(data: AutomatonData): { prefixes: Int32Array; prefixShift: number } {
  const { childCount, symbols, terminals } = data;
  const [k2, k3, k4] = PREFIX_MULTIPLIERS;
  const n = childCount.length;
  const ends = new Uint8Array(n);
  for (let i = 0; i + 1 < terminals.length; i += 2) ends[terminals[i] as number] = 1;
  const hashes: number[] = [];
  // The path from the root: children left to visit and the hash so far, per depth.
  const left: number[] = [n > 0 ? (childCount[0] as number) : 0];
  const hash: number[] = [0];
  for (let x = 1; x < n; x++) {
    while (left.length > 1 && left[left.length - 1] === 0) {
      left.pop();
      hash.pop();
    }
    left[left.length - 1] = (left[left.length - 1] as number) - 1;
    const depth = left.length;
    const sym = symbols[x] as number;
    const up = hash[depth - 1] as number;
    let h = 0;
    if (depth === 1) h = sym;
    else if (depth === 2) h = Math.imul(up ^ (sym << 16), k2);
    else if (depth === 3) h = Math.imul(up ^ sym, k3);
    else if (depth === 4) h = Math.imul(up ^ sym, k4);
    if (depth === 4 || ((depth === 2 || depth === 3) && ends[x] === 1)) hashes.push(h);
    left.push(childCount[x] as number);
    hash.push(h);
  }
  // ~32 bits per entry: few false positives, and 8 KB for this dictionary's ~1,600 (L1-resident).
  let log = 10;
  while (log < 20 && 1 << log < 32 * hashes.length) log++;
  const prefixShift = 32 - log;
  const prefixes = new Int32Array(1 << (log - 5));
  for (const h of hashes) {
    const bit = h >>> prefixShift;
    prefixes[bit >>> 5] = (prefixes[bit >>> 5] as number) | (1 << (bit & 31));
  }
  return { prefixes, prefixShift };
}

/** Completes the layout with the unit table (a 64K loop, a few ms), from a placed double array. */
export function layoutFrom(placed: PlacedStates, data: AutomatonData): ScanLayout {
  const { alphabet } = data;
  const { da: placedDa, rootBase: placedRoot } = placed;
  const slots = Math.floor(placedDa.length / 3);
  const da = new Int32Array(2 * slots);
  const out = new Int32Array(slots);
  for (let x = 0; x < slots; x++) {
    const base = placedDa[3 * x] as number;
    const check = placedDa[3 * x + 1] as number;
    const group = placedDa[3 * x + 2] as number;
    // ×3 → ×2; a corrupt base or check stays a number that only makes steps fail (every step is checked).
    da[2 * x] = (2 * Math.trunc(base / 3)) | (group >= 0 ? 1 : 0);
    da[2 * x + 1] = check >= 0 ? 2 * Math.trunc(check / 3) : check;
    out[x] = group;
  }
  const rootBase = 2 * (placedRoot / 3);
  const fold = foldTable();
  const word = wordTable();
  // The symbol of each folded unit: its own (the alphabet's index + 1); every quote mark the keys'
  // `"` (quotes.ts); whitespace and dashes the keys' space, which a walk reads a run of as one.
  const symbolOfFolded = new Uint16Array(0x10000);
  for (let k = 0; k < alphabet.length; k++) symbolOfFolded[alphabet.charCodeAt(k)] = k + 1;
  const separator = symbolOfFolded[0x20] as number;
  const quote = symbolOfFolded[CANONICAL_QUOTE] as number;
  for (const q of QUOTE_UNITS) symbolOfFolded[q] = quote;
  for (const f of SEPARATOR_UNITS) symbolOfFolded[f] = separator;
  // What a unit's table value says, by its symbol (most units have none: 0) — bit 17 as if the unit
  // were no word unit, cleared below for word units. One lookup per unit and no call: the table is
  // built on the first scan of every extension context, in code that has not been optimized yet.
  const bySymbol = new Int32Array(alphabet.length + 1);
  for (let sym = 1; sym <= alphabet.length; sym++) {
    // A term starts with this unit when the root has a child by its symbol (check = the root, 0).
    const starts = rootBase > 0 && da[rootBase + 2 * sym + 1] === 0 ? 1 : 0;
    // A walk from here may find a key whatever the next unit: a key of this one unit, or a separator
    // (whose run the walk reads as one, so the next unit alone does not decide).
    const always = starts & ((da[rootBase + 2 * sym] as number) & 1 || sym === separator ? 1 : 0);
    const isSeparator = sym === separator ? 1 : 0;
    bySymbol[sym] = sym | (starts << 16) | (starts << 17) | (always << 18) | (isSeparator << 19);
  }
  const units = new Int32Array(0x10000);
  for (let u = 0; u < 0x10000; u++) {
    const isWord = word[u] as number;
    const v = bySymbol[symbolOfFolded[fold[u] as number] as number] as number;
    units[u] = (v & ~(isWord << 17)) | (isWord << 31);
  }
  return { da, out, units, rootBase, separator, ...prefixFilter(data) };
}
