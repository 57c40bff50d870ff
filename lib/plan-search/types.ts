/**
 * The plan browser's one search (issue 12): what it indexes and what it answers. Pure data, so the
 * same index serves plan.html and the popup's look-up.
 */
import type { StandardFamilySeed } from '../kb/seed-types';
import type { PlanDoc } from '../plan/types';
import type { AgencySeed, TopicSeed } from '../kb/seed-types';

export type PlanHitKind = 'item' | 'topic' | 'agency' | 'family';

/** One result: a link to a view of the plan browser (`#item-9`, `#agency-miit`, `#topic-x`, `#family-x`). */
export interface PlanSearchHit {
  kind: PlanHitKind;
  /** Item number as a string, or the topic / agency / family id. */
  id: string;
  href: string;
  /** In the reader's language: `(九) 持续健全碳达峰碳中和标准体系`, 工业和信息化部, `GB/T`. */
  title: string;
  /** A line of context: the sentence that matched, other names, a family's meaning. */
  detail: string;
}

/** What the index is built from: the `getPlanBrowser` answer. */
export interface PlanSearchSource {
  plan: PlanDoc;
  agencies: readonly AgencySeed[];
  topics: readonly TopicSeed[];
  /** Standard-code families (seeds/standard-codes.json); none when absent. */
  families?: readonly StandardFamilySeed[];
}

/** One searchable entry: display strings as shown, search strings folded (lib/text fold). */
export interface PlanSearchDoc {
  kind: PlanHitKind;
  id: string;
  href: string;
  title: string;
  detail: string;
  /** Folded names: titles, labels, aliases, short forms, acronyms, prefixes. */
  names: string[];
  /** Folded body text: an item's sentences; empty for other kinds. */
  text: string[];
  /** The item's sentences as written (Simplified), for the matched sentence as detail. */
  sentences: string[];
  /** The doc's place in the index: the last tie-break. */
  order: number;
}
