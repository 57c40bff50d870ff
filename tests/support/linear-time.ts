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
  const tenSmall = fastest(() => {
    for (let i = 0; i < 10; i++) read(small);
  });
  const oneBig = fastest(() => read(big));
  expect(oneBig).toBeLessThan(tenSmall * 4 + 5);
}
