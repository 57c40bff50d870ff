/**
 * The plan browser's search (issue 12), after lib/clips/search: an exact pass first, Fuse second.
 *
 * Exact: the folded query (and each of its space-separated terms) is looked up as a substring of each
 * entry's folded names and text. A Chinese query has no spaces and no typos of the Latin kind, and a
 * two-character one (工信部, 6G, 碳足迹) must find its entry, which Fuse alone does not promise; so
 * exact hits come first, ranked: a name equal to the query, a name starting with it, names holding
 * every term, then an item's text holding them — shorter names first within a rank (the closer fit).
 * When the exact pass finds nothing, Fuse looks for what it cannot find — typos (`carbon footprnt`),
 * near phrases (碳足迹核算标准) — in queries of four characters or more: a fallback only, since next to
 * exact hits its guesses are noise (`MIIT` ~ `committee`). English queries search names only.
 *
 * The query is cut to MAX_QUERY characters: nothing the plan names is longer, and a pasted page must
 * not make a keystroke scan the index with a 10,000-character pattern.
 */
import { fold } from '../text/fold';
import type { PlanIndex } from './build-index';
import type { PlanSearchDoc, PlanSearchHit } from './types';

export const MAX_QUERY = 128;
const MAX_TERMS = 12;
export const MAX_LIMIT = 100;
/**
 * Fuse only from this many characters (shorter Chinese queries are answered exactly or not at all) up
 * to its bitap pattern size: a longer query is a pasted sentence, not a mistyped name.
 */
const FUZZY_FROM = 4;
const FUZZY_TO = 32;
const SNIPPET = 80;
const LATIN = /^[\x20-\x7e]+$/;

/** The folded query and its terms; empty when there is nothing to look for. */
export function planQuery(query: string): { q: string; terms: string[] } {
  const terms = fold(query.slice(0, MAX_QUERY)).split(/\s+/).filter(Boolean).slice(0, MAX_TERMS);
  return { q: terms.join(' '), terms };
}

/** 0 = a name is the query … 3 = only an item's text holds it; undefined = no exact hit. */
function rankOf(doc: PlanSearchDoc, q: string, terms: string[]): number | undefined {
  if (doc.names.some((n) => n === q)) return 0;
  if (doc.names.some((n) => n.startsWith(q))) return 1;
  if (terms.every((t) => doc.names.some((n) => n.includes(t)))) return 2;
  if (terms.every((t) => doc.names.some((n) => n.includes(t)) || doc.text.some((s) => s.includes(t)))) {
    return 3;
  }
  return undefined;
}

/** The shortest name holding the first term: 碳足迹 before 产品碳足迹核算. */
function fitOf(doc: PlanSearchDoc, term: string): number {
  let best = Number.MAX_SAFE_INTEGER;
  for (const n of doc.names) if (n.length < best && n.includes(term)) best = n.length;
  return best;
}

/** The item sentence holding most terms, cut to a window around the first one, in the reader's script. */
function sentenceDetail(doc: PlanSearchDoc, terms: string[], index: PlanIndex): string | undefined {
  let best = -1;
  let score = 0;
  doc.text.forEach((s, i) => {
    const n = terms.filter((t) => s.includes(t)).length;
    if (n > score) [best, score] = [i, n];
  });
  if (best < 0) return undefined;
  const text = doc.sentences[best]!;
  const folded = doc.text[best]!;
  const at = Math.max(0, folded.indexOf(terms.find((t) => folded.includes(t))!));
  const start = Math.max(0, Math.min(at - 20, text.length - SNIPPET));
  const end = Math.min(text.length, start + SNIPPET);
  const cut = index.localize(text.slice(start, end).trim());
  return `${start > 0 ? '…' : ''}${cut}${end < text.length ? '…' : ''}`;
}

function hitOf(doc: PlanSearchDoc, detail = doc.detail): PlanSearchHit {
  return { kind: doc.kind, id: doc.id, href: doc.href, title: doc.title, detail };
}

/** Entries for the query, best first, at most `limit` (≤ MAX_LIMIT). Never throws. */
export function searchPlan(index: PlanIndex, query: string, { limit = 20 } = {}): PlanSearchHit[] {
  const max = Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit) || 0));
  const { q, terms } = planQuery(query);
  if (!q || max === 0) return [];

  const exact: { doc: PlanSearchDoc; rank: number; fit: number }[] = [];
  for (const doc of index.docs) {
    const rank = rankOf(doc, q, terms);
    if (rank !== undefined) exact.push({ doc, rank, fit: rank < 3 ? fitOf(doc, terms[0]!) : 0 });
  }
  exact.sort((a, b) => a.rank - b.rank || a.fit - b.fit || a.doc.order - b.doc.order);
  const hits = exact.slice(0, max).map(({ doc, rank }) => {
    const detail = doc.kind === 'item' && rank === 3 ? sentenceDetail(doc, terms, index) : undefined;
    return hitOf(doc, detail);
  });
  if (hits.length > 0 || q.length < FUZZY_FROM || q.length > FUZZY_TO) return hits;
  const fuse = LATIN.test(q) ? index.fuseNames : index.fuse;
  return fuse.search(q, { limit: max }).map(({ item }) => hitOf(item));
}
