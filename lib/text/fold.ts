/**
 * Length-preserving text folding (DESIGN.md, "Text and matching"): one UTF-16 unit in, one out, so an
 * offset into folded text is an offset into the page text.
 *
 * - Traditional → Simplified per character (OpenCC data, see fold-table.ts),
 * - full-width ASCII (U+FF01–U+FF5E) → ASCII,
 * - every dash form → `-`; ideographic space, NBSP and the other fixed-width spaces → ` `,
 * - Latin → lower case (ASCII and Latin-1 letters, which keep their length).
 *
 * All of it is precomputed into one 64K `Uint16Array` on first use: DESIGN.md measured a 64K table as
 * the fastest fold in V8 (a tuned trie over it reached 22–26 % of a bare charCodeAt loop).
 */
import { foldPairs } from './fold-table';

/** Dash forms: ‐ ‑ ‒ – — ― ⁃ − ﹘ ﹣ (U+FF0D － is covered by the full-width range). */
const DASHES = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0xfe58, 0xfe63];
/** NBSP, en/em/thin/hair spaces, narrow NBSP, medium mathematical space, ideographic space. */
const SPACES = [0x00a0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009];
const MORE_SPACES = [0x200a, 0x202f, 0x205f, 0x3000];

let table: Uint16Array | undefined;

function lowerLatin(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  // Latin-1 capitals À–Þ except × (U+00D7) sit 0x20 below their small letters.
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 0x20;
  return c;
}

/** Typed arrays are in the platform's byte order: two units per 32-bit write needs little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Every unit to itself, two units per write where the byte order allows: the table is built on the
 * first fold of every script's life (a service worker's start, a content script's first local scan),
 * and a unit-per-write loop was ~1.5 ms of a ~5 ms build (the lower-casing pass over all 64K units
 * another 2–3; it is now applied only where a unit can change). Measured in Node, first build.
 */
function identity(): Uint16Array {
  const t = new Uint16Array(0x10000);
  if (!LITTLE_ENDIAN) {
    for (let c = 0; c < 0x10000; c++) t[c] = c;
    return t;
  }
  const pairs = new Uint32Array(t.buffer);
  for (let i = 0, both = 0x10000; i < pairs.length; i++, both += 0x20002) pairs[i] = both;
  return t;
}

function buildTable(): Uint16Array {
  const t = identity();
  // Lower-casing composes with the rest (Ａ → A → a), which keeps the table idempotent: every entry
  // set below is lower-cased as it is set, and of the units left as themselves only these change.
  for (let c = 0x41; c <= 0xde; c++) t[c] = lowerLatin(c);
  const set = (c: number, to: number) => {
    t[c] = lowerLatin(to);
  };
  const pairs = foldPairs();
  for (let i = 0; i + 1 < pairs.length; i += 2) set(pairs.charCodeAt(i), pairs.charCodeAt(i + 1));
  for (let c = 0xff01; c <= 0xff5e; c++) set(c, c - 0xfee0);
  for (const c of DASHES) set(c, 0x2d);
  for (const c of SPACES) set(c, 0x20);
  for (const c of MORE_SPACES) set(c, 0x20);
  return t;
}

/** The shared 64K folding table (built once, on first use; ~2–3 ms). Do not mutate. */
export function foldTable(): Uint16Array {
  table ??= buildTable();
  return table;
}

/** Folds one UTF-16 code unit. */
export function foldUnit(unit: number): number {
  return foldTable()[unit & 0xffff] as number;
}

const CHUNK = 4096;
const SHORT = 256;

/** Folds a string; the result has the same length, and `fold(fold(s)) === fold(s)`. */
export function fold(s: string): string {
  const t = foldTable();
  const n = s.length;
  let i = 0;
  // Most ASCII-free, already-Simplified text folds to itself: return it without copying.
  while (i < n && t[s.charCodeAt(i)] === s.charCodeAt(i)) i++;
  if (i === n) return s;
  if (n <= SHORT) {
    // Dictionary surfaces: one small array, no chunking (the whole dictionary folds in the build budget).
    const codes = new Array<number>(n);
    for (let k = 0; k < n; k++) codes[k] = t[s.charCodeAt(k)] as number;
    return String.fromCharCode.apply(null, codes);
  }
  const parts: string[] = [s.slice(0, i)];
  // A plain array measured faster than a typed array through fromCharCode.apply (V8, Node 20); and
  // fromCharCode keeps lone surrogates as they are, where a TextDecoder would replace them.
  const buf: number[] = new Array<number>(Math.min(CHUNK, n - i));
  while (i < n) {
    const len = Math.min(CHUNK, n - i);
    if (buf.length !== len) buf.length = len;
    for (let k = 0; k < len; k++) buf[k] = t[s.charCodeAt(i + k)] as number;
    parts.push(String.fromCharCode.apply(null, buf));
    i += len;
  }
  return parts.join('');
}
