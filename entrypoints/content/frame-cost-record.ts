/**
 * What the content script spent in this frame before (and whether) it started: how often it asked
 * "is there readable text?" and how long that took, whether it is waiting for text, and how many
 * times it asked the background for the matcher. Kept in the isolated world like ./first-pass-record
 * (the page cannot see it); the frames e2e test and bench:page read it over CDP.
 */
export const FRAME_COST_KEY = Symbol.for('standards-lens/frame-cost');

export interface FrameCost {
  /** `performance.now()` when the content script first looked (its start, on the page's clock). */
  startAt: number | null;
  checks: number;
  checkMs: number;
  waiting: boolean;
  matcherRequests: number;
  /**
   * The first window painted from the background's answer (issue 15): its mentions, and whether this
   * frame held a matcher then (it does not: the e2e test reads this as the definite signal).
   */
  firstWindow: {
    mentions: number;
    withMatcher: boolean;
    askedAt: number;
    answeredAt: number;
  } | null;
}

/** This frame's record, made on first use. */
export function frameCostOf(global: object): FrameCost {
  const g = global as { [FRAME_COST_KEY]?: FrameCost };
  return (g[FRAME_COST_KEY] ??= {
    startAt: null,
    checks: 0,
    checkMs: 0,
    waiting: false,
    matcherRequests: 0,
    firstWindow: null,
  });
}
