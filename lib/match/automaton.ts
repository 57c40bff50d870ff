/**
 * One automaton for every surface of the dictionary (DESIGN.md, "Text and matching"): a single pass over
 * the text, leftmost-longest, non-overlapping.
 *
 * Scanning reads the ORIGINAL text: folding is composed into the unit table (automaton-layout.ts), so
 * no folded copy is needed and case-sensitive acronyms check the original case in place. Scanning
 * folded text gives the same matches except for those acronyms, whose case the fold has erased.
 *
 * Per position the scanner (scan-loop.ts) walks the trie — a double array, automaton-layout.ts — as far
 * as the text allows and keeps the longest accepted end. Most units start no term (one table read);
 * Latin units inside a word fail the word-start test before any walk. Hand-written over typed arrays
 * because npm Aho–Corasick packages measured 6–550× slower here and one RegExp alternation stops being
 * optimized past ~20 KB of pattern (DESIGN.md, "Budgets"; bench/matcher.ts measures all of them).
 *
 * Lifecycle: the background compiles (`compileAutomaton`, a few ms) and sends
 * `serializeAutomaton(a, { withLayout: true })`; a content script calls `deserializeAutomaton` and
 * scans — the scanner's arrays are completed on its first scan, from the double array that came along.
 */
import { buildAutomatonData, type AutomatonTerm } from './automaton-build';
import {
  dataBytes,
  deserializeData,
  deserializePlaced,
  serializeData,
  serializePlaced,
  type AutomatonData,
  type SerializedAutomaton,
} from './automaton-data';
import {
  fitsData,
  layoutFrom,
  placeDoubleArray,
  type PlacedStates,
  type ScanLayout,
} from './automaton-layout';
import { MatchList } from './match-list';
import { scanLoop } from './scan-loop';

export type { AutomatonTerm } from './automaton-build';
export type { SerializedAutomaton } from './automaton-data';
export { MatchList } from './match-list';

export interface ScanMatch {
  start: number;
  end: number;
  /** The payloads of every term with this surface (shared array: do not mutate). */
  payloads: readonly number[];
}

export interface AutomatonStats {
  states: number;
  keys: number;
  symbols: number;
  /** Bytes of the compact data (typed arrays + strings), before base64. */
  bytes: number;
}

/** The original unit, with full-width ASCII read as ASCII (ＳＡＣ is written SAC). */
const asciiOf = (unit: number): number => (unit >= 0xff01 && unit <= 0xff5e ? unit - 0xfee0 : unit);

export class Automaton {
  readonly data: AutomatonData;
  /** Built on first scan: the background, which only compiles and serializes, never needs it. */
  private scanLayout: ScanLayout | undefined;
  /** The double array, placed here on demand or received with the data. */
  private placed: PlacedStates | undefined;
  private readonly groups: number[][];
  /** Per group with case-sensitive entries: the surface per entry (null = any case). */
  private readonly cases = new Map<number, Array<string | null>>();
  /** Per group: 1 when some entry is case-sensitive (the scan's fast path skips the check otherwise). */
  private readonly hasCase: Uint8Array;

  /** Made from a serialized automaton with its double array (deserializeAutomaton). */
  private readonly received: boolean;

  constructor(data: AutomatonData, placed?: PlacedStates) {
    this.data = data;
    this.received = placed !== undefined;
    if (placed && fitsData(placed, data)) this.placed = placed;
    this.groups = [];
    // A plain copy loop: a subarray and Array.from per group (thousands, most of one payload) was ~1 ms.
    const flat = data.groups;
    for (let i = 0; i < flat.length;) {
      const len = flat[i] as number;
      const payloads = new Array<number>(len);
      for (let k = 0; k < len; k++) payloads[k] = flat[i + 1 + k] as number;
      this.groups.push(payloads);
      i += 1 + len;
    }
    this.hasCase = new Uint8Array(this.groups.length);
    for (const [g, e, surface] of data.cases) {
      this.hasCase[g] = 1;
      let list = this.cases.get(g);
      if (!list) this.cases.set(g, (list = new Array<string | null>(this.groups[g]?.length ?? 0).fill(null)));
      list[e] = surface;
    }
  }

