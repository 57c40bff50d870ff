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

/** A dictionary match as a mention: the first payload's kind; every id of that kind; their items. */
export function mentionOf(start: number, end: number, payloads: readonly number[], matcher: Matcher): Mention {
  const first = matcher.payloads[payloads[0] as number];
  if (!first) throw new Error(`matcher: unknown payload ${payloads[0]}`);
  const ids =
    payloads.length === 1
      ? [first.id]
      : [
          ...new Set(
            payloads.map((p) => matcher.payloads[p]).flatMap((p) => (p && p.kind === first.kind ? [p.id] : [])),
          ),
        ];
  const mention: Mention = { start, end, kind: first.kind, id: first.id, items: [] };
  if (ids.length > 1) mention.ids = ids;
  if (first.kind === 'topic') {
    mention.items = union(ids.map((id) => matcher.topicItems[id] ?? EMPTY));
  } else {
    const roles = ids.map((id) => matcher.agencyItems[id]);
    mention.leadItems = union(roles.map((r) => r?.lead ?? EMPTY));
    mention.partnerItems = union(roles.map((r) => r?.partner ?? EMPTY));
    mention.items = union([mention.leadItems, mention.partnerItems]);
  }
  return mention;
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
  for (let k = 0; k < list.length; k++) terms[k] = mentionOf(list.start(k), list.end(k), list.payloads(k), matcher);
  const folded = fold(text);
  const short = resolveShortForms(folded, terms, text);
  const dictionary = short.length === 0 ? terms : mergeWinning(terms, short);
  if (!matcher.families) return dictionary;
  const standards = findDesignations(folded, text, matcher.families).map((d) => standardMention(d, matcher));
  return standards.length === 0 ? dictionary : mergeWinning(standards, dictionary);
}
