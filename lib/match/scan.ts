/**
 * `scanText`: text → mentions (DESIGN.md, "Text and matching"). Three linear passes over one text:
 * the dictionary automaton (reads the original; folding is in its tables), the standard-designation
 * recognizer (folded + original), and short forms the text defines for itself (folded + first-pass
 * mentions). Dictionary matches whose surface carries a guard (guards.ts: 扩大数据库, 市发改委, ISO 400 …)
 * and Chinese matches (zh-context.ts: 各地工信部门, 高标准联通, 智慧家居科技有限公司 …) are checked against their
 * context on the way; a rejected one is rescanned from its second unit, so a term it hid can still match. Designations win over dictionary terms they overlap (`GB 18030` is a
 * standard even if a term matched inside it). The result is sorted and non-overlapping.
 */
import { isWordUnit } from '../text/char-class';
import { fold } from '../text/fold';
import type { MatchList } from './automaton';
import { findDesignations, type Designation } from './designation';
import { compileEnNames, inProperName, type EnNames } from './english-names';
import { TITLE_REACH } from './standard-title-window';
import {
  createAcronymState,
  guardKey,
  guardRejects,
  neighboursReject,
  type AcronymState,
  type TermGuard,
} from './guards';
import type { Matcher, TitleReader } from './matcher';
import { resolveShortForms, SENTENCE_ENDS } from './short-forms';
import type { Mention } from './types';
import { zhRejects, zhRulesFor, type ZhRules } from './zh-context';

export type { Mention, MentionKind, AgencyItems } from './types';

const EMPTY: readonly number[] = [];

/** A Latin letter (keys are folded: lower case, half width). */
const isLatinLetter = (c: number): boolean => c >= 0x61 && c <= 0x7a;

