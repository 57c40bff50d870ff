/**
 * Ranking the places where a clip's quote might be now, after Hypothesis
 * (hypothesis/client src/annotator/anchoring/match-quote.ts): how close the text is to the quote
 * matters most, agreement of the text around it with the stored prefix and suffix next, nearness to
 * the old offset only breaks ties. https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
import search from 'approx-string-match';
import type { TextQuoteSelector } from './types';

/** A place in the page text and the (estimated) edit distance between it and the quote. */
export interface QuoteCandidate {
  start: number;
  end: number;
  errors: number;
}

export interface CandidateScore {
  /** 1 − errors / quote length. */
  quote: number;
  prefix: number;
  suffix: number;
  /** Weighted sum in [0, 1]. */
  total: number;
}

// Hypothesis's weights: a passage that matches the quote better wins over one whose context agrees;
// position decides only between otherwise equal places (a repeated sentence).
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;
// Added to Hypothesis's: between places with the same edit count, one as long as the quote (a
// replaced character) beats one a unit shorter or longer (a deletion that shifted an end).
const LENGTH_WEIGHT = 1;
const TOTAL_WEIGHT = QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT + LENGTH_WEIGHT;

/**
 * How well `expected` occurs in `actual`, 0 to 1. No stored context is no evidence either way, so it
 * counts as agreement (as in Hypothesis); context expected but absent (page start or end) is 0.
 */
export function similarity(actual: string, expected: string): number {
  if (expected === '') return 1;
  if (actual === '') return 0;
  const best = search(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

export function scoreCandidate(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  c: QuoteCandidate,
): CandidateScore {
  const q = 1 - c.errors / quote.exact.length;
  const prefix = similarity(text.slice(Math.max(0, c.start - quote.prefix.length), c.start), quote.prefix);
  const suffix = similarity(text.slice(c.end, c.end + quote.suffix.length), quote.suffix);
  const position = 1 - Math.abs(c.start - hint) / Math.max(1, text.length);
  const length = Math.max(0, 1 - Math.abs(c.end - c.start - quote.exact.length) / quote.exact.length);
  const total =
    (QUOTE_WEIGHT * q +
      CONTEXT_WEIGHT * (prefix + suffix) +
      POSITION_WEIGHT * position +
      LENGTH_WEIGHT * length) /
    TOTAL_WEIGHT;
  return { quote: q, prefix, suffix, total };
}

/**
 * How many characters of the stored context agree with the text right next to an exact occurrence
 * at `at`: used to choose among verbatim repeats, where the quote itself cannot tell them apart.
 * Counting the run of equal units next to the quote is O(context) per occurrence, cheap enough for
 * the thousands of occurrences a short quote has on a big page.
 */
export function contextAgreement(text: string, quote: TextQuoteSelector, at: number): number {
  const { prefix, suffix, exact } = quote;
  let before = 0;
  while (before < prefix.length && before < at) {
    if (text.charCodeAt(at - 1 - before) !== prefix.charCodeAt(prefix.length - 1 - before)) break;
    before++;
  }
  const end = at + exact.length;
  let after = 0;
  while (after < suffix.length && end + after < text.length) {
    if (text.charCodeAt(end + after) !== suffix.charCodeAt(after)) break;
    after++;
  }
  return before + after;
}

/** The best exact occurrence of the quote: most context agreement, then nearest to `hint`. */
export function bestOccurrence(text: string, quote: TextQuoteSelector, hint: number): number | undefined {
  if (quote.exact === '') return undefined;
  let best: number | undefined;
  let bestAgreement = -1;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const agreement = contextAgreement(text, quote, at);
    if (
      best === undefined ||
      agreement > bestAgreement ||
      (agreement === bestAgreement && Math.abs(at - hint) < Math.abs(best - hint))
    ) {
      best = at;
      bestAgreement = agreement;
    }
  }
  return best;
}
