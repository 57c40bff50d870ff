/**
 * `scanText`: text → mentions (DESIGN.md, "Text and matching"). Three linear passes over one text:
 * the dictionary automaton (reads the original; folding is in its tables), the standard-designation
 * recognizer (folded + original), and short forms the text defines for itself (folded + first-pass
 * mentions). Designations win over dictionary terms they overlap (`GB 18030` is a standard even if a
 * term matched inside it). The result is sorted and non-overlapping.
 */
import { fold } from '../text/fold';
import { findDesignations, type Designation } from './designation';
import type { Matcher } from './matcher';
import { resolveShortForms } from './short-forms';
import type { Mention } from './types';

export type { Mention, MentionKind, AgencyItems } from './types';

const EMPTY: readonly number[] = [];

function union(lists: ReadonlyArray<readonly number[]>): number[] {
  if (lists.length === 1) return [...(lists[0] as readonly number[])];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

type Meaning = Omit<Mention, 'start' | 'end'>;

/** Per matcher, per payload list (automaton groups are long-lived arrays): the mention's meaning. */
const meanings = new WeakMap<Matcher, WeakMap<readonly number[], Meaning>>();

function meaningOf(payloads: readonly number[], matcher: Matcher): Meaning {
  let cache = meanings.get(matcher);
  if (!cache) meanings.set(matcher, (cache = new WeakMap()));
  let meaning = cache.get(payloads);
  if (meaning) return meaning;
  const first = matcher.payloads[payloads[0] as number];
  if (!first) throw new Error(`matcher: unknown payload ${payloads[0]}`);
  const ids = [
    ...new Set(
      payloads.map((p) => matcher.payloads[p]).flatMap((p) => (p && p.kind === first.kind ? [p.id] : [])),
    ),
  ];
  meaning = { kind: first.kind, id: first.id, items: [] };
  if (ids.length > 1) meaning.ids = ids;
  if (first.kind === 'topic') {
    meaning.items = union(ids.map((id) => matcher.topicItems[id] ?? EMPTY));
  } else {
    const roles = ids.map((id) => matcher.agencyItems[id]);
    meaning.leadItems = union(roles.map((r) => r?.lead ?? EMPTY));
    meaning.partnerItems = union(roles.map((r) => r?.partner ?? EMPTY));
    meaning.items = union([meaning.leadItems, meaning.partnerItems]);
  }
  cache.set(payloads, meaning);
  return meaning;
}

/**
 * A dictionary match as a mention: the first payload's kind, every id of that kind, their items. The
 * arrays are shared by every mention of the same term: read them, do not mutate them.
 */
export function mentionOf(
  start: number,
  end: number,
  payloads: readonly number[],
  matcher: Matcher,
): Mention {
  const m = meaningOf(payloads, matcher);
  // Object literals of a fixed shape per case (a spread measured several times slower here).
  if (m.kind === 'topic') {
    return m.ids
      ? { start, end, kind: m.kind, id: m.id, ids: m.ids, items: m.items }
      : { start, end, kind: m.kind, id: m.id, items: m.items };
  }
  return m.ids
    ? {
        start,
        end,
        kind: m.kind,
        id: m.id,
        ids: m.ids,
        items: m.items,
        leadItems: m.leadItems,
        partnerItems: m.partnerItems,
      }
    : {
        start,
        end,
        kind: m.kind,
        id: m.id,
        items: m.items,
        leadItems: m.leadItems,
        partnerItems: m.partnerItems,
      };
}

function standardMention(d: Designation, matcher: Matcher): Mention {
  return {
    start: d.start,
    end: d.end,
    kind: 'standard',
    id: d.designation,
    items: [...(matcher.familyItems[d.familyId] ?? EMPTY)],
    designation: d.designation,
    family: d.familyId,
  };
}

/** Merges sorted, internally non-overlapping lists; `winners` drop whatever of `others` they overlap. */
function mergeWinning(winners: readonly Mention[], others: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let w = 0;
  for (const m of others) {
    while (w < winners.length && (winners[w] as Mention).end <= m.start) out.push(winners[w++] as Mention);
    const next = winners[w];
    if (next && next.start < m.end) continue;
    out.push(m);
  }
  while (w < winners.length) out.push(winners[w++] as Mention);
  return out;
}

/** All mentions in `text` (page text as collected, unfolded): sorted by start, non-overlapping. */
export function scanText(text: string, matcher: Matcher): Mention[] {
  const list = matcher.automaton.scanList(text);
  const terms: Mention[] = new Array<Mention>(list.length);
  for (let k = 0; k < list.length; k++)
    terms[k] = mentionOf(list.start(k), list.end(k), list.payloads(k), matcher);
  const folded = fold(text);
  const short = resolveShortForms(folded, terms, text);
  const dictionary = short.length === 0 ? terms : mergeWinning(terms, short);
  if (!matcher.families) return dictionary;
  const standards = findDesignations(folded, text, matcher.families).map((d) => standardMention(d, matcher));
  return standards.length === 0 ? dictionary : mergeWinning(standards, dictionary);
}