function union(lists: ReadonlyArray<readonly number[]>): number[] {
  if (lists.length === 1) return [...(lists[0] as readonly number[])];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

type Meaning = Omit<Mention, 'start' | 'end'>;

/**
 * What a payload list means, and the guard of the key it was matched by (`null`: none). Automaton groups
 * are long-lived arrays, one per key, so both are computed once per matcher and group — the guard from
 * the first match of the group, whose text is the group's key.
 */
interface Entry {
  meaning: Meaning;
  ids: readonly string[];
  guard: TermGuard | null;
  /** The Chinese context rules of the key (zh-context.ts), or null. */
  zh: ZhRules | null;
  /** For a topic written in Latin script: the name rules it is checked against (english-names.ts). */
  names: EnNames | null;
  /** Any of the three: matches take the checked path. */
  checked: boolean;
}

/**
 * A matcher's entries: by automaton group in an array (the common case: one index per match), and by
 * payload list for the case-filtered subsets a scan makes (lib/match/automaton.ts acceptedPayloads).
 */
interface Entries {
  byGroup: (Entry | undefined)[];
  byList: WeakMap<readonly number[], Entry>;
}
const entries = new WeakMap<Matcher, Entries>();

function entriesOf(matcher: Matcher): Entries {
  let found = entries.get(matcher);
  if (!found) entries.set(matcher, (found = { byGroup: [], byList: new WeakMap() }));
  return found;
}

/** The entry of match `k`; `folded` and the match's offsets name its key on first sight. */
function entryAt(
  list: MatchList,
  k: number,
  cache: Entries,
  matcher: Matcher,
  folded: string,
  start: number,
  end: number,
): Entry {
  const g = list.group(k);
  if (g >= 0) return (cache.byGroup[g] ??= newEntry(list.payloads(k), matcher, folded, start, end));
  const payloads = list.payloads(k);
  let entry = cache.byList.get(payloads);
  if (!entry) cache.byList.set(payloads, (entry = newEntry(payloads, matcher, folded, start, end)));
  return entry;
}

function newEntry(
  payloads: readonly number[],
  matcher: Matcher,
  folded: string,
  start: number,
  end: number,
): Entry {
  const first = matcher.payloads[payloads[0] as number];
  if (!first) throw new Error(`matcher: unknown payload ${payloads[0]}`);
  const ids = [
    ...new Set(
      payloads.map((p) => matcher.payloads[p]).flatMap((p) => (p && p.kind === first.kind ? [p.id] : [])),
    ),
  ];
  const meaning: Meaning = { kind: first.kind, id: first.id, items: [] };
  if (ids.length > 1) meaning.ids = ids;
  if (first.kind === 'topic') {
    meaning.items = union(ids.map((id) => matcher.topicItems[id] ?? EMPTY));
  } else {
    const roles = ids.map((id) => matcher.agencyItems[id]);
    meaning.leadItems = union(roles.map((r) => r?.lead ?? EMPTY));
    meaning.partnerItems = union(roles.map((r) => r?.partner ?? EMPTY));
    meaning.items = union([meaning.leadItems, meaning.partnerItems]);
  }
  const key = guardKey(folded, start, end);
  const guard = matcher.guards.get(key) ?? null;
  const zh = matcher.zh ? zhRulesFor(matcher.zh, first.kind, key) : null;
  const latin = first.kind === 'topic' && isLatinLetter(key.charCodeAt(0)) && matcher.en !== undefined;
  const names = latin ? namesOf(matcher) : null;
  return { meaning, ids, guard, zh, names, checked: guard !== null || zh !== null || names !== null };
}

function meaningMention(m: Meaning, start: number, end: number): Mention {
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

/**
 * The automaton's matches as mentions — per match one cached lookup and a test — except those their
 * guard or Chinese rules reject, plus what those hid (`dropped`, kept out of this loop).
 */
function termMentions(
  text: string,
  folded: string,
  matcher: Matcher,
  list: MatchList,
  state: AcronymState,
): Mention[] {
  const n = list.length;
  const out: Mention[] = new Array<Mention>(n);
  let size = 0;
  const named = state.named;
  const cache = entriesOf(matcher);
  for (let k = 0; k < n; k++) {
    const start = list.start(k);
    const end = list.end(k);
    const entry = entryAt(list, k, cache, matcher, folded, start, end);
    if (
      !entry.checked ||
      !rejects(entry, folded, text, start, end, size > 0 ? out[size - 1] : undefined, state)
    ) {
      out[size++] = meaningMention(entry.meaning, start, end);
      if (named !== undefined && entry.meaning.kind === 'topic') for (const id of entry.ids) named.add(id);
    } else {
      const limit = k + 1 < n ? list.start(k + 1) : text.length;
      size = dropped(text, folded, matcher, start, end, limit, out, size, state);
    }
  }
  out.length = size;
  return out;
}

/** Whether the match's guard or Chinese rules say it is no mention. */
function rejects(
  entry: Entry,
  folded: string,
  text: string,
  start: number,
  end: number,
  prev: Mention | undefined,
  state: AcronymState,
): boolean {
  if (entry.guard !== null && guardRejects(entry.guard, folded, text, start, end, entry.ids, prev, state))
    return true;
  if (entry.names !== null && inProperName(entry.names, text, start, end)) return true;
  return entry.zh !== null && zhRejects(entry.zh, folded, text, start, end);
}

/** A match its guard or Chinese rules rejected: what it hid, appended to `out`. Returns the new count. */
function dropped(
  text: string,
  folded: string,
  matcher: Matcher,
  start: number,
  end: number,
  limit: number,
  out: Mention[],
  size: number,
  state: AcronymState,
): number {
  const prev = size > 0 ? out[size - 1] : undefined;
  const found: Mention[] = [];
  rescan(text, folded, matcher, start, end, limit, found, prev, state);
  for (const m of found) out[size++] = m;
  return size;
}

/**
 * After a rejected match text[start, end): what it hid, scanned from its second unit to its end — up to
 * `limit`, the next match's start, so nothing found here overlaps what the scan already took.
 */
function rescan(
  text: string,
  folded: string,
  matcher: Matcher,
  start: number,
  end: number,
  limit: number,
  out: Mention[],
  before: Mention | undefined,
  state: AcronymState,
): void {
  // Inside a Latin word (ISO, CAC) no term can start: nothing to rescan.
  let p = start + 1;
  while (p < end && isWordUnit(text.charCodeAt(p))) p++;
  if (p >= end) return;
  const list = matcher.automaton.scanList(text, start + 1, end);
  const cache = entriesOf(matcher);
  for (let k = 0; k < list.length; k++) {
    const s = list.start(k);
    const e = list.end(k);
    if (e > limit) return;
    const entry = entryAt(list, k, cache, matcher, folded, s, e);
    const prev = out.length > 0 ? out[out.length - 1] : before;
    if (entry.checked && rejects(entry, folded, text, s, e, prev, state)) {
      const next = k + 1 < list.length ? Math.min(list.start(k + 1), limit) : limit;
      rescan(text, folded, matcher, s, e, next, out, prev, state);
    } else {
      out.push(meaningMention(entry.meaning, s, e));
      if (state.named !== undefined && entry.meaning.kind === 'topic')
        for (const id of entry.ids) state.named.add(id);
    }
  }
}

/**
 * A short form the page defined, written where its own surface's guard says it is no mention, or inside
 * a name (`the Stock Exchange's ESG Reporting Guide` after `… governance (ESG)`).
 */
function shortFormRejected(matcher: Matcher, folded: string, text: string, m: Mention): boolean {
  const guard = matcher.guards.get(guardKey(folded, m.start, m.end));
  if (guard !== undefined && neighboursReject(guard, folded, text, m.start, m.end)) return true;
  return (
    matcher.en !== undefined &&
    m.kind === 'topic' &&
    isLatinLetter(folded.charCodeAt(m.start)) &&
    inProperName(namesOf(matcher), text, m.start, m.end)
  );
}

const compiledNames = new WeakMap<Matcher, EnNames>();

/** The English name rules of a matcher that has their words (callers check `matcher.en`). */
function namesOf(matcher: Matcher): EnNames {
  let names = compiledNames.get(matcher);
  if (!names) compiledNames.set(matcher, (names = compileEnNames(matcher.en as NonNullable<Matcher['en']>)));
  return names;
}

const onceNamed = new WeakMap<Matcher, boolean>();

/** The matcher has short forms that need their topic named first (guards.ts `afterNamed`). */
function hasOnceNamed(matcher: Matcher): boolean {
  let has = onceNamed.get(matcher);
  if (has === undefined) {
    has = [...matcher.guards.values()].some((g) => g.afterNamed === true);
    onceNamed.set(matcher, has);
  }
  return has;
}

/**
 * All mentions in `text` (page text as collected, unfolded): sorted by start, non-overlapping. `state`:
 * what earlier texts of the same page defined about acronyms (acronym-guards.ts); this text adds to it.
 */
export function scanText(
  text: string,
  matcher: Matcher,
  state: AcronymState = createAcronymState(),
): Mention[] {
  const list = matcher.automaton.scanList(text);
  const folded = fold(text);
  if (state.named === undefined && hasOnceNamed(matcher)) state.named = new Set();
  const terms = termMentions(text, folded, matcher, list, state);
  const short = resolveShortForms(folded, terms, text, state.defined).filter(
    (m) => !shortFormRejected(matcher, folded, text, m),
  );
  const dictionary = short.length === 0 ? terms : mergeWinning(terms, short);
  if (!matcher.families) return dictionary;
  const standards = findDesignations(folded, text, matcher.families).map((d) => standardMention(d, matcher));
  if (standards.length === 0) return dictionary;
  const kept = matcher.readTitle
    ? withoutEnglishTitleTopics(matcher.readTitle, text, folded, standards, dictionary)
    : dictionary;
  return mergeWinning(standards, kept);
}

/**
 * An English standard's title names a document (`GB 38031-2025 Electric vehicles traction battery safety
 * requirements`): the topics inside it are part of that title, not mentions (tests/fixtures/ANNOTATION.md;
 * the card maps the title itself to plan items). Chinese pages mark a topic inside a 《title》, so only
 * Latin-script topics go. Both lists sorted: one sweep.
 */
function withoutEnglishTitleTopics(
  readStandardTitle: TitleReader,
  text: string,
  folded: string,
  standards: readonly Mention[],
  mentions: readonly Mention[],
): readonly Mention[] {
  const titles: { start: number; end: number }[] = [];
  for (const d of standards) {
    // Read within the code's sentence only, so a block scanned in slices cut after sentence ends
    // (scan-blocks.ts) drops exactly what its whole scan drops.
    const lo = sentenceStartBefore(folded, d.start);
    const hi = sentenceEndAfter(folded, d.end);
    const title = readStandardTitle(text.slice(lo, hi), d.start - lo, d.end - lo);
    if (title && isLatinLetter(folded.charCodeAt(title.start + lo)))
      titles.push({ start: title.start + lo, end: title.end + lo });
  }
  if (titles.length === 0) return mentions;
  titles.sort((a, b) => a.start - b.start);
  let t = 0;
  return mentions.filter((m) => {
    while (t < titles.length && (titles[t] as { end: number }).end <= m.start) t++;
    const title = titles[t];
    const inside = title !== undefined && title.start <= m.start && m.end <= title.end;
    return !(inside && m.kind === 'topic' && isLatinLetter(folded.charCodeAt(m.start)));
  });
}

/** Where the sentence holding `at` starts: after the last sentence end before it (or the text's start). */
function sentenceStartBefore(folded: string, at: number): number {
  let p = at;
  while (p > 0 && at - p < TITLE_REACH && !SENTENCE_ENDS.includes(folded[p - 1] as string)) p--;
  return p;
}

/** Where the sentence holding `at` ends: after its sentence end (or at the text's end). */
function sentenceEndAfter(folded: string, at: number): number {
  let p = at;
  while (p < folded.length && p - at < TITLE_REACH && !SENTENCE_ENDS.includes(folded[p] as string)) p++;
  return Math.min(folded.length, p + 1);
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
