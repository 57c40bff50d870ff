/**
 * Lookups the card builders share: agencies and topics by id, items by number, and the reader's script
 * for plan strings. Indexed once per knowledge-base object (the background builds it once).
 */
import type { AgencySeed, TopicSeed } from '../kb/seed-types';
import type { Item, PlanAgency, Section } from '../plan/types';
import { toHant } from '../text/to-hant';
import type { CardKnowledge, CardLang, ItemRef, MarkRange, SectionRef } from './types';

interface Index {
  agencies: Map<string, AgencySeed>;
  planAgencies: Map<string, PlanAgency>;
  topics: Map<string, TopicSeed>;
  items: Map<number, Item>;
  sections: Map<number, Section>;
}

export interface CardContext extends Index {
  kb: CardKnowledge;
  lang: CardLang;
}

const indexes = new WeakMap<CardKnowledge, Index>();

function indexOf(kb: CardKnowledge): Index {
  let ix = indexes.get(kb);
  if (!ix) {
    ix = {
      agencies: new Map(kb.agencies.map((a) => [a.id, a])),
      planAgencies: new Map(kb.plan.agencies.map((a) => [a.id, a])),
      topics: new Map(kb.topics.map((t) => [t.id, t])),
      items: new Map(kb.plan.items.map((i) => [i.no, i])),
      sections: new Map(kb.plan.sections.map((s) => [s.no, s])),
    };
    indexes.set(kb, ix);
  }
  return ix;
}

export function createCardContext(kb: CardKnowledge, lang: CardLang): CardContext {
  return { ...indexOf(kb), kb, lang };
}

/** A plan string (written in Simplified) in the reader's script; English readers get the original. */
export function planString(ctx: CardContext, text: string): string {
  return ctx.lang === 'zh-Hant' ? toHant(text) : text;
}

/** A plan sentence with marked ranges, in the reader's script (toHant keeps the length, so the ranges fit). */
export function markedPlanString(
  ctx: CardContext,
  text: string,
  marks: MarkRange[],
): { text: string; marks: MarkRange[] } {
  return { text: ctx.lang === 'zh-Hant' ? toHant(text) : text, marks };
}

/** Picks the name for the reader: Simplified, Traditional or English. */
export function pickName(ctx: CardContext, names: { hans: string; hant: string; en: string }): string {
  return ctx.lang === 'en' ? names.en || names.hans : ctx.lang === 'zh-Hant' ? names.hant : names.hans;
}

/** A plan title for the reader: the curated English one (seeds/plan-titles.en.json) for `en`. */
function titleOf(ctx: CardContext, titled: { title: string; en?: string }): string {
  return ctx.lang === 'en' && titled.en ? titled.en : planString(ctx, titled.title);
}

export function itemRef(ctx: CardContext, item: Item): ItemRef {
  return { no: item.no, label: item.label, title: titleOf(ctx, item) };
}

export function sectionRef(ctx: CardContext, no: number): SectionRef {
  const section = ctx.sections.get(no);
  if (!section) return { no, label: String(no), title: '' };
  return { no, label: planString(ctx, section.label), title: titleOf(ctx, section) };
}

/** Item refs for numbers, ascending, skipping numbers the plan does not have. */
export function itemRefs(ctx: CardContext, numbers: Iterable<number>): ItemRef[] {
  return [...new Set(numbers)]
    .sort((a, b) => a - b)
    .flatMap((no) => {
      const item = ctx.items.get(no);
      return item ? [itemRef(ctx, item)] : [];
    });
}
