/**
 * The pieces of fuzzy quote search (anchor-quote.ts): the error budget, the windows the page text is
 * searched in, and how a long quote is matched by its two ends.
 */
import search from 'approx-string-match';
import type { QuoteCandidate } from './quote-score';

/** Quotes shorter than this are matched verbatim only: with even one error they match almost anywhere. */
export const MIN_FUZZY_QUOTE = 4;

/**
 * Longest pattern given to Myers' algorithm. approx-string-match costs O(n·k/32) expected and
 * O(n·m/32) worst case (n text, m pattern, k errors), so a 20,000-char quote over a 5 MB page would
 * be billions of word operations. Quotes longer than 2 × PATTERN_CHARS are therefore matched by their
 * first and last PATTERN_CHARS units (two searches of bounded cost), and the span between a head match
 * and a tail match is then checked as a whole (length and character content, O(span)).
 */
export const PATTERN_CHARS = 256;

/**
 * Errors allowed between the quote and the text now on the page: a quarter of its length. Hypothesis
 * allows half (min(256, m/2)) because it must anchor at any cost; a clip has an honest fallback,
 * `missing`, and a match where half the characters differ is more often a different sentence (official
 * pages repeat their formulas) than an edited one. A quarter still absorbs a changed date, figure,
 * name or clause. PATTERN_CHARS caps the cost instead of a cap on the budget.
 */
export function errorBudget(length: number): number {
  return length < MIN_FUZZY_QUOTE ? 0 : Math.max(1, Math.floor(length / 4));
}

/** Starts of the `chunk`-sized cells of a text of `n`, the one holding `hint` first, then outward. */
export function cellOrder(n: number, chunk: number, hint: number): number[] {
  const cells = Math.max(1, Math.ceil(n / chunk));
  const first = Math.min(cells - 1, Math.max(0, Math.floor(hint / chunk)));
  const order = [first * chunk];
  for (let d = 1; order.length < cells; d++) {
    if (first + d < cells) order.push((first + d) * chunk);
    if (first - d >= 0) order.push((first - d) * chunk);
  }
  return order;
}

/**
 * Matches of `pattern` starting in the cell [from, from + chunk). The window runs on for
 * pattern.length + maxErrors more units — the longest a match can be — so a match that starts in the
 * cell is never cut off at the window's end. Only the window's best matches come back (the library
 * reports the lowest error count it saw); every match the whole-text search would report is still
 * found, in the window of its own cell.
 */
export function searchCell(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  chunk: number,
): QuoteCandidate[] {
  const to = Math.min(text.length, from + chunk + pattern.length + maxErrors);
  return search(text.slice(from, to), pattern, maxErrors).map((m) => ({
    start: from + m.start,
    end: from + m.end,
    errors: m.errors,
  }));
}

/**
 * A lower bound of the edit distance between `quote` and text.slice(start, end), by character
 * counts: a substitution changes the counts' L1 distance by at most 2, an insertion or deletion by 1.
 * One 64K table per quote, so a check costs O(quote + span) and allocates nothing.
 */
export function createBagBound(quote: string): (text: string, start: number, end: number) => number {
  const delta = new Int32Array(0x10000);
  const add = (s: string, from: number, to: number, by: number): void => {
    for (let i = from; i < to; i++) delta[s.charCodeAt(i)] = (delta[s.charCodeAt(i)] as number) + by;
  };
  /** Sums |delta| over the units of s[from, to) not seen yet, zeroing them so each counts once. */
  const drain = (s: string, from: number, to: number): number => {
    let sum = 0;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      sum += Math.abs(delta[c] as number);
      delta[c] = 0;
    }
    return sum;
  };
  add(quote, 0, quote.length, 1);
  return (text, start, end) => {
    add(text, start, end, -1);
    const l1 = drain(quote, 0, quote.length) + drain(text, start, end);
    // Every entry touched is 0 now; the quote's counts alone restore the table.
    add(quote, 0, quote.length, 1);
    return Math.ceil(l1 / 2);
  };
}

