/**
 * What the bytes of a file say about their encoding (issue 13), counted exactly as the WHATWG
 * Encoding Standard's decoders would meet them — one error is one U+FFFD TextDecoder would write:
 * how many sequences are invalid as UTF-8 and as GB18030, how many multi-byte characters each reading
 * finds, and how many of the GB ones are common GB2312 characters (what a Chinese text in GBK is made
 * of, and what English in Windows-1252 — `“` is 0x93 — read as GBK is not). One pass each, no text
 * built: decode.ts decides from these and decodes once.
 * https://encoding.spec.whatwg.org/#utf-8-decoder, https://encoding.spec.whatwg.org/#gb18030-decoder
 */

export interface Utf8Evidence {
  /** Invalid sequences (each would be one U+FFFD). */
  errors: number;
  /** Valid multi-byte characters. */
  multibyte: number;
}

export interface GbEvidence extends Utf8Evidence {
  /** Two-byte characters in GB2312's range (lead 0xA1–0xF7, trail 0xA1–0xFE): hanzi and CJK punctuation. */
  gb2312: number;
}

export function utf8Evidence(bytes: Uint8Array): Utf8Evidence {
  let errors = 0;
  let multibyte = 0;
  let need = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (need === 0) {
      if (b < 0x80) continue;
      if (b >= 0xc2 && b <= 0xdf) need = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        need = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        need = 3;
      } else errors++;
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence so far is one error; this byte starts afresh.
      need = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      errors++;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === need) {
      need = seen = 0;
      multibyte++;
    }
  }
  return { errors: errors + (need > 0 ? 1 : 0), multibyte };
}

const inRange = (b: number, lo: number, hi: number) => b >= lo && b <= hi;

export function gbEvidence(bytes: Uint8Array): GbEvidence {
  let errors = 0;
  let multibyte = 0;
  let gb2312 = 0;
  let first = 0;
  let second = 0;
  let third = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (third !== 0) {
      if (!inRange(b, 0x30, 0x39)) {
        // « second, third, byte » are read again.
        i -= 3;
        errors++;
      } else {
        const pointer = (first - 0x81) * 12600 + (second - 0x30) * 1260 + (third - 0x81) * 10 + b - 0x30;
        if ((pointer > 39419 && pointer < 189000) || pointer > 1237575) errors++;
        else multibyte++;
      }
      first = second = third = 0;
    } else if (second !== 0) {
      if (inRange(b, 0x81, 0xfe)) third = b;
      else {
        // « second, byte » are read again.
        i -= 2;
        errors++;
        first = second = 0;
      }
    } else if (first !== 0) {
      if (inRange(b, 0x30, 0x39)) second = b;
      else {
        if (inRange(b, 0x40, 0x7e) || inRange(b, 0x80, 0xfe)) {
          multibyte++;
          if (inRange(first, 0xa1, 0xf7) && b >= 0xa1) gb2312++;
        } else {
          errors++;
          if (b < 0x80) i--; // an ASCII byte is read again
        }
        first = 0;
      }
    } else if (inRange(b, 0x81, 0xfe)) first = b;
    else if (b === 0xff) errors++;
  }
  return { errors: errors + (first !== 0 ? 1 : 0), multibyte, gb2312 };
}
