/**
 * "My agency" (options, issue 12): the reader's own agencies and the items they lead are marked in a
 * card, so an official sees at a glance what falls to them. The background marks a model it has just
 * built (lib/services/card-service) — the view only shows the flags, it derives nothing from the plan.
 */
import type { PlanDoc } from '../plan/types';
import type { AgencyRef, CardModel, DutyView, ItemRef } from './types';

/** Items whose duty brackets name one of `agencies` before 牵头. */
export function itemsLedBy(plan: Pick<PlanDoc, 'items'>, agencies: readonly string[]): Set<number> {
  const mine = new Set(agencies);
  return new Set(
    plan.items.filter((i) => i.duties.some((d) => d.leads.some((id) => mine.has(id)))).map((i) => i.no),
  );
}

/**
 * Sets `mine` on every item ref the reader's agencies lead and on every agency ref that is (or, for
 * linked bodies written together, includes) one of them. Marks `model` in place — a model fresh from
 * the builder — and returns it; with no agencies chosen it is left as it was.
 */
export function markMine(
  model: CardModel,
  plan: Pick<PlanDoc, 'items'>,
  agencies: readonly string[],
): CardModel {
  if (agencies.length === 0) return model;
  const mine = new Set(agencies);
  const led = itemsLedBy(plan, agencies);
  const item = (ref: ItemRef) => {
    if (led.has(ref.no)) ref.mine = true;
  };
  const agency = (ref: AgencyRef) => {
    if (ref.ids.some((id) => mine.has(id))) ref.mine = true;
  };
  const duty = (view: DutyView) => {
    view.leads.forEach(agency);
    view.partners.forEach(agency);
  };
  switch (model.kind) {
    case 'topic':
      for (const topic of model.topics) {
        for (const entry of topic.items) {
          item(entry.item);
          for (const group of entry.groups) if (group.duty) duty(group.duty);
          entry.itemDuties?.forEach(duty);
        }
      }
      break;
    case 'agency':
      if (mine.has(model.id)) model.mine = true;
      model.linked.forEach(agency);
      model.alternatives.forEach(agency);
      for (const list of [model.leadItems, model.shareItems, model.responsibleItems, model.partnerItems]) {
        list.forEach(item);
      }
      break;
    case 'standard':
      if (model.agency) agency(model.agency);
      model.items.forEach(item);
      model.titleItems?.forEach((entry) => item(entry.item));
      break;
    case 'item':
      item(model.item);
      model.duties.forEach(duty);
      break;
  }
  return model;
}