/** Head and tail matches kept for pairing, fewest errors first: bounds the pairing to 64 × 64. */
const PAIRING_LIMIT = 64;
/** Pairs whose span is checked by character counts, best first. */
const SPAN_CHECKS = 8;

/**
 * Places for a long quote: a head match and a later tail match whose span is within the error budget
 * of the quote's length. Its errors are estimated as the largest of three lower-bound-like measures —
 * errors at the two ends, the length difference, and the character-count bound over the whole span —
 * so a span whose ends match but whose middle was replaced is rejected.
 */
export function pairEnds(
  text: string,
  quoteLength: number,
  heads: QuoteCandidate[],
  tails: QuoteCandidate[],
  budget: number,
  bagBound: (text: string, start: number, end: number) => number,
): QuoteCandidate[] {
  const fewest = (a: QuoteCandidate, b: QuoteCandidate): number => a.errors - b.errors;
  const hs = [...heads].sort(fewest).slice(0, PAIRING_LIMIT);
  const ts = [...tails].sort(fewest).slice(0, PAIRING_LIMIT);
  const pairs = new Map<string, QuoteCandidate>();
  for (const h of hs) {
    for (const t of ts) {
      if (t.start < h.start || t.end < h.end) continue;
      const gap = Math.abs(t.end - h.start - quoteLength);
      const errors = Math.max(h.errors + t.errors, gap);
      const key = `${h.start}:${t.end}`;
      if (errors <= budget && (pairs.get(key)?.errors ?? Infinity) > errors) {
        pairs.set(key, { start: h.start, end: t.end, errors });
      }
    }
  }
  return [...pairs.values()]
    .sort(fewest)
    .slice(0, SPAN_CHECKS)
    .map((c) => ({ ...c, errors: Math.max(c.errors, bagBound(text, c.start, c.end)) }))
    .filter((c) => c.errors <= budget);
}

/** Levenshtein distance (two-row DP): only ever called on strings of a few dozen units. */
function editDistance(a: string, b: string): number {
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution =
        (previous[j - 1] as number) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      row[j] = Math.min(substitution, (previous[j] as number) + 1, (row[j - 1] as number) + 1);
    }
    [previous, row] = [row, previous];
  }
  return previous[b.length] as number;
}

/** How far an edge may move, and how much of the quote decides where it goes. */
const EDGE_SHIFT = 2;
const EDGE_CHARS = 48;

/**
 * Puts the chosen place's edges where the quote's ends align best. For each end position Myers'
 * algorithm reports one start, the leftmost of equally good ones, so when the quote's first character
 * was replaced and the character before it happens to equal it, the match swallows a unit of context.
 * Each edge is tried EDGE_SHIFT units either way against the quote's first (last) EDGE_CHARS units;
 * a shift is taken only when it aligns strictly better.
 */
export function refineEdges(text: string, quote: string, c: QuoteCandidate): QuoteCandidate {
  const w = Math.min(EDGE_CHARS, quote.length);
  const head = quote.slice(0, w);
  const tail = quote.slice(quote.length - w);
  let start = c.start;
  let best = editDistance(head, text.slice(start, start + w));
  for (let s = Math.max(0, c.start - EDGE_SHIFT); s <= c.start + EDGE_SHIFT && s < c.end; s++) {
    const d = editDistance(head, text.slice(s, s + w));
    if (d < best) [start, best] = [s, d];
  }
  let end = c.end;
  best = editDistance(tail, text.slice(Math.max(0, end - w), end));
  for (let e = Math.max(start + 1, c.end - EDGE_SHIFT); e <= Math.min(text.length, c.end + EDGE_SHIFT); e++) {
    const d = editDistance(tail, text.slice(Math.max(0, e - w), e));
    if (d < best) [end, best] = [e, d];
  }
  return { ...c, start, end };
}
