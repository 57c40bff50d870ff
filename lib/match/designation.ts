/**
 * The standard-designation recognizer (DESIGN.md, "Text and matching"): one linear pass over folded
 * page text that finds `GB/T 24001-2016`, `YD/T 1234.1-2020`, `DB11/T 1234-2020`, `T/CAS 290-2017`,
 * `Q/GDW 1168-2013`, `JGJ 450-2018`, `CJJ/T 85-2017`, `ISO/IEC 27001:2022`, `ITU-T Y.3172` … and
 * normalizes each one.
 *
 * How it stays linear: a designation can only start at the first letter of a word, so the scanner
 * visits each word start once, runs a parser that reads a bounded number of characters (every digit
 * and letter run is length-capped), and otherwise skips the whole word. No regular expression runs over
 * the text.
 *
 * What it rejects, and why:
 * - prefixes inside words (`ABGB/T`, `XGB 123`, `16GB`) and after `X-`/`x.` (model numbers);
 * - prefixes written in lower case in the original (`gb`, `iso`): designations are written in capitals,
 *   lower case is ordinary text, file names or units;
 * - gigabytes: `GB/s`, `32 GB`, `2GB内存`, `8 GB 2400` (bare `GB` without a year after a number);
 * - numbers over 6 digits and dash tails that are not years (`GB 010-12345678`), years outside
 *   1950–2099, two-digit years below 50;
 * - bare two-letter industry codes without a year (`HS 8471`, `HB 200`), and year ranges (`HS 2023-2024`);
 * - `ISO` with a 1–2 digit number and no year or part, and film speeds (`ISO 100` … `ISO 409600`)
 *   unless a year follows.
 */
import { isLetter, isUpperAt, isWordChar, lettersEnd } from './designation-chars';
import { parseEnterprise, parseGroup, parseIndustry, parseLocal, parseNational } from './designation-cn';
import { parseIsoIec, parseItu } from './designation-intl';
import type { Designation, FamilyIndex, ScanText } from './designation-types';

export type { Designation, FamilyIndex } from './designation-types';
export { buildFamilyIndex } from './designation-index';

/**
 * All designations in `folded` (the page text after lib/text fold), sorted, non-overlapping.
 * `original` is the same text before folding, read only for letter case; it must have the same length
 * (fold maps one UTF-16 unit to one). If it does not, ASCII capitals of the folded text stand in.
 */
export function findDesignations(folded: string, original: string, families: FamilyIndex): Designation[] {
  // Every designation starts with a letter: most blocks of a Chinese page have none, and the native
  // search rules them out (and skips to the first one) for a fraction of the loop's cost per unit.
  const first = folded.search(FIRST_LETTER);
  if (first < 0) return [];
  const t: ScanText = {
    folded,
    original:
      original.length === folded.length ? original : folded.replace(/[a-z]+/g, (m) => m.toUpperCase()),
  };
  const out: Designation[] = [];
  const n = folded.length;
  // Starting inside a word is the same as skipping to it: startsWord refuses the letter, and the loop
  // skips the rest of the word.
  let i = first;
  while (i < n) {
    const c = folded.charCodeAt(i);
    // Fast path for the bulk of a Chinese page: CJK and punctuation are never part of a designation.
    if (c > 0x24f || !isWordChar(c)) {
      i++;
      continue;
    }
    if (isLetter(c) && startsWord(folded, i) && isUpperAt(t.original, i)) {
      const d = parseAt(t, i, families);
      if (d && !namesPrize(t.original, d.end)) {
        out.push(d);
        i = d.end;
        continue;
      }
    }
    // No designation starts inside a word: skip the rest of it.
    while (i < n && isWordChar(folded.charCodeAt(i))) i++;
  }
  return out;
}

/** What `isLetter` accepts (the folded text's letters are lower case). */
const FIRST_LETTER = /[a-z]/;

/** `the IEC 1906 Award`, `IEC 1906奖`: a prize named after a year, not a standard. */
const PRIZE = /[^\S\n]*(?:Awards?|Prizes?|Medals?|奖)/y;
function namesPrize(original: string, end: number): boolean {
  PRIZE.lastIndex = end;
  return PRIZE.test(original);
}

/** Not inside a word, and not the tail of a letter-led token such as a model number `X-GB 2000`. */
function startsWord(s: string, i: number): boolean {
  if (i === 0) return true;
  const prev = s.charCodeAt(i - 1);
  if (isWordChar(prev) || prev === 0x5f) return false;
  if ((prev === 0x2d || prev === 0x2e) && i >= 2 && isLetter(s.charCodeAt(i - 2))) return false;
  return true;
}

function parseAt(t: ScanText, i: number, ix: FamilyIndex): Designation | undefined {
  const s = t.folded;
  const wEnd = lettersEnd(s, i, 3);
  if (wEnd < 0) return undefined;
  // Every letter of the code itself must be a capital in the original.
  for (let k = i + 1; k < wEnd; k++) if (!isUpperAt(t.original, k)) return undefined;
  switch (s.slice(i, wEnd)) {
    case 'gb':
    case 'gbt':
    case 'gbz':
      return parseNational(t, i, wEnd, ix);
    case 'db':
      return parseLocal(t, i, wEnd, ix);
    case 't':
      return parseGroup(t, i, wEnd, ix);
    case 'q':
      return parseEnterprise(t, i, wEnd, ix);
    case 'iso':
    case 'iec':
      return parseIsoIec(t, i, wEnd, ix);
    case 'itu':
      return parseItu(t, i, wEnd, ix);
    default:
      // Industry codes: two letters, or three for engineering construction (JGJ, CJJ, JTG).
      return wEnd - i >= 2 ? parseIndustry(t, i, wEnd, ix) : undefined;
  }
}
