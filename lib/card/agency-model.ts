import { agencyItemsOf } from '../kb/knowledge-base';
import type { AgencyItems } from '../match/types';
import type { PlanDoc } from '../plan/types';
import { agencyRef } from './agency-refs';
import { createCardContext, itemRefs, planString, type CardContext } from './context';
import type { AgencyCardModel, CardKnowledge, CardLang } from './types';

// The same lead / partner split the matcher's agency mentions carry (lib/kb agencyItemsOf).
const agencyItems = new WeakMap<PlanDoc, Record<string, AgencyItems>>();

function itemsOf(plan: PlanDoc, id: string): AgencyItems {
  let all = agencyItems.get(plan);
  if (!all) {
    all = agencyItemsOf(plan);
    agencyItems.set(plan, all);
  }
  return all[id] ?? { lead: [], partner: [] };
}

/**
 * An agency card: names, acronyms, linked bodies, and the items it leads (牵头) and shares (按职责分工负责).
 * `alsoIds` are the other agencies an ambiguous surface may mean. Undefined for an id neither the seeds
 * nor the plan know.
 */
export function buildAgencyModel(
  kb: CardKnowledge,
  id: string,
  lang: CardLang,
  alsoIds: readonly string[] = [],
): AgencyCardModel | undefined {
  const ctx = createCardContext(kb, lang);
  const seed = ctx.agencies.get(id);
  const placeholder = ctx.planAgencies.get(id);
  if (!seed && !placeholder) return undefined;
  const { lead, partner } = itemsOf(kb.plan, id);
  const names = seed ?? {
    hans: placeholder?.hans ?? id,
    hant: '',
    en: '',
    full: '',
    short: [],
    acronyms: [],
  };
  const ref = agencyRef(ctx, id);
  return {
    kind: 'agency',
    id,
    title: ref.name,
    fullName: chinese(ctx, names.full || names.hans),
    chineseName: chinese(ctx, names.hans),
    shortForms: names.short.map((s) => chinese(ctx, s)),
    englishName: names.en,
    acronyms: [...names.acronyms],
    linked: (seed?.linked ?? []).map((l) => agencyRef(ctx, l)),
    leadItems: itemRefs(ctx, lead),
    partnerItems: itemRefs(ctx, partner),
    leadCount: lead.length,
    partnerCount: partner.length,
    alternatives: [...new Set(alsoIds)].filter((a) => a !== id).map((a) => agencyRef(ctx, a)),
  };
}

/** Chinese names are stored in Simplified: Traditional for zh-Hant readers, as stored otherwise. */
function chinese(ctx: CardContext, text: string): string {
  return planString(ctx, text);
}
