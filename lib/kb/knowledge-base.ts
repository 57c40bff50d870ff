/**
 * The whole knowledge base in one object: the linked plan and the matcher compiled from the seeds.
 * Built once — by the background (which seeds the database and sends the serialized matcher to content
 * scripts) and by the CLIs — from data passed in, so this module does no I/O.
 */
import { buildDictionary } from './dictionary';
import { buildPlanDoc, BUNDLED_PLAN } from './plan-doc';
import type { AgencySeed, PlanTitlesFile, StandardCodesFile, TopicSeed } from './seed-types';
import { createMatcher, type Matcher } from '../match/matcher';
import type { AgencyItems } from '../match/types';
import type { PlanDoc } from '../plan/types';
import { readStandardTitle } from '../match/standard-title';

export interface KnowledgeBaseInput {
  /** Plan text in the plan format (seeds/plan.zh-Hans.txt for the bundled plan). */
  planText: string;
  agencies: readonly AgencySeed[];
  topics: readonly TopicSeed[];
  standardCodes: StandardCodesFile;
  /** English section and item titles (default: seeds/plan-titles.en.json). */
  planTitles?: PlanTitlesFile;
}

export interface KnowledgeBase {
  plan: PlanDoc;
  matcher: Matcher;
}

/** Items each agency leads (牵头) or shares (按职责分工负责), from the plan's duties. */
export function agencyItemsOf(plan: PlanDoc): Record<string, AgencyItems> {
  const out: Record<string, { lead: Set<number>; partner: Set<number> }> = {};
  const entry = (id: string) => (out[id] ??= { lead: new Set(), partner: new Set() });
  for (const item of plan.items) {
    for (const duty of item.duties) {
      for (const id of duty.leads) entry(id).lead.add(item.no);
      for (const id of duty.partners) entry(id).partner.add(item.no);
    }
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return Object.fromEntries(
    Object.entries(out).map(([id, { lead, partner }]) => [
      id,
      { lead: sorted(lead), partner: sorted(partner) },
    ]),
  );
}

/** The plan parsed with the seeds' agencies, topics and English titles (no matcher compiled). */
export function planOf(input: KnowledgeBaseInput): PlanDoc {
  const result = buildPlanDoc(input.planText, {
    ...BUNDLED_PLAN,
    agencies: input.agencies,
    topics: input.topics,
    ...(input.planTitles && { titles: input.planTitles }),
  });
  if (!result.ok) throw new Error(`plan: line ${result.error.line}: ${result.error.message}`);
  return result.plan;
}

export function createKnowledgeBase(input: KnowledgeBaseInput, plan: PlanDoc = planOf(input)): KnowledgeBase {
  const dictionary = buildDictionary({
    agencies: input.agencies,
    topics: input.topics,
    families: input.standardCodes.families,
  });
  const matcher = createMatcher({
    dictionary,
    agencyItems: agencyItemsOf(plan),
    standardCodes: input.standardCodes,
    readTitle: readStandardTitle,
  });
  return { plan, matcher };
}
