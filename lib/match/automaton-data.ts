/**
 * The compiled automaton as data: a trie over folded UTF-16 units in depth-first preorder, which the
 * child counts alone make a tree again — a state costs 4 bytes (child count + incoming symbol). This is
 * what the background builds once and the content script loads (DESIGN.md, "Text and matching");
 * `serializeData` makes it a JSON-safe object for messaging, and automaton-layout.ts turns it into the
 * scanner's arrays.
 */
import { decodeInt32, decodeUint16, encodeInt32, encodeUint16 } from './base64';
import type { PlacedStates } from './automaton-layout';

export interface AutomatonData {
  /** The folded units the terms use, ascending; symbol `k` (1-based) is `alphabet[k - 1]`. */
  alphabet: string;
  /** Per state (depth-first preorder, root = 0): how many children it has. */
  childCount: Uint16Array;
  /** Per state: the symbol on the edge into it (0 for the root); siblings ascend. */
  symbols: Uint16Array;
  /** `[state, group]` pairs for the states where a key ends. */
  terminals: Int32Array;
  /** Output groups, flattened: `[n, payload₁ … payloadₙ]` per group, in group order. */
  groups: Int32Array;
  /**
   * Entries matched case-sensitively (agency acronyms such as `SAC`: `sac` is a word):
   * `[group, entry index in the group, surface as written]`.
   */
  cases: Array<[number, number, string]>;
  /** Number of distinct keys (surfaces and their English variants) compiled. */
  keys: number;
}

export interface SerializedAutomaton {
  v: 1;
  /**
   * The scanner's double array, placed by the sender (automaton-layout.ts), so a content script need
   * not place it on every page load. Optional: the compact arrays alone define the automaton, and the
   * stored copy and the benchmark's size figure leave it out.
   */
  layout?: { da: string; rootBase: number };
  alphabet: string;
  childCount: string;
  symbols: string;
  terminals: string;
  groups: string;
  cases: Array<[number, number, string]>;
  keys: number;
}

export function serializeData(data: AutomatonData): SerializedAutomaton {
  return {
    v: 1,
    alphabet: data.alphabet,
    childCount: encodeUint16(data.childCount),
    symbols: encodeUint16(data.symbols),
    terminals: encodeInt32(data.terminals),
    groups: encodeInt32(data.groups),
    cases: data.cases.map(([g, e, s]) => [g, e, s]),
    keys: data.keys,
  };
}

export function deserializeData(raw: SerializedAutomaton): AutomatonData {
  if (raw?.v !== 1) throw new Error('automaton: unknown serialized version');
  const data: AutomatonData = {
    alphabet: raw.alphabet,
    childCount: decodeUint16(raw.childCount),
    symbols: decodeUint16(raw.symbols),
    terminals: decodeInt32(raw.terminals),
    groups: decodeInt32(raw.groups),
    cases: raw.cases.map(([g, e, s]) => [g, e, s]),
    keys: raw.keys,
  };
  if (data.childCount.length !== data.symbols.length) throw new Error('automaton: corrupt state arrays');
  return data;
}

export const serializePlaced = (placed: PlacedStates): NonNullable<SerializedAutomaton['layout']> => ({
  da: encodeInt32(placed.da),
  rootBase: placed.rootBase,
});

/**
 * The sent double array, or undefined when there is none or it does not decode to whole Int32s: the
 * receiver then places it itself, which is slower but never wrong.
 */
export function deserializePlaced(raw: SerializedAutomaton): PlacedStates | undefined {
  const layout = raw.layout;
  if (!layout || typeof layout.da !== 'string' || typeof layout.rootBase !== 'number') return undefined;
  try {
    return { da: decodeInt32(layout.da), rootBase: layout.rootBase };
  } catch {
    return undefined; // bad base64, or a byte count that is not a multiple of 4
  }
}

/** Bytes of the typed arrays and strings that make up the data (what crosses the messaging boundary). */
export function dataBytes(data: AutomatonData): number {
  let bytes = data.alphabet.length * 2;
  bytes += data.childCount.byteLength + data.symbols.byteLength;
  bytes += data.terminals.byteLength + data.groups.byteLength;
  for (const [, , s] of data.cases) bytes += 8 + s.length * 2;
  return bytes;
}
