import type { PlanDoc } from './types';

/**
 * The `npm run plan -- --json` shape (DESIGN.md, "CLI contracts"): the PlanDoc with each item's
 * `sentences` as plain strings — the contract lists them beside `text`, and a sentence is most useful
 * to a reader or a script as its text — plus `sentenceOffsets` ([start, end] into `text`) so nothing
 * is lost. Duty `sentences` stay [first, last] indices into that list. Sections and items carry `en`,
 * their English title, where lib/kb linked one. Everything else is as parsed.
 */
export function planToJson(plan: PlanDoc) {
  return {
    id: plan.id,
    title: plan.title,
    period: plan.period,
    preamble: plan.preamble,
    sections: plan.sections.map(({ no, label, title, en }) => ({ no, label, title, ...(en && { en }) })),
    items: plan.items.map((item) => ({
      no: item.no,
      label: item.label,
      section: item.section,
      title: item.title,
      ...(item.en && { en: item.en }),
      text: item.text,
      sentences: item.sentences.map((s) => s.text),
      sentenceOffsets: item.sentences.map((s) => [s.start, s.end]),
      duties: item.duties.map((d) => ({
        leads: d.leads,
        partners: d.partners,
        others: d.others,
        note: d.note,
        partnerWord: d.partnerWord,
        sentences: d.sentences,
        standing: d.standing,
        names: d.names,
        text: d.text,
      })),
      targets: item.targets.map(({ text, value, unit, bound, item: no, sentence }) => ({
        text,
        value,
        unit,
        bound,
        item: no,
        sentence,
      })),
    })),
    agencies: plan.agencies,
    topics: plan.topics,
    standing: plan.standing,
    unresolved: plan.unresolved,
  };
}

export type PlanJson = ReturnType<typeof planToJson>;