  /**
   * Matches in `text` (the original, unfolded text) that start in [from, to): sorted, non-overlapping,
   * leftmost-longest, as a compact list (no object per match). A match may run past `to`, so a long
   * text can be scanned slice by slice, each from the previous one's last match end; word boundaries
   * look outside the slice.
   */
  scanList(text: string, from = 0, to = text.length): MatchList {
    const filtered: Array<readonly number[]> = [];
    const acceptCase = (g: number, t: string, start: number, end: number): number => {
      const accepted = this.acceptedPayloads(g, t, start, end);
      if (accepted.length === 0) return -1;
      return accepted === this.groups[g] ? g : -1 - filtered.push(accepted);
    };
    if (this.scanLayout === undefined) {
      this.scanLayout = layoutFrom(this.placedStates(), this.data);
      // The scanner packs its own copy; a received automaton (a content script, which never
      // serializes) lets the sent one go rather than hold both (~0.7 MB). Serializing would place anew.
      if (this.received) this.placed = undefined;
    }
    const raw = scanLoop(this.scanLayout, this.hasCase, acceptCase, text, from, to);
    return new MatchList(raw.data, raw.size / 3, this.groups, filtered);
  }

  /** `scanList` as objects: convenient for tests and small texts. */
  scan(text: string, from = 0, to = text.length): ScanMatch[] {
    const list = this.scanList(text, from, to);
    const matches: ScanMatch[] = new Array<ScanMatch>(list.length);
    for (let k = 0; k < list.length; k++) {
      matches[k] = { start: list.start(k), end: list.end(k), payloads: list.payloads(k) };
    }
    return matches;
  }

  /** The payloads of group `g` accepted at text[start, end): case-sensitive entries need exact case. */
  private acceptedPayloads(g: number, text: string, start: number, end: number): readonly number[] {
    const payloads = this.groups[g] as number[];
    const cases = this.cases.get(g);
    if (cases === undefined) return payloads;
    const kept = payloads.filter((_, e) => {
      const surface = cases[e];
      if (surface === null || surface === undefined) return true;
      if (surface.length !== end - start) return false;
      for (let k = 0; k < surface.length; k++) {
        if (asciiOf(text.charCodeAt(start + k)) !== surface.charCodeAt(k)) return false;
      }
      return true;
    });
    return kept.length === payloads.length ? payloads : kept;
  }

  stats(): AutomatonStats {
    return {
      states: this.data.childCount.length,
      keys: this.data.keys,
      symbols: this.data.alphabet.length,
      bytes: dataBytes(this.data),
    };
  }

  /** The placed double array (serializeAutomaton, the scanner's layout). */
  placedStates(): PlacedStates {
    return (this.placed ??= placeDoubleArray(this.data));
  }
}

/**
 * A JSON-safe object (typed arrays as base64) for messaging or storage; `withLayout` adds the placed
 * double array (~0.5 MB more), which spares each receiving content script ~30 ms of placing it. A
 * function, not a method: content scripts only receive automata, and as a method it shipped the
 * encoders in every content script (which has a size budget).
 */
export function serializeAutomaton(
  automaton: Automaton,
  options: { withLayout?: boolean } = {},
): SerializedAutomaton {
  const raw = serializeData(automaton.data);
  return options.withLayout ? { ...raw, layout: serializePlaced(automaton.placedStates()) } : raw;
}

/** Compiles terms into one automaton (build once, in the background; load with `deserializeAutomaton`). */
export function compileAutomaton(terms: Iterable<AutomatonTerm>): Automaton {
  return new Automaton(buildAutomatonData(terms));
}

export function deserializeAutomaton(raw: SerializedAutomaton): Automaton {
  return new Automaton(deserializeData(raw), deserializePlaced(raw));
}
