/**
 * Work in slices of a few milliseconds with a turn for the browser between them: no main-thread task
 * over 50 ms on a 5 MB page (DESIGN.md budgets).
 */
export interface SlicerDeps {
  now: () => number;
  sliceMs: number;
  yieldToBrowser: () => Promise<void>;
  signal: AbortSignal;
  /** Before each turn given to the browser (the annotator reports its counts). */
  beforeYield?: () => void;
}

/**
 * Runs `work` over `items` in slices, yielding to the browser between slices — between items, and
 * between the steps of one item's work. `held`, asked at each turn, is a wait the next slice starts
 * after (the first pass holds its walk while the first highlights are on their way). False once
 * aborted.
 */
export function createSlicer(deps: SlicerDeps) {
  const { now, sliceMs, yieldToBrowser, signal } = deps;
  return async function sliced<T>(
    items: Iterable<T>,
    work: (item: T) => Iterable<unknown>,
    held?: () => Promise<void> | undefined,
  ): Promise<boolean> {
    let t0 = now();
    for (const item of items) {
      for (const _ of work(item)) {
        if (now() - t0 >= sliceMs) {
          deps.beforeYield?.();
          await held?.();
          await yieldToBrowser();
          t0 = now();
        }
        if (signal.aborted) return false;
      }
    }
    return !signal.aborted;
  };
}

export type Sliced = ReturnType<typeof createSlicer>;
