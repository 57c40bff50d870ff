/**
 * The number-and-year tails of designations. Chinese codes write `1234.1-2020` (parts after dots, year
 * after a dash); ISO and IEC write `61850-7-4:2013` (parts after dashes, year after a colon). Every read
 * is length-capped so one parse attempt costs O(1) and the whole scan stays linear.
 */
import {
  CH_COLON,
  CH_DASH,
  CH_DOT,
  digitsEnd,
  isAlnum,
  isDigit,
  isLetter,
  isUpperAt,
  isYear4,
  skipSpaces,
} from './designation-chars';
import type { ScanText } from './designation-types';

export interface NumberTail {
  end: number;
  number: string;
  /** Parts joined as written after the base number (`1` or `7-4`), if any. */
  part?: string;
  year?: number;
  /** The year as written (`2016` or the legacy `96`). */
  yearText?: string;
}

/** Standard numbers run to 5 digits today; 6 leaves room and still rejects 7+ digit phone numbers. */
const MAX_NUMBER_DIGITS = 6;
const MAX_PARTS = 4;

/**
 * The part numbers after a base number, each `separator` + up to `maxDigits` digits (`.1` in Chinese
 * codes, `-7-4` in IEC ones); undefined when one runs longer (not a designation).
 */
function readParts(
  s: string,
  from: number,
  separator: number,
  maxDigits: number,
): { parts: string[]; end: number } | undefined {
  let p = from;
  const parts: string[] = [];
  while (parts.length < MAX_PARTS && s.charCodeAt(p) === separator && isDigit(s.charCodeAt(p + 1))) {
    const e = digitsEnd(s, p + 1, maxDigits);
    if (e < 0) return undefined;
    parts.push(s.slice(p + 1, e));
    p = e;
  }
  return { parts, end: p };
}

/**
 * `1234`, `1234.1`, `4806.1-2016`, `2760-96`, enterprise food standards `0001S-2016`.
 * A dash followed by digits that are not a year rejects the whole candidate (`010-12345678`); a dash
 * followed by anything else ends the designation before it.
 */
export function parseCnNumber(t: ScanText, i: number, allowFoodSuffix = false): NumberTail | undefined {
  const s = t.folded;
  const d = digitsEnd(s, i, MAX_NUMBER_DIGITS);
  if (d <= i) return undefined;
  const number = s.slice(i, d);
  const read = readParts(s, d, CH_DOT, 4);
  if (!read) return undefined;
  const { parts } = read;
  let p = read.end;
  // Enterprise food-safety standards end their number with S (Q/XXX 0001S-2016), written upper case.
  let suffix = '';
  if (allowFoodSuffix && parts.length === 0 && s.charCodeAt(p) === 115 && isUpperAt(t.original, p)) {
    suffix = 'S';
    p++;
  }
  let year: number | undefined;
  let yearText: string | undefined;
  if (s.charCodeAt(p) === CH_DASH && isDigit(s.charCodeAt(p + 1))) {
    const e = digitsEnd(s, p + 1, 4);
    if (e < 0) return undefined;
    yearText = s.slice(p + 1, e);
    const y = Number(yearText);
    if (yearText.length === 4 && isYear4(y)) year = y;
    // Designations before the mid-1990s wrote two-digit years (GB 2760-96); all of them are 19xx.
    else if (yearText.length === 2 && y >= 50) year = 1900 + y;
    else return undefined;
    p = e;
  }
  if (p < s.length && isAlnum(s.charCodeAt(p))) return undefined;
  const part = parts.length > 0 ? parts.join('.') : undefined;
  return { end: p, number: number + suffix, part, year, yearText };
}

/**
 * `14067`, `14064-1:2018`, `61850-7-4`, `9001:2015`, and `9001-2015` as Chinese sites often write it
 * (a last dash segment that is a plausible four-digit year is read as the year).
 */
export function parseIntlNumber(t: ScanText, i: number): NumberTail | undefined {
  const s = t.folded;
  const d = digitsEnd(s, i, MAX_NUMBER_DIGITS);
  if (d <= i) return undefined;
  const number = s.slice(i, d);
  const read = readParts(s, d, CH_DASH, 5);
  if (!read) return undefined;
  const { parts } = read;
  let p = read.end;
  let year: number | undefined;
  let yearText: string | undefined;
  if (s.charCodeAt(p) === CH_COLON) {
    const q = skipSpaces(s, p + 1, 1);
    const e = digitsEnd(s, q, 4);
    if (e - q === 4 && isYear4(Number(s.slice(q, e))) && !isAlnum(s.charCodeAt(e))) {
      yearText = s.slice(q, e);
      year = Number(yearText);
      p = e;
    }
  }
  if (year === undefined && parts.length > 0) {
    const last = parts[parts.length - 1]!;
    if (last.length === 4 && isYear4(Number(last))) {
      parts.pop();
      yearText = last;
      year = Number(last);
    }
  }
  // `ISO 9001a`, `ISO 9001x2`: part of some other token.
  if (p < s.length && isLetter(s.charCodeAt(p))) return undefined;
  if (p < s.length && isDigit(s.charCodeAt(p))) return undefined;
  const part = parts.length > 0 ? parts.join('-') : undefined;
  return { end: p, number, part, year, yearText };
}

/** Chinese tail as written after the prefix: `1234.1-2020`. */
export function cnTail(n: NumberTail): string {
  return (
    n.number + (n.part === undefined ? '' : `.${n.part}`) + (n.yearText === undefined ? '' : `-${n.yearText}`)
  );
}

/** International tail: `61850-7-4:2013`. */
export function intlTail(n: NumberTail): string {
  return (
    n.number + (n.part === undefined ? '' : `-${n.part}`) + (n.yearText === undefined ? '' : `:${n.yearText}`)
  );
}
