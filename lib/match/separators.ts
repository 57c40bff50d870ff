/**
 * The units a key's space stands for — whitespace from tab to carriage return, the space, and `-` —
 * in the keys the build writes (english-variants.ts: a run of them becomes one space) and in the text
 * the scanner reads (automaton-layout.ts: a run of them scans as one separator). One definition, so the
 * two agree; folded units (fold.ts has already turned other spaces and dashes into these).
 */
export const SEPARATOR_UNITS: readonly number[] = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x2d];

/** One of SEPARATOR_UNITS, tested without a lookup (the build asks this per unit of every surface). */
export const isSeparatorUnit = (c: number): boolean => c === 0x20 || c === 0x2d || (c >= 0x09 && c <= 0x0d);
