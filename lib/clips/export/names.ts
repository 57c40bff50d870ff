/**
 * How exports name what a clip's mentions point at: plan items (label + title), agencies and topics.
 * Exports are pure, so the names come in as lookups; `namesFromPlan` builds them from a PlanDoc (any
 * imported plan too — nothing here assumes 35 items). Without names an item is `第N项` and an agency or
 * topic is its id, so every export still works on a bare clip list.
 */
import type { PlanDoc } from '../../plan/types';
import type { Clip } from '../types';

export interface ExportItemName {
  /** The item's own label, e.g. `(九)`. */
  label: string;
  title: string;
}

export interface ExportNames {
  item?: (no: number) => ExportItemName | undefined;
  agency?: (id: string) => string | undefined;
  topic?: (id: string) => string | undefined;
}

export type NameLang = 'zh-Hans' | 'zh-Hant' | 'en';

export function namesFromPlan(plan: PlanDoc, lang: NameLang = 'zh-Hans'): ExportNames {
  const items = new Map(plan.items.map((i) => [i.no, { label: i.label, title: i.title }]));
  const key = lang === 'zh-Hant' ? 'hant' : lang === 'en' ? 'en' : 'hans';
  const agencies = new Map(plan.agencies.map((a) => [a.id, a[key] || a.hans]));
  const topics = new Map(plan.topics.map((t) => [t.id, t[key] || t.hans]));
  return { item: (no) => items.get(no), agency: (id) => agencies.get(id), topic: (id) => topics.get(id) };
}

export function itemName(no: number, names: ExportNames = {}): ExportItemName {
  return names.item?.(no) ?? { label: `第${no}项`, title: '' };
}

/** `(九) 标题`, or the label alone when the title is unknown. */
export function itemHeading(no: number, names: ExportNames = {}): string {
  const { label, title } = itemName(no, names);
  return title ? `${label} ${title}` : label;
}

/** The plan items a clip's mentions concern, ascending, each once. */
export function clipItems(clip: Clip): number[] {
  return [...new Set(clip.mentions.flatMap((m) => m.items))].sort((a, b) => a - b);
}

function mentionNames(clip: Clip, kind: 'agency' | 'topic', name?: (id: string) => string | undefined) {
  const ids = [...new Set(clip.mentions.filter((m) => m.kind === kind).map((m) => m.id))];
  return ids.map((id) => name?.(id) ?? id);
}

export const clipAgencies = (clip: Clip, names: ExportNames = {}) =>
  mentionNames(clip, 'agency', names.agency);
export const clipTopics = (clip: Clip, names: ExportNames = {}) => mentionNames(clip, 'topic', names.topic);

/** The normalized standard designations quoted in the clip (`GB/T 24001-2016`), each once. */
export function clipStandards(clip: Clip): string[] {
  return [...new Set(clip.mentions.filter((m) => m.kind === 'standard').map((m) => m.designation ?? m.id))];
}
