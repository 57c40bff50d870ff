/**
 * How far from a standard's code its title is looked for, and the slice of text within that reach.
 * Kept apart from the title reader (standard-title.ts, background) so the content script, which only
 * cuts the text around a code out of the page and sends it, does not ship the reader.
 */

/** The longest title read (ISO titles run to ~200 characters; Chinese ones rarely pass 60). */
export const MAX_STANDARD_TITLE = 240;
/** How far either side of the code the reader looks. */
export const TITLE_REACH = MAX_STANDARD_TITLE + 40;
/** Designations are short; a longer "code" is not one. */
const MAX_CODE = 128;
/** The longest text around a code: the reach on both sides and the code. */
export const MAX_TEXT_AROUND = 2 * TITLE_REACH + MAX_CODE;

/** A code at `[start, end)` of `text`. */
export interface TextAround {
  text: string;
  start: number;
  end: number;
}

/** The text within reach of the code at `[start, end)`, or undefined for offsets that are no code. */
export function textAround(text: string, start: number, end: number): TextAround | undefined {
  if (!(Number.isInteger(start) && Number.isInteger(end))) return undefined;
  if (!(start >= 0 && start < end && end <= text.length && end - start <= MAX_CODE)) return undefined;
  const lo = Math.max(0, start - TITLE_REACH);
  return {
    text: text.slice(lo, Math.min(text.length, end + TITLE_REACH)),
    start: start - lo,
    end: end - lo,
  };
}
