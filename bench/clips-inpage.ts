/**
 * Bundled into the library page by `npm run bench:clips` (bench/clips.ts): the shipped search
 * (lib/clips/search) and the plain `includes()` scan it is compared with, timed on the same folded
 * documents in the same page, so the two figures share a browser, a machine and a moment.
 */
import type { LibraryKnowledge } from '../lib/clips/library/knowledge';
import { createClipSearch, includesScan, nameIndex, toSearchDoc } from '../lib/clips/search';
import type { Clip } from '../lib/clips/types';

export interface QueryTiming {
  query: string;
  hits: number;
  includesHits: number;
  searchMs: number;
  includesMs: number;
}

function medianOf(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown, reps: number): number {
  const runs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return medianOf(runs);
}

(window as unknown as Record<string, unknown>).__clipsBench = (
  clips: Clip[],
  knowledge: LibraryKnowledge,
  queries: string[],
  reps: number,
) => {
  const t = performance.now();
  const names = nameIndex(knowledge);
  const docs = clips.map((c) => toSearchDoc(c, names));
  const indexMs = performance.now() - t;
  const search = createClipSearch(docs);
  search.search('warm up'); // builds the fuzzy slices once, as the page's first Latin miss would
  const timings: QueryTiming[] = queries.map((query) => ({
    query,
    hits: search.search(query).length,
    includesHits: includesScan(docs, query).length,
    searchMs: time(() => search.search(query), reps),
    includesMs: time(() => includesScan(docs, query), reps),
  }));
  return { indexMs, timings };
};
