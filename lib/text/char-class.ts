/**
 * Word characters for Latin word boundaries (DESIGN.md: `6G` not inside `16GB`, `SAC` not inside
 * `SACK`): a unit is a word unit when its fold is an ASCII letter or digit or a Latin letter with a
 * diacritic. CJK, punctuation and `'` are not, so `5G网络` and `footprint's` still match on a boundary.
 */
import { foldTable } from './fold';

let table: Uint8Array | undefined;

function isWordFolded(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xdf && c <= 0xff && c !== 0xf7) ||
    (c >= 0x100 && c <= 0x24f)
  );
}

/** 64K table over raw (unfolded) units: 1 for word units. Built once; do not mutate. */
export function wordTable(): Uint8Array {
  if (table) return table;
  // By folded unit first (every word unit folds below U+0250), then one lookup per raw unit: built on
  // the first scan of every extension context, in code not yet optimized, where a call per unit costs.
  const wordFolded = new Uint8Array(0x250);
  for (let f = 0; f < 0x250; f++) wordFolded[f] = isWordFolded(f) ? 1 : 0;
  const fold = foldTable();
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const f = fold[c] as number;
    t[c] = f < 0x250 ? (wordFolded[f] as number) : 0;
  }
  table = t;
  return t;
}

/** True when the unit (raw or folded) is a Latin letter or digit. */
export function isWordUnit(unit: number): boolean {
  return wordTable()[unit & 0xffff] === 1;
}
