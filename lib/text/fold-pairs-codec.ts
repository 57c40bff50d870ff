/**
 * The fold table's pairs (fold-table.ts) written as ASCII. Written as CJK characters they cost 6 bytes
 * each in an ASCII-escaped bundle (esbuild's default, which tests/unit/content-bundle-size.test.ts
 * measures) and 3 in a UTF-8 one: 41 kB / 21 kB of the content script. As ASCII they take 12 kB.
 *
 * Pairs are sorted by source unit, so each source is written as its distance from the previous one
 * (almost always < 32: one digit), each target as its signed distance from the previous target. A number
 * is little-endian base 32 in the 64-digit URL-safe alphabet: digits ≥ 32 say that another follows.
 */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function digits(n: number): string {
  let out = '';
  for (; n >= 32; n = Math.floor(n / 32)) out += DIGITS.charAt(32 + (n % 32));
  return out + DIGITS.charAt(n);
}

/** `[from, to]` unit pairs, sorted by `from`, as the ASCII string `decodePairs` reads. */
export function encodePairs(pairs: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let from = 0;
  let to = 0;
  for (const [a, b] of pairs) {
    const step = b - to;
    out += digits(a - from) + digits(step < 0 ? -2 * step - 1 : 2 * step);
    from = a;
    to = b;
  }
  return out;
}

/** Each ASCII unit's digit value, -1 for none: every content script decodes ~8,000 digits at its start,
 * and `DIGITS.indexOf(charAt(…))` per digit took ~1.3 ms of it. */
const VALUES = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let d = 0; d < DIGITS.length; d++) values[DIGITS.charCodeAt(d)] = d;
  return values;
})();

/** The pairs packed as fold.ts reads them: units at even offsets fold to the unit that follows them. */
export function decodePairs(ascii: string): string {
  const units: number[] = [];
  let i = 0;
  const read = (): number => {
    let n = 0;
    let scale = 1;
    for (let d = 32; d >= 32; scale *= 32) {
      const c = ascii.charCodeAt(i++);
      d = c < 128 ? (VALUES[c] as number) : -1;
      if (d < 0) throw new Error(`fold table: bad digit at ${i - 1}`);
      n += (d % 32) * scale;
    }
    return n;
  };
  let from = 0;
  let to = 0;
  while (i < ascii.length) {
    from += read();
    const z = read();
    to += z % 2 === 1 ? -(z + 1) / 2 : z / 2;
    units.push(from, to);
  }
  return String.fromCharCode(...units);
}
