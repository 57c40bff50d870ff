/**
 * Character tests for the designation scanner. The scanner reads FOLDED text (lib/text fold: Latin is
 * lower case, full-width is ASCII, every dash is `-`), so only lower-case ASCII letters are tested here;
 * letter case is read from the original text where it matters.
 */

export const CH_SLASH = 0x2f;
export const CH_DASH = 0x2d;
export const CH_DOT = 0x2e;
export const CH_COLON = 0x3a;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/**
 * A word unit for boundaries, as lib/text/char-class counts them: ASCII letters and digits, and Latin
 * letters with diacritics (so `éGB 123` is not a designation either).
 */
export function isWordChar(c: number): boolean {
  return isAlnum(c) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
}

/**
 * Spaces that may sit between a code and its number. Fold turns U+3000 into a space; the others are
 * accepted too because page text may come from a source that did not fold them (nbsp, thin spaces).
 */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}

/** An upper-case Latin letter in the original text, half- or full-width (`G`, `Ｇ`). */
export function isUpperAt(original: string, k: number): boolean {
  const c = original.charCodeAt(k);
  return (c >= 65 && c <= 90) || (c >= 0xff21 && c <= 0xff3a);
}

/** True when every character in [from, to) of the original is an upper-case letter. */
export function allUpper(original: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isUpperAt(original, k)) return false;
  return true;
}

/** Position after at most `max` spaces from `i`. */
export function skipSpaces(s: string, i: number, max: number): number {
  let p = i;
  while (p - i < max && p < s.length && isSpace(s.charCodeAt(p))) p++;
  return p;
}

/**
 * End of the digit run at `i`, or -1 when the run is longer than `max` (a phone or serial number, not a
 * standard number). Reads at most `max + 1` characters, which keeps every parse attempt bounded.
 */
export function digitsEnd(s: string, i: number, max: number): number {
  let p = i;
  while (p < s.length && isDigit(s.charCodeAt(p))) {
    if (p - i === max) return -1;
    p++;
  }
  return p;
}

/** End of the lower-case letter run at `i`, or -1 when it is longer than `max`. */
export function lettersEnd(s: string, i: number, max: number): number {
  let p = i;
  while (p < s.length && isLetter(s.charCodeAt(p))) {
    if (p - i === max) return -1;
    p++;
  }
  return p;
}

/** `s` has the ASCII string `lit` at `i` (already folded, so lower case). */
export function hasAt(s: string, i: number, lit: string): boolean {
  return s.startsWith(lit, i);
}

/** Four-digit years a designation may carry (older ones predate the PRC standards system). */
export function isYear4(y: number): boolean {
  return y >= 1950 && y <= 2099;
}
