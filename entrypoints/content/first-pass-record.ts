/**
 * When the content script's first pass over the page was done, and how many mentions it found — kept
 * in the content script's own global (its isolated world), which the page's scripts cannot see.
 * DESIGN.md: no page-visible signal carries the extension's findings (issue 14 removed the User Timing
 * mark that did). The browser tests and benchmarks read it over CDP, from the extension's isolated
 * world (tests/support/first-pass.ts).
 */
export const FIRST_PASS_KEY = Symbol.for('standards-lens/first-pass');

export interface FirstPassRecord {
  mentions: number;
  /** `performance.now()` of the frame (the page shares its clock) when the pass was done. */
  at: number;
}

export function recordFirstPass(global: object, record: FirstPassRecord): void {
  (global as { [FIRST_PASS_KEY]?: FirstPassRecord })[FIRST_PASS_KEY] = record;
}
