/**
 * One call from the knowledge the background sends (`getPlanBrowser`) to a search function: the index
 * is built here once, each call of the function only searches it. plan.html and the popup's look-up
 * share it (the popup loads it on first use, so its first paint does not wait for it).
 */
import type { StandardCodesFile } from '../kb/seed-types';
import { buildPlanIndex, type PlanIndexOptions } from './build-index';
import { searchPlan } from './search';
import type { PlanSearchHit, PlanSearchSource } from './types';

export type PlanSearch = (query: string) => PlanSearchHit[];

export function createPlanSearch(
  knowledge: Omit<PlanSearchSource, 'families'> & { standardCodes?: StandardCodesFile },
  options: PlanIndexOptions & { limit?: number },
): PlanSearch {
  const index = buildPlanIndex({ ...knowledge, families: knowledge.standardCodes?.families }, options);
  return (query) => searchPlan(index, query, { limit: options.limit });
}
