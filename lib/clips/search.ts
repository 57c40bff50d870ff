/**
 * Library search (issue 11) with Fuse.js over quote, note, title, tags, site, document number and the
 * names of the mentioned topics and agencies in all three languages. Both sides are folded (lib/text
 * fold: Traditional → Simplified, full-width → ASCII, lower case), so 碳足跡 finds 碳足迹 and ＧＢ finds gb.
 *
 * Why not Fuse alone: its defaults are tuned for short Latin fields. With `location: 0, distance: 100`
 * a match more than ~60 characters into a quote scores past the threshold, and with `threshold: 0.6`
 * a two-character Chinese query tolerates one wrong character, so it "matches" any text holding either
 * character (tests/unit/clip-search.test.ts measures both on 10,000 generated clips). Chinese has no
 * spaces and no typos of the Latin kind, so each query term is first looked up as an exact substring
 * of the folded fields (a linear `indexOf` pre-filter, all terms required); Fuse, with
 * `ignoreLocation`, a tight threshold and `minMatchCharLength: 2`, then ranks those candidates, and
 * is the fuzzy fallback for Latin terms when nothing contains them exactly (`carbn footprint`).
 */
import Fuse, { type FuseOptionKey, type IFuseOptions } from 'fuse.js';
import { fold } from '../text/fold';
import type { Clip } from './types';
import type { LibraryKnowledge } from './library/knowledge';

/** One clip as the search sees it: every field folded. */
export interface SearchDoc {
  id: string;
  quote: string;
  note: string;
  title: string;
  tags: string;
  site: string;
  docNumber: string;
  /** The mentioned topics' and agencies' names, aliases and short forms, all three languages. */
  names: string;
  /** All of the above joined: the exact pre-filter reads this one string. */
  hay: string;
}

export interface SearchHit {
  id: string;
  /** Fuse's score, 0 = exact; exact-substring candidates that Fuse did not rank get 0.5. */
  score: number;
}

const SEP = '\u0001';

const KEYS: FuseOptionKey<SearchDoc>[] = [
  { name: 'quote', weight: 3 },
  { name: 'names', weight: 2 },
  { name: 'title', weight: 2 },
  { name: 'note', weight: 2 },
  { name: 'tags', weight: 2 },
  { name: 'docNumber', weight: 1 },
  { name: 'site', weight: 1 },
];

/** What Chinese needs (measured in tests/unit/clip-search.test.ts against Fuse's defaults). */
export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: KEYS,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
  includeScore: true,
  shouldSort: true,
};

/** Names by mention id, folded once per knowledge base. */
export function nameIndex(knowledge: LibraryKnowledge): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of [...knowledge.topics, ...knowledge.agencies]) {
    out.set(entry.id, fold([entry.hans, entry.hant, entry.en, ...entry.aliases].join(' ')));
  }
  return out;
}

export function toSearchDoc(clip: Clip, names: Map<string, string>): SearchDoc {
  const mentioned = [...new Set(clip.mentions.map((m) => m.designation ?? m.id))];
  const doc = {
    id: clip.id,
    quote: fold(clip.quote),
    note: fold(clip.note),
    title: fold(clip.title || clip.facts.title || ''),
    tags: fold(clip.tags.join(' ')),
    site: fold(clip.site),
    docNumber: fold(clip.facts.docNumber ?? ''),
    names: mentioned.map((id) => names.get(id) ?? fold(id)).join(' '),
  };
  return { ...doc, hay: Object.values(doc).slice(1).join(SEP) };
}

/** The query's terms: folded, split on spaces; a quoted phrase stays one term. */
export function queryTerms(query: string): string[] {
  const folded = fold(query).trim();
  const terms: string[] = [];
  for (const m of folded.matchAll(/"([^"]+)"|(\S+)/g)) terms.push((m[1] ?? m[2]!).trim());
  return terms.filter(Boolean);
}

const LATIN = /^[\x20-\x7e]+$/;

