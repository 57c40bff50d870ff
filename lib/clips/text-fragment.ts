/**
 * Text-fragment links for clips (https://wicg.github.io/scroll-to-text-fragment/): a URL that scrolls
 * to and highlights the quote in any browser that supports them, no extension needed.
 */
import { fold } from '../text/fold';
import { contextEnd, contextStart } from './selectors';
import { findTextDirective, serializeTextDirective, type TextDirective } from './text-directive';

export { findTextDirective, parseTextFragment } from './text-directive';
export type { TextDirective, TextSpan } from './text-directive';

/** Quotes longer than this are linked as `textStart,textEnd` so the URL stays short. */
export const LONG_QUOTE = 300;
/** First size of textStart and textEnd: a few words, or ~30 CJK characters. */
const TERM_CHARS = 30;
/** Most context taken on each side; past this a repeated passage stays ambiguous. */
export const MAX_CONTEXT = 1000;

let segmenter: Intl.Segmenter | null | undefined;

/**
 * Word boundaries in `s` (ascending, with 0 and s.length). The spec matches prefix, textStart, textEnd
 * and suffix only on word boundaries (https://wicg.github.io/scroll-to-text-fragment/#word-boundaries)
 * and Chromium finds them with ICU, which Intl.Segmenter also exposes — including its dictionary for
 * CJK, which has no spaces. Without Intl.Segmenter (Firefox < 125) every code point boundary is used.
 */
function wordBoundaries(s: string): number[] {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  }
  const out: number[] = [];
  if (segmenter) {
    for (const segment of segmenter.segment(s)) out.push(segment.index);
  } else {
    for (let i = 0; i < s.length; i += (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) out.push(i);
  }
  out.push(s.length);
  return out;
}

const isSpace = (c: string): boolean => /\s/.test(c);

/**
 * Growing context before `start`: word starts at most MAX_CONTEXT units back, nearest first, thinned
 * to 1, 2, 3, 4, 6, 8, 12… words so a long search takes few tries; the last one is the whole window.
 */
function prefixLevels(text: string, start: number): string[] {
  const lo = contextStart(text, start, MAX_CONTEXT);
  const cuts = wordBoundaries(text.slice(lo, start))
    .map((b) => lo + b)
    .filter((p) => p < start && (p > lo || lo === 0) && !isSpace(text.charAt(p)))
    .reverse();
  return thin(cuts, lo, start).map((p) => text.slice(p, start));
}

/** Growing context after `end`, ending on word ends, the same way. */
function suffixLevels(text: string, end: number): string[] {
  const hi = contextEnd(text, end, MAX_CONTEXT);
  const cuts = wordBoundaries(text.slice(end, hi))
    .map((b) => end + b)
    .filter((q) => q > end && (q < hi || hi === text.length) && !isSpace(text.charAt(q - 1)));
  return thin(cuts, hi, end).map((q) => text.slice(end, q));
}

function thin(cuts: number[], last: number, origin: number): number[] {
  const kept: number[] = [];
  for (let words = 1; words <= cuts.length; words = words < 4 ? words + 1 : Math.ceil(words * 1.5)) {
    kept.push(cuts[words - 1] as number);
  }
  if (last !== origin && kept[kept.length - 1] !== last) kept.push(last);
  return kept;
}

/** End of textStart: the first word end at or past `chars` units, else a cut at `chars`. */
function headCut(exact: string, chars: number): number {
  const window = exact.slice(0, Math.min(exact.length, 2 * chars));
  for (const b of wordBoundaries(window)) {
    if (
      b >= chars &&
      (b < window.length || window.length === exact.length) &&
      !isSpace(exact.charAt(b - 1))
    ) {
      return b;
    }
  }
  return contextEnd(exact, 0, chars);
}

/** Start of textEnd: the last word start at or before `chars` units from the end, else a cut there. */
function tailCut(exact: string, chars: number): number {
  const lo = Math.max(0, exact.length - 2 * chars);
  const bounds = wordBoundaries(exact.slice(lo)).reverse();
  for (const b of bounds.map((x) => lo + x)) {
    if (exact.length - b >= chars && (b > lo || lo === 0) && !isSpace(exact.charAt(b))) return b;
  }
  return contextStart(exact, exact.length, chars);
}

/** The directives worth trying, shortest URL first; the last one has the most context there is. */
function* candidates(text: string, start: number, end: number): Generator<TextDirective> {
  const exact = text.slice(start, end);
  const prefixes = ['', ...prefixLevels(text, start)];
  const suffixes = ['', ...suffixLevels(text, end)];
  const levels = Math.max(prefixes.length, suffixes.length);
  const withContext = (d: TextDirective, level: number): TextDirective => {
    const prefix = prefixes[Math.min(level, prefixes.length - 1)];
    const suffix = suffixes[Math.min(level, suffixes.length - 1)];
    return { ...(prefix ? { prefix } : {}), ...d, ...(suffix ? { suffix } : {}) };
  };
  if (exact.length > LONG_QUOTE) {
    for (let chars = TERM_CHARS; ; chars *= 2) {
      const head = headCut(exact, chars);
      const tail = tailCut(exact, chars);
      if (head <= 0 || tail >= exact.length || head > tail) break;
      const terms = { textStart: exact.slice(0, head), textEnd: exact.slice(tail) };
      for (let level = 0; level < levels; level++) yield withContext(terms, level);
    }
  }
  for (let level = 0; level < levels; level++) yield withContext({ textStart: exact }, level);
}

function foldDirective(d: TextDirective): TextDirective {
  const out: TextDirective = { textStart: fold(d.textStart) };
  if (d.prefix) out.prefix = fold(d.prefix);
  if (d.textEnd) out.textEnd = fold(d.textEnd);
  if (d.suffix) out.suffix = fold(d.suffix);
  return out;
}

/**
 * The directive for `text.slice(start, end)`: the shortest candidate that lands exactly there. Landing
 * is checked on folded text (lib/text/fold: case, width, dashes, spaces, Traditional → Simplified) —
 * stricter than needed for findTextDirective, whose exact matches are a subset, and closer to browsers,
 * which compare ignoring case. When even MAX_CONTEXT of context leaves the passage ambiguous, the
 * exact quote with all that context is used: it still lands on an identical passage.
 */
export function textDirectiveFor(text: string, start: number, end: number): TextDirective {
  if (!(
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    0 <= start &&
    start < end &&
    end <= text.length
  )) {
    throw new RangeError(`textDirectiveFor: bad range [${start}, ${end}) for a text of ${text.length}`);
  }
  const folded = fold(text);
  let last: TextDirective = { textStart: text.slice(start, end) };
  for (const d of candidates(text, start, end)) {
    const found = findTextDirective(folded, foldDirective(d));
    if (found?.start === start && found.end === end) return d;
    last = d;
  }
  return last;
}

/** The page URL, its own fragment removed, with `#:~:text=` pointing at `text.slice(start, end)`. */
export function buildTextFragment(pageUrl: string, text: string, start: number, end: number): string {
  const hash = pageUrl.indexOf('#');
  const base = hash < 0 ? pageUrl : pageUrl.slice(0, hash);
  return `${base}#:~:${serializeTextDirective(textDirectiveFor(text, start, end))}`;
}
