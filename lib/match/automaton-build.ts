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
import { canonicalQuotes } from './quotes';

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

/**
 * The key of a folded surface or matched text: separator runs as one space, every quote mark as `"`
 * (quotes.ts), so `企业标准“领跑者”` is one key whichever quotes a page writes it with.
 */
export function canonicalKey(folded: string): string {
  return canonicalQuotes(normalizeSeparators(folded));
}

/** The keys a term compiles to (exported for tests and the benchmark's baselines). */
export function termKeys(term: AutomatonTerm): string[] {
  const key = canonicalKey(fold(term.surface));
  if (key.length === 0) return [];
  return !term.caseSensitive && isLatinSurface(key) ? englishVariants(key) : [key];
}

/** Full-width ASCII read as ASCII, so a seed's ＳＡＣ means SAC (the scanner compares the same way). */
const asciiSurface = (s: string): string =>
  s.trim().replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * A key's payloads: a plain number for the common case — one payload, any case — and a Group once a
 * second entry or a case-sensitive one comes; a build allocates nothing per key for most keys.
 */
type Entry = number | Group;

/** Adds `payload` (with its case-sensitive surface, or null) to the key's entry; returns the entry. */
function addEntry(entry: Entry | undefined, payload: number, caseSurface: string | null): Entry {
  if (entry === undefined)
    return caseSurface === null ? payload : { payloads: [payload], cases: [caseSurface] };
  const group = typeof entry === 'number' ? { payloads: [entry], cases: [null] } : entry;
  const { payloads, cases } = group;
  // One entry per payload and case: a case-insensitive entry subsumes case-sensitive ones.
  for (let i = 0; i < payloads.length; i++) {
    if (payloads[i] === payload && (cases[i] === null || cases[i] === caseSurface)) return entry;
  }
  if (caseSurface === null) {
    for (let i = payloads.length - 1; i >= 0; i--) {
      if (payloads[i] === payload) {
        payloads.splice(i, 1);
        cases.splice(i, 1);
      }
    }
  }
  payloads.push(payload);
  cases.push(caseSurface);
  return group;
}

function collectGroups(terms: Iterable<AutomatonTerm>): Map<string, Entry> {
  const byKey = new Map<string, Entry>();
  for (const term of terms) {
    const caseSurface = term.caseSensitive ? asciiSurface(term.surface) : null;
    const key = canonicalKey(fold(term.surface));
    if (key.length === 0) continue;
    if (caseSurface !== null || !isLatinSurface(key)) {
      byKey.set(key, addEntry(byKey.get(key), term.payload, caseSurface));
      continue;
    }
    for (const variant of englishVariants(key))
      byKey.set(variant, addEntry(byKey.get(variant), term.payload, null));
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
  // One flat copy of every key: the keys come out of folding and the English variants as
  // concatenations (V8 cons strings), whose every `charCodeAt` walks the pieces — reading them one by
  // one took ~2.5 ms of the build; `join` copies them flat in one go (0.7 ms).
  const joined = keys.join('');
  for (let k = 0, o = 0; k < keys.length; k++) {
    offset[k] = o;
    o += (keys[k] as string).length;
  }
  for (let o = 0; o < total; o++) {
    const u = joined.charCodeAt(o);
    units[o] = u;
    seen[u] = 1;
  }
  offset[keys.length] = total;
  const symbolOf = new Uint16Array(0x10000);
  const alphabetUnits: number[] = [];
  for (let u = 0; u < 0x10000; u++) if (seen[u] === 1) symbolOf[u] = alphabetUnits.push(u);
  if (alphabetUnits.length > 0xfffe) throw new Error('automaton: alphabet too large');

  // Preorder straight from the sorted keys: key k adds the states for its prefixes longer than the
  // prefix it shares with key k - 1, each a child of the state one shorter on its path. Sorted keys
  // make siblings ascend. Linear in the total key length, with no per-state allocation.
  const maxStates = total + 1;
  const childCount = new Uint16Array(maxStates);
  const symbols = new Uint16Array(maxStates);
  let maxLength = 0;
  for (const key of keys) if (key.length > maxLength) maxLength = key.length;
  const path = new Int32Array(maxLength + 1);
  let states = 1;
  const terminals: number[] = [];
  const groupOrder: Entry[] = [];
  for (let k = 0; k < keys.length; k++) {
    const o = offset[k] as number;
    const len = (offset[k + 1] as number) - o;
    let shared = 0;
    if (k > 0) {
      const p = offset[k - 1] as number;
      const max = Math.min(len, o - p);
      while (shared < max && units[p + shared] === units[o + shared]) shared++;
    }
    for (let d = shared; d < len; d++) {
      const parent = path[d] as number;
      childCount[parent] = (childCount[parent] as number) + 1;
      symbols[states] = symbolOf[units[o + d] as number] as number;
      path[d + 1] = states++;
    }
    terminals.push(path[len] as number, groupOrder.length);
    groupOrder.push(byKey.get(keys[k] as string) as Entry);
  }

  const flat: number[] = [];
  const cases: Array<[number, number, string]> = [];
  for (let g = 0; g < groupOrder.length; g++) {
    const group = groupOrder[g] as Entry;
    if (typeof group === 'number') {
      flat.push(1, group);
      continue;
    }
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
