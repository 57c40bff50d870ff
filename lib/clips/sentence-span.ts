/**
 * The sentence that holds a mention, for the card's "Save clip" button: the span from just after the
 * previous sentence end up to and including the next one. The plan's own sentences end at 。；(lib/plan
 * splits on those); pages also end them with ！？ and the ASCII forms, and a block boundary ends one too.
 */
const ENDS = new Set(['。', '；', '！', '？', '!', '?', ';', '\n']);
/** A Latin full stop ends a sentence only before a space (`GB/T 1.1-2020`, `3.5%` do not). */
const isLatinStop = (text: string, i: number) => text[i] === '.' && /\s/.test(text[i + 1] ?? ' ');

const isEnd = (text: string, i: number) => ENDS.has(text[i]!) || isLatinStop(text, i);

/** Trims whitespace off both ends of `[start, end)` of `text`. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * `[start, end)` widened to the whole sentence(s) it touches, trimmed; at most `maxChars` around the
 * mention when the "sentence" is a wall of text without punctuation.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  maxChars = 2_000,
): { start: number; end: number } {
  let from = start;
  const floor = Math.max(0, start - maxChars / 2);
  while (from > floor && !isEnd(text, from - 1)) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + maxChars / 2);
  while (to < ceiling && !isEnd(text, to)) to++;
  if (to < text.length && text[to] !== '\n' && isEnd(text, to)) to++; // keep the sentence's own 。
  return trimSpan(text, from, to);
}
