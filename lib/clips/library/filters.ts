/**
 * The library's filters (issue 11): plan item, agency (named, or lead or partner of a mentioned item),
 * topic, kind, site, tag, status and a date range, plus the search text. Filters of different kinds
 * combine with AND; several values of one kind with OR. The state lives in the page URL
 * (`clips.html?item=9&tag=重点&from=2025-01-01`) so a view can be bookmarked.
 */
import type { MentionKind } from '../../match/types';
import type { Clip, ClipStatus } from '../types';
import type { LibraryKnowledge } from './knowledge';

export interface LibraryFilter {
  q: string;
  item: number[];
  agency: string[];
  topic: string[];
  kind: MentionKind[];
  site: string[];
  tag: string[];
  status: ClipStatus[];
  /** `YYYY-MM-DD`, inclusive, on the day the clip was taken (local time). */
  from: string;
  to: string;
}

export const NO_FILTER: LibraryFilter = {
  q: '',
  item: [],
  agency: [],
  topic: [],
  kind: [],
  site: [],
  tag: [],
  status: [],
  from: '',
  to: '',
};

const KINDS: readonly MentionKind[] = ['topic', 'agency', 'standard'];
const STATUSES: readonly ClipStatus[] = ['found', 'moved', 'changed', 'missing', 'unchecked'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
type ListKey = 'item' | 'agency' | 'topic' | 'kind' | 'site' | 'tag' | 'status';
const LIST_KEYS: readonly ListKey[] = ['item', 'agency', 'topic', 'kind', 'site', 'tag', 'status'];

/** Reads the filter back from a query string; values that cannot be filters are dropped. */
export function filterFromSearch(search: string): LibraryFilter {
  const params = new URLSearchParams(search);
  const all = (key: string) => [...new Set(params.getAll(key).map((v) => v.trim()))].filter(Boolean);
  const date = (key: string) => {
    const v = params.get(key) ?? '';
    return DATE.test(v) ? v : '';
  };
  return {
    q: params.get('q') ?? '',
    item: all('item')
      .filter((v) => /^[1-9]\d{0,4}$/.test(v))
      .map(Number),
    agency: all('agency'),
    topic: all('topic'),
    kind: all('kind').filter((v): v is MentionKind => (KINDS as string[]).includes(v)),
    site: all('site'),
    tag: all('tag'),
    status: all('status').filter((v): v is ClipStatus => (STATUSES as string[]).includes(v)),
    from: date('from'),
    to: date('to'),
  };
}

/** `?item=9&tag=…` ('' when nothing is filtered): the inverse of `filterFromSearch`. */
export function filterToSearch(filter: LibraryFilter): string {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  for (const key of LIST_KEYS) for (const v of filter[key]) params.append(key, String(v));
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function isFiltered(filter: LibraryFilter): boolean {
  return filterToSearch({ ...filter, q: '' }) !== '';
}

/** Adds the value to its kind of filter, or removes it when it is there (a chip's click). */
export function toggle<K extends ListKey>(
  filter: LibraryFilter,
  key: K,
  value: LibraryFilter[K][number],
): LibraryFilter {
  const list = filter[key] as unknown[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...filter, [key]: next };
}

/** The plan items a clip touches: the union of its mentions' items. */
export function clipItems(clip: Clip): number[] {
  return [...new Set(clip.mentions.flatMap((m) => m.items))].sort((a, b) => a - b);
}

/** The local day a clip was taken, `YYYY-MM-DD`. */
export function localDay(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Agency id → the items it leads or shares. */
export function agencyItemSets(knowledge: LibraryKnowledge): Map<string, Set<number>> {
  return new Map(knowledge.agencies.map((a) => [a.id, new Set([...a.lead, ...a.partner])]));
}

/** Whether the clip passes every filter but the search text. */
export function matchesFilter(
  clip: Clip,
  filter: LibraryFilter,
  agencyItems: Map<string, Set<number>>,
  day: (time: number) => string = localDay,
): boolean {
  const some = <T>(wanted: readonly T[], has: (v: T) => boolean) => wanted.length === 0 || wanted.some(has);
  const items = clipItems(clip);
  const mentions = (kind: MentionKind, id: string) =>
    clip.mentions.some((m) => m.kind === kind && m.id === id);
  if (!some(filter.item, (no) => items.includes(no))) return false;
  if (!some(filter.topic, (id) => mentions('topic', id))) return false;
  if (
    !some(filter.agency, (id) => mentions('agency', id) || items.some((no) => agencyItems.get(id)?.has(no)))
  )
    return false;
  if (!some(filter.kind, (kind) => clip.mentions.some((m) => m.kind === kind))) return false;
  if (!some(filter.site, (site) => clip.site === site)) return false;
  if (!some(filter.tag, (tag) => clip.tags.includes(tag))) return false;
  if (!some(filter.status, (status) => clip.status === status)) return false;
  if (filter.from || filter.to) {
    const taken = day(clip.created);
    if (filter.from && taken < filter.from) return false;
    if (filter.to && taken > filter.to) return false;
  }
  return true;
}

/** Clips per plan item (the evidence grid), over the clips given. */
export function countByItem(clips: readonly Clip[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const clip of clips) for (const no of clipItems(clip)) out.set(no, (out.get(no) ?? 0) + 1);
  return out;
}
