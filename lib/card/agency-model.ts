import type { PlanDoc } from '../plan/types';
import { agencyRef } from './agency-refs';
import { createCardContext, itemRefs, planString, type CardContext } from './context';
import { partnerRoleOf } from './duty-view';
import type { AgencyCardModel, CardKnowledge, CardLang, PartnerRole } from './types';

type Roles = Record<'lead' | PartnerRole, number[]>;

/**
 * Items per agency and role, as the brackets word it: 牵头; 按职责分工负责 under a lead; named in a
 * bracket without a lead (responsible, each for its part — not a partner); 配合 / 协助 / 参与. An
 * agency with several roles in one item (it leads one bracket of (十八) and shares another) is filed
 * under each.
 */
function rolesOf(plan: PlanDoc): Map<string, Roles> {
  const out = new Map<string, Record<keyof Roles, Set<number>>>();
  const entry = (id: string) => {
    let e = out.get(id);
    if (!e) {
      e = { lead: new Set(), shares: new Set(), responsible: new Set(), supports: new Set() };
      out.set(id, e);
    }
    return e;
  };
  for (const item of plan.items) {
    for (const duty of item.duties) {
      for (const id of duty.leads) entry(id).lead.add(item.no);
      const role = partnerRoleOf(duty);
      for (const id of duty.partners) entry(id)[role].add(item.no);
    }
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return new Map(
    [...out].map(([id, e]) => [
      id,
      {
        lead: sorted(e.lead),
        shares: sorted(e.shares),
        responsible: sorted(e.responsible),
        supports: sorted(e.supports),
      },
    ]),
  );
}

const roleCache = new WeakMap<PlanDoc, Map<string, Roles>>();

function itemsOf(plan: PlanDoc, id: string): Roles {
  let all = roleCache.get(plan);
  if (!all) {
    all = rolesOf(plan);
    roleCache.set(plan, all);
  }
  return all.get(id) ?? { lead: [], shares: [], responsible: [], supports: [] };
}

/**
 * An agency card: names, acronyms, linked bodies, and its items by role (牵头, 按职责分工负责 under a
 * lead, responsible where no lead is named, 配合).
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
  const { lead, shares, responsible, supports } = itemsOf(kb.plan, id);
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
    shareItems: itemRefs(ctx, shares),
    responsibleItems: itemRefs(ctx, responsible),
    partnerItems: itemRefs(ctx, supports),
    leadCount: lead.length,
    shareCount: shares.length,
    responsibleCount: responsible.length,
    partnerCount: supports.length,
    alternatives: [...new Set(alsoIds)].filter((a) => a !== id).map((a) => agencyRef(ctx, a)),
  };
}

/** Chinese names are stored in Simplified: Traditional for zh-Hant readers, as stored otherwise. */
function chinese(ctx: CardContext, text: string): string {
  return planString(ctx, text);
}
