/**
 * "Stays linear" without a wall-clock budget (no test asserts a time): the same amount of input read
 * as ten small pieces and as one piece ten times larger, in the same process. Linear work takes about
 * as long either way; quadratic work takes ten times longer for the big piece. The fastest of three
 * runs of each, and a generous factor, keep a busy machine from failing it.
 */
import { expect } from 'vitest';

function fastest(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const began = performance.now();
    run();
    best = Math.min(best, performance.now() - began);
  }
  return best;
}

/** `make(n)` builds an input of size ~n; `read` is the work under test. */
export function expectLinear<T>(make: (size: number) => T, read: (input: T) => void, size: number): void {
  const small = make(size / 10);
  const big = make(size);
  read(big); // warm up the JIT: the first run measures compilation
  // Up to three rounds: a busy machine can stretch one round's big piece (a GC, another process), but
  // quadratic work is ten times slower in every round, so it still fails all three.
  let tenSmall = 0;
  let oneBig = Infinity;
  for (let round = 0; round < 3 && !(oneBig < tenSmall * 4 + 5); round++) {
    tenSmall = fastest(() => {
      for (let i = 0; i < 10; i++) read(small);
    });
    oneBig = fastest(() => read(big));
  }
  expect(oneBig).toBeLessThan(tenSmall * 4 + 5);
}
