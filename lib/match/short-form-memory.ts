/**
 * Short forms across blocks. A page defines a short form once — usually in its first paragraph
 * (……行动计划（以下简称《行动计划》）) — and uses it in later ones; the content script scans block by block,
 * so what one block defines must carry over to the next. `scanText` resolves short forms within one
 * text; this memory remembers every short form a scanned text resolved and applies it to the texts
 * scanned after it (document order on a first pass; later blocks added by the page too).
 *
 * Linear in the text (issue 13): the remembered short forms — at most MAX_SHORT_FORMS per page — are
 * looked for in one pass over a trie, and overlaps are settled with one mark per text unit, instead of
 * one `indexOf` pass per short form and a walk over every mention per hit. Where two remembered short
 * forms overlap, the one the page defined first wins (as before).
 */
import { fold } from '../text/fold';
import { isWordUnit } from '../text/char-class';
import type { Matcher } from './matcher';
import { scanText } from './scan';
import { createKeyTrie, type KeyTrie } from './short-form-trie';
import { MAX_SHORT_FORMS } from './short-forms';
import type { Mention } from './types';

type Meaning = Omit<Mention, 'start' | 'end'>;

export interface ShortFormMemory {
  /** Folded short form → what it stands for, and its written form (English keeps its case). */
  readonly known: Map<string, { written: string; meaning: Meaning }>;
}

export function createShortFormMemory(): ShortFormMemory {
  return { known: new Map() };
}

const isLatin = (key: string) => /^[a-z0-9]/.test(key) || /[a-z0-9]$/.test(key);

/** The trie of a memory's keys, rebuilt only when a short form is added (not when one is redefined). */
const tries = new WeakMap<ShortFormMemory, KeyTrie>();

function trieOf(memory: ShortFormMemory): KeyTrie {
  let trie = tries.get(memory);
  if (!trie || trie.keys.length !== memory.known.size) {
    trie = createKeyTrie([...memory.known.keys()]);
    tries.set(memory, trie);
  }
  return trie;
}

/** Index of the first of `sorted` (by start, non-overlapping) that ends after `at`. */
function firstEndingAfter(sorted: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as Mention).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The remembered short forms in `text` that no mention of its own covers. */
function remembered(text: string, folded: string, mentions: readonly Mention[], memory: ShortFormMemory) {
  const trie = trieOf(memory);
  const entries = trie.keys.map((key) => ({ key, latin: isLatin(key), ...memory.known.get(key)! }));
  // Occurrences per short form, in text order; the earlier-defined short form is served first.
  const hits: number[][] = entries.map(() => []);
  trie.find(folded, (p, k) => {
    const { key, latin, written } = entries[k]!;
    const q = p + key.length;
    if (latin && (text.slice(p, q) !== written || isWordUnit(folded.charCodeAt(p - 1)))) return;
    if (latin && isWordUnit(folded.charCodeAt(q))) return;
    const m = mentions[firstEndingAfter(mentions, p)];
    if (m !== undefined && m.start < q) return;
    hits[k]!.push(p);
  });
  const extra: Mention[] = [];
  let taken: Uint8Array | undefined;
  hits.forEach((starts, k) => {
    const { key, meaning } = entries[k]!;
    for (const p of starts) {
      const q = p + key.length;
      taken ??= new Uint8Array(text.length);
      let free = true;
      for (let i = p; i < q && free; i++) free = taken[i] === 0;
      if (!free) continue;
      taken.fill(1, p, q);
      extra.push({ start: p, end: q, ...meaning, shortForm: true });
    }
  });
  return extra;
}

/** `scanText`, plus the short forms earlier texts defined; learns the ones this text defines. */
export function scanWithMemory(text: string, matcher: Matcher, memory: ShortFormMemory): Mention[] {
  const mentions = scanText(text, matcher);
  const learns = mentions.some((m) => m.shortForm);
  if (memory.known.size === 0 && !learns) return mentions;
  const folded = fold(text);
  const extra = memory.known.size > 0 ? remembered(text, folded, mentions, memory) : [];
  if (learns) {
    for (const m of mentions) {
      if (!m.shortForm) continue;
      const { start, end, ...meaning } = m;
      const key = folded.slice(start, end);
      if (!memory.known.has(key) && memory.known.size >= MAX_SHORT_FORMS) continue;
      memory.known.set(key, { written: text.slice(start, end), meaning });
    }
  }
  if (extra.length === 0) return mentions;
  extra.sort((a, b) => a.start - b.start);
  return mergeByStart(mentions, extra);
}

/** Two lists sorted by start, disjoint, as one (a merge: a page's block may hold 100,000 mentions). */
function mergeByStart(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  const out = new Array<Mention>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    out[k++] = (a[i] as Mention).start <= (b[j] as Mention).start ? (a[i++] as Mention) : (b[j++] as Mention);
  }
  while (i < a.length) out[k++] = a[i++] as Mention;
  while (j < b.length) out[k++] = b[j++] as Mention;
  return out;
}