export interface ClipSearch {
  readonly size: number;
  /** Ids of the matching clips, best first. Empty query: []. */
  search(query: string): SearchHit[];
  /**
   * The same, in chunks of `chunk` documents with `yieldNow()` between them, so typing never waits
   * for a whole 10,000-clip scan. Rejects with an AbortError when `signal` aborts.
   */
  searchAsync(
    query: string,
    opts?: { signal?: AbortSignal; chunk?: number; yieldNow?: () => Promise<void> },
  ): Promise<SearchHit[]>;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Fuse indexes per slice of the library, so the fuzzy fallback can yield between slices too. */
const FUZZY_SLICE = 500;
/** Exact candidates Fuse still ranks. */
const RANK_MAX = 300;

export function createClipSearch(docs: readonly SearchDoc[], options = FUSE_OPTIONS): ClipSearch {
  const fuzzy: Fuse<SearchDoc>[] = [];
  const slices = Math.ceil(docs.length / FUZZY_SLICE);

  /** Exact pre-filter over docs[from, to). */
  const exact = (terms: string[], from: number, to: number, out: SearchDoc[]) => {
    for (let i = from; i < to; i++) {
      const doc = docs[i]!;
      if (terms.every((t) => doc.hay.includes(t))) out.push(doc);
    }
  };

  /**
   * Fuse ranks the exact candidates (a small index, built per query). More than RANK_MAX: they keep
   * the library's order (newest first) — ranking 600 candidates took 15 ms in Chromium
   * (npm run bench:clips), one task the page cannot split.
   */
  const rank = (query: string, candidates: SearchDoc[]): SearchHit[] => {
    if (candidates.length > RANK_MAX) return candidates.map((d) => ({ id: d.id, score: 0.5 }));
    const ranked = new Fuse(candidates, { ...options, threshold: 0.6 }).search(fold(query).trim());
    const seen = new Set(ranked.map((r) => r.item.id));
    return [
      ...ranked.map((r) => ({ id: r.item.id, score: r.score ?? 0 })),
      ...candidates.filter((d) => !seen.has(d.id)).map((d) => ({ id: d.id, score: 0.5 })),
    ];
  };

  /** Fuzzy fallback: Latin terms of four or more characters only (Chinese has no such typos). */
  const fuzzyAllowed = (terms: string[]) => terms.every((t) => LATIN.test(t) && t.length >= 4);
  const fuzzySlice = (k: number, query: string): SearchHit[] => {
    fuzzy[k] ??= new Fuse(docs.slice(k * FUZZY_SLICE, (k + 1) * FUZZY_SLICE), options);
    return fuzzy[k].search(query).map((r) => ({ id: r.item.id, score: r.score ?? 0 }));
  };
  const byScore = (hits: SearchHit[]) => hits.sort((a, b) => a.score - b.score);
  const fallback = (terms: string[]) => {
    if (!fuzzyAllowed(terms)) return [];
    const hits: SearchHit[] = [];
    for (let k = 0; k < slices; k++) hits.push(...fuzzySlice(k, terms.join(' ')));
    return byScore(hits);
  };

  return {
    size: docs.length,
    search(query) {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      const candidates: SearchDoc[] = [];
      exact(terms, 0, docs.length, candidates);
      return candidates.length ? rank(query, candidates) : fallback(terms);
    },
    async searchAsync(query, { signal, chunk = 2_000, yieldNow = macrotask } = {}) {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      const candidates: SearchDoc[] = [];
      for (let from = 0; from < docs.length; from += chunk) {
        signal?.throwIfAborted();
        exact(terms, from, Math.min(docs.length, from + chunk), candidates);
        await yieldNow();
      }
      signal?.throwIfAborted();
      if (candidates.length) return rank(query, candidates);
      if (!fuzzyAllowed(terms)) return [];
      const hits: SearchHit[] = [];
      for (let k = 0; k < slices; k++) {
        hits.push(...fuzzySlice(k, terms.join(' ')));
        await yieldNow();
        signal?.throwIfAborted();
      }
      return byScore(hits);
    },
  };
}

/** The baseline the benchmark compares with: a plain `includes()` scan of the folded fields. */
export function includesScan(docs: readonly SearchDoc[], query: string): string[] {
  const q = fold(query).trim();
  return q ? docs.filter((d) => d.hay.includes(q)).map((d) => d.id) : [];
}
