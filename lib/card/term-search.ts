/**
 * Finds a term's occurrences in plan sentences, after the same fold the matcher uses (Traditional →
 * Simplified, full-width → ASCII, Latin lower case; one unit in, one out, so offsets carry over).
 * Leftmost-longest and non-overlapping, like the matcher; Latin-edged terms only on word boundaries
 * (`6G` not inside `16GB`).
 */
import { fold } from '../text/fold';
import type { MarkRange } from './types';

const isAsciiWord = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** The distinct folded search keys of some surfaces (blank ones dropped). */
export function searchKeys(surfaces: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const s of surfaces) {
    const k = fold(s.trim());
    if (k) keys.add(k);
  }
  return [...keys];
}

/** Ranges of `keys` (already folded) in `text`. */
export function findTerms(text: string, keys: readonly string[]): MarkRange[] {
  const hay = fold(text);
  const found: MarkRange[] = [];
  for (const key of keys) {
    const leftWord = isAsciiWord(key.charCodeAt(0));
    const rightWord = isAsciiWord(key.charCodeAt(key.length - 1));
    for (let at = hay.indexOf(key); at >= 0; at = hay.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (leftWord && at > 0 && isAsciiWord(hay.charCodeAt(at - 1))) continue;
      if (rightWord && end < hay.length && isAsciiWord(hay.charCodeAt(end))) continue;
      found.push({ start: at, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MarkRange[] = [];
  let reached = 0;
  for (const r of found) {
    if (r.start < reached) continue;
    out.push(r);
    reached = r.end;
  }
  return out;
}
