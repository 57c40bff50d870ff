/**
 * Terms → AutomatonData. Surfaces are folded (`fold`), separator runs collapsed to one space, English
 * surfaces expanded into their plural and `&`/`and` variants (english-variants.ts); equal keys share one
 * output group, so an ambiguous surface carries every payload. The keys are sorted and the trie is laid
 * out depth-first straight from the sorted list — no intermediate node objects, which keeps the build
 * of the shipped dictionary within DESIGN.md's 15 ms.
 */
import { fold } from '../text/fold';
import type { AutomatonData } from './automaton-data';
import { englishVariants, isLatinSurface, normalizeSeparators } from './english-variants';

export interface AutomatonTerm {
  /** As written in the seed (any script, any case); folded here. */
  surface: string;
  /** Caller's id for what the term means (an index into the caller's payload table). */
  payload: number;
  /**
   * Match only where the original text has exactly this case (agency acronyms: `SAC`, `CAC`, `MEE`,
   * where lower-case `sac` is a word). Checked at scan time against the unfolded text.
   */
  caseSensitive?: boolean;
}

interface Group {
  payloads: number[];
  /** Per payload: the case-sensitive surface, or null. */
  cases: Array<string | null>;
}

/** The keys a term compiles to (exported for tests and the benchmark's baselines). */
export function termKeys(term: AutomatonTerm): string[] {
  const key = normalizeSeparators(fold(term.surface));
  if (key.length === 0) return [];
  return !term.caseSensitive && isLatinSurface(key) ? englishVariants(key) : [key];
}

/** Full-width ASCII read as ASCII, so a seed's ＳＡＣ means SAC (the scanner compares the same way). */
const asciiSurface = (s: string): string => s.trim().replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

function collectGroups(terms: Iterable<AutomatonTerm>): Map<string, Group> {
  const byKey = new Map<string, Group>();
  for (const term of terms) {
    const caseSurface = term.caseSensitive ? asciiSurface(term.surface) : null;
    for (const key of termKeys(term)) {
      let group = byKey.get(key);
      if (!group) byKey.set(key, (group = { payloads: [], cases: [] }));
      const { payloads, cases } = group;
      // One entry per payload and case: a case-insensitive entry subsumes case-sensitive ones.
      if (payloads.some((p, i) => p === term.payload && (cases[i] === null || cases[i] === caseSurface))) continue;
      if (caseSurface === null) {
        for (let i = payloads.length - 1; i >= 0; i--) {
          if (payloads[i] === term.payload) {
            payloads.splice(i, 1);
            cases.splice(i, 1);
          }
        }
      }
      payloads.push(term.payload);
      cases.push(caseSurface);
    }
  }
  return byKey;
}

/**
 * Sorts keys by UTF-16 units — symbols are numbered in unit order, so this is symbol order. Bucketing
 * by first unit first: thousands of keys share a few hundred first units, and sorting the small
 * buckets measured ~3× faster than one sort of the whole list.
 */
function sortKeys(keys: string[]): string[] {
  const buckets = new Map<number, string[]>();
  for (const key of keys) {
    const first = key.charCodeAt(0);
    const bucket = buckets.get(first);
    if (bucket) bucket.push(key);
    else buckets.set(first, [key]);
  }
  const firsts = [...buckets.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  for (const first of firsts) {
    const bucket = buckets.get(first) as string[];
    if (bucket.length > 1) bucket.sort();
    for (const key of bucket) out.push(key);
  }
  return out;
}

export function buildAutomatonData(terms: Iterable<AutomatonTerm>): AutomatonData {
  const byKey = collectGroups(terms);
  const keys = sortKeys([...byKey.keys()]);

  // Keys as one flat array of units: the depth-first pass below reads them many times.
  let total = 0;
  for (const key of keys) total += key.length;
  const units = new Uint16Array(total);
  const offset = new Int32Array(keys.length + 1);
  const seen = new Uint8Array(0x10000);
  for (let k = 0, o = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    offset[k] = o;
    for (let i = 0; i < key.length; i++, o++) {
      const u = key.charCodeAt(i);
      units[o] = u;
      seen[u] = 1;
    }
  }
  offset[keys.length] = total;
  const symbolOf = new Uint16Array(0x10000);
  const alphabetUnits: number[] = [];
  for (let u = 0; u < 0x10000; u++) if (seen[u] === 1) symbolOf[u] = alphabetUnits.push(u);
  if (alphabetUnits.length > 0xfffe) throw new Error('automaton: alphabet too large');

  const maxStates = total + 1;
  const childCount = new Uint16Array(maxStates);
  const symbols = new Uint16Array(maxStates);
  // Depth-first (preorder) over [lo, hi) ranges of keys sharing a prefix of length `depth`: the order
  // of the sorted keys themselves, so a term's states lie next to each other and a scan walking it
  // reads consecutive memory. Pending siblings wait on an explicit stack.
  const stackLo: number[] = [0];
  const stackHi: number[] = [keys.length];
  const stackDepth: number[] = [0];
  const stackSymbol: number[] = [0];
  let states = 0;
  const terminals: number[] = [];
  const groupOrder: Group[] = [];
  const childLo: number[] = [];
  const childHi: number[] = [];
  const childSymbol: number[] = [];

  while (stackLo.length > 0) {
    let a = stackLo.pop() as number;
    const b = stackHi.pop() as number;
    const d = stackDepth.pop() as number;
    const s = states++;
    symbols[s] = stackSymbol.pop() as number;
    if (a < b && (offset[a + 1] as number) - (offset[a] as number) === d) {
      // Sorted, so the key that ends here comes first in its range.
      terminals.push(s, groupOrder.length);
      groupOrder.push(byKey.get(keys[a] as string) as Group);
      a++;
    }
    childLo.length = childHi.length = childSymbol.length = 0;
    while (a < b) {
      const unit = units[(offset[a] as number) + d] as number;
      let end = a + 1;
      while (end < b && units[(offset[end] as number) + d] === unit) end++;
      childLo.push(a);
      childHi.push(end);
      childSymbol.push(symbolOf[unit] as number);
      a = end;
    }
    childCount[s] = childLo.length;
    // Reversed, so the smallest symbol is popped (numbered) first: siblings ascend.
    for (let k = childLo.length - 1; k >= 0; k--) {
      stackLo.push(childLo[k] as number);
      stackHi.push(childHi[k] as number);
      stackDepth.push(d + 1);
      stackSymbol.push(childSymbol[k] as number);
    }
  }

  const flat: number[] = [];
  const cases: Array<[number, number, string]> = [];
  for (let g = 0; g < groupOrder.length; g++) {
    const group = groupOrder[g] as Group;
    flat.push(group.payloads.length);
    for (let e = 0; e < group.payloads.length; e++) {
      flat.push(group.payloads[e] as number);
      const surface = group.cases[e];
      if (surface !== null && surface !== undefined) cases.push([g, e, surface]);
    }
  }

  return {
    alphabet: String.fromCharCode(...alphabetUnits),
    childCount: childCount.slice(0, states),
    symbols: symbols.slice(0, states),
    terminals: Int32Array.from(terminals),
    groups: Int32Array.from(flat),
    cases,
    keys: keys.length,
  };
}
