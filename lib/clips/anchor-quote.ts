/**
 * Finding a clip's quote again in the page text as it is now (DESIGN.md, Data model → Clip: status),
 * after Hypothesis's anchoring (hypothesis/client src/annotator/anchoring/match-quote.ts): the
 * TextPositionSelector first, then the TextQuoteSelector verbatim, then approximately.
 * https://www.w3.org/TR/annotation-model/#text-quote-selector
 *
 * It runs in the content script on pages of up to 5 MB of text with up to 200 clips, and no
 * main-thread task may pass 50 ms: the fuzzy part is a generator the caller steps under a time budget
 * (lib/dom/clip-anchoring.ts), one window of text per step.
 */
import {
  MIN_FUZZY_QUOTE,
  PATTERN_CHARS,
  cellOrder,
  createBagBound,
  errorBudget,
  pairEnds,
  refineEdges,
  searchCell,
} from './fuzzy-quote';
import { bestOccurrence, scoreCandidate, type CandidateScore, type QuoteCandidate } from './quote-score';
import type { ClipSelectors, ClipStatus, TextQuoteSelector } from './types';

export interface QuoteAnchor {
  status: Exclude<ClipStatus, 'unchecked'>;
  start?: number;
  end?: number;
  /** `changed` only: the page's text where the quote now anchors. */
  current?: string;
}

/**
 * Text units searched per step. approx-string-match measured ~0.02–0.07 ms per 1,000 units (Node 20,
 * patterns of 20–512 units, Latin and CJK text), so a step is typically 1–5 ms; the longest seen on
 * 5 MB pages was 12 ms. A slow phone has room for a few times that within a 50 ms task.
 */
export const DEFAULT_CHUNK_CHARS = 32_768;

/**
 * A fuzzy candidate this good ends the search early: ≤ 10 % errors with its context (nearly) as
 * stored is what an edit of the passage itself produces. Windows are searched nearest the old place
 * first, so a page edited near the clip is not scanned to its end (~0.3 s of work on a 5 MB page);
 * another place could beat such a candidate only by a few points of similarity.
 */
function goodEnough(score: CandidateScore): boolean {
  return score.quote >= 0.9 && score.prefix >= 0.9 && score.suffix >= 0.9;
}

function validPosition(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length;
}

/** Collects window matches and turns them into scored places for the whole quote. */
function createCandidates(text: string, quote: TextQuoteSelector, hint: number) {
  const { exact } = quote;
  const long = exact.length > 2 * PATTERN_CHARS;
  const patterns = long ? [exact.slice(0, PATTERN_CHARS), exact.slice(-PATTERN_CHARS)] : [exact];
  const found: QuoteCandidate[][] = patterns.map(() => []);
  const budget = errorBudget(exact.length);
  const bagBound = long ? createBagBound(exact) : undefined;
  let best: { candidate: QuoteCandidate; score: CandidateScore } | undefined;
  let dirty = false;

  return {
    patterns: patterns.map((pattern, i) => ({
      pattern,
      maxErrors: long ? errorBudget(pattern.length) : budget,
      add(matches: QuoteCandidate[]): void {
        found[i]!.push(...matches);
        dirty ||= matches.length > 0;
      },
    })),
    /** The best place so far (rescored only when a window added matches). */
    best() {
      if (!dirty) return best;
      dirty = false;
      const places = bagBound
        ? pairEnds(text, exact.length, found[0]!, found[1]!, budget, bagBound)
        : found[0]!;
      for (const candidate of places) {
        const score = scoreCandidate(text, quote, hint, candidate);
        if (!best || score.total > best.score.total) best = { candidate, score };
      }
      return best;
    },
  };
}

/**
 * Anchors a clip's selectors in `text`, yielding between windows of fuzzy search so a caller can
 * stop for the browser whenever its time slice is used up; the return value is the outcome.
 * - `found`: the text at the stored position is the quote;
 * - `moved`: the quote occurs verbatim elsewhere — among several, the one whose neighbours agree
 *   with the stored prefix and suffix, then the one nearest the old position;
 * - `changed`: only an approximate match within errorBudget (quotes of 4 units or more); `current` is
 *   the text there now;
 * - `missing`: none of these.
 */
export function* anchorQuoteSteps(
  text: string,
  selectors: ClipSelectors,
  chunkChars = DEFAULT_CHUNK_CHARS,
): Generator<undefined, QuoteAnchor> {
  const [quote, position] = selectors;
  const { exact } = quote;
  if (exact === '') return { status: 'missing' };
  const { start, end } = position;
  if (validPosition(text, start, end) && end - start === exact.length && text.startsWith(exact, start)) {
    return { status: 'found', start, end };
  }
  // Exact searches are native indexOf: fast enough for one step even on a 5 MB page.
  const hint = Number.isFinite(start) ? Math.min(text.length, Math.max(0, start)) : 0;
  const at = bestOccurrence(text, quote, hint);
  if (at !== undefined) return { status: 'moved', start: at, end: at + exact.length };
  if (exact.length < MIN_FUZZY_QUOTE) return { status: 'missing' };

  const chunk = Math.max(1, Math.floor(chunkChars));
  const candidates = createCandidates(text, quote, hint);
  for (const from of cellOrder(text.length, chunk, hint)) {
    for (const p of candidates.patterns) {
      p.add(searchCell(text, p.pattern, p.maxErrors, from, chunk));
      yield;
    }
    const best = candidates.best();
    if (best && goodEnough(best.score)) break;
  }
  const best = candidates.best();
  if (!best) return { status: 'missing' };
  const { start: s, end: e } = refineEdges(text, exact, best.candidate);
  return { status: 'changed', start: s, end: e, current: text.slice(s, e) };
}

/** anchorQuoteSteps run to its end in one go (tests, the CLI, small pages). */
export function anchorQuote(
  text: string,
  selectors: ClipSelectors,
  chunkChars = DEFAULT_CHUNK_CHARS,
): QuoteAnchor {
  const steps = anchorQuoteSteps(text, selectors, chunkChars);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
