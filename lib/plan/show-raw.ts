/**
 * Text from a file, made safe to print on a terminal (issue 13: the plan CLI echoed raw bytes in its
 * error messages, so a file could send escape sequences to the reader's terminal). Control characters
 * — C0 (ESC, BEL, CR …), DEL, C1 (CSI U+009B …) — and the characters that reorder or break what a
 * terminal shows (bidi embeddings, overrides and isolates, U+2028 / U+2029) become `\u001b`-style
 * escapes; everything else, Chinese included, is shown as is. `keep` lists characters to leave alone
 * (the outline keeps its own line breaks).
 *
 * On JSON text the result parses to the same value: JSON.stringify writes C0 controls as \u00XX
 * already but leaves DEL, C1 and the bidi controls raw, and the escapes are JSON's own.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this escapes
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function showRaw(text: string, keep = ''): string {
  return text.replace(UNSAFE, (ch) =>
    keep.includes(ch) ? ch : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
