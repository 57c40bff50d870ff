/**
 * Describing a passage of the collected page text the way the W3C Web Annotation model does, so a
 * clip can be found again after the page changed (anchor-quote.ts) and exported as W3C annotations.
 * https://www.w3.org/TR/annotation-model/#text-quote-selector
 * https://www.w3.org/TR/annotation-model/#text-position-selector
 */
import type { ClipSelectors } from './types';

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Start of a context window of at most `chars` units ending at `end`, moved one unit closer when it
 * would fall between the two halves of a surrogate pair (an emoji, a CJK Extension B character):
 * half a pair is not text and cannot be percent-encoded (encodeURIComponent throws on it).
 */
export function contextStart(text: string, end: number, chars: number): number {
  let from = Math.max(0, end - chars);
  if (from > 0 && from < end && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from++;
  return from;
}

/** End of a context window of at most `chars` units starting at `start`, never inside a pair. */
export function contextEnd(text: string, start: number, chars: number): number {
  let to = Math.min(text.length, start + chars);
  if (to < text.length && to > start && isHigh(text.charCodeAt(to - 1)) && isLow(text.charCodeAt(to))) to--;
  return to;
}

/**
 * The selectors for `text.slice(start, end)`: the quote with up to `contextChars` UTF-16 units of
 * context on each side (the annotation model leaves the amount open; 32 is what Hypothesis stores and
 * is enough to tell repeated sentences apart), and its offsets.
 */
export function describeQuote(text: string, start: number, end: number, contextChars = 32): ClipSelectors {
  if (!(
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    0 <= start &&
    start <= end &&
    end <= text.length
  )) {
    throw new RangeError(`describeQuote: bad range [${start}, ${end}) for a text of ${text.length}`);
  }
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(contextStart(text, start, contextChars), start),
      suffix: text.slice(end, contextEnd(text, end, contextChars)),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** Start offsets of `exact` in `text` (overlapping ones too), at most `limit` of them; none for ''. */
export function occurrences(text: string, exact: string, limit = Infinity): number[] {
  const found: number[] = [];
  if (exact === '') return found;
  for (let at = text.indexOf(exact); at >= 0 && found.length < limit; at = text.indexOf(exact, at + 1)) {
    found.push(at);
  }
  return found;
}

/** True when `exact` occurs exactly once in `text`. */
export function isUnique(text: string, exact: string): boolean {
  return occurrences(text, exact, 2).length === 1;
}
