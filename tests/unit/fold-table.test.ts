import { describe, expect, it } from 'vitest';
import { foldPairs } from '../../lib/text/fold-table';
import { buildFoldPairs, packPairs } from '../../scripts/gen-fold-table';

const FOLD_PAIRS = foldPairs();

describe('fold table', () => {
  it('is what scripts/gen-fold-table.ts generates from the installed OpenCC data', async () => {
    // If this fails after an opencc-js upgrade: `npx tsx scripts/gen-fold-table.ts` and commit.
    const expected = packPairs(await buildFoldPairs());
    expect(FOLD_PAIRS.length).toBe(expected.length);
    expect(FOLD_PAIRS === expected).toBe(true);
  });

  it('holds single-unit pairs, sorted, with no target that is itself a source', () => {
    const sources = new Set<number>();
    let previous = -1;
    for (let i = 0; i < FOLD_PAIRS.length; i += 2) {
      const from = FOLD_PAIRS.charCodeAt(i);
      expect(from).toBeGreaterThan(previous);
      previous = from;
      sources.add(from);
    }
    for (let i = 1; i < FOLD_PAIRS.length; i += 2) expect(sources.has(FOLD_PAIRS.charCodeAt(i))).toBe(false);
  });
});
