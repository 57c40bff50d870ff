/**
 * The plan browser's view model (issue 12): the outline (sections → items, each item's sentences grouped
 * under the duty bracket that covers them, its targets and topics), one entry per agency the brackets
 * name (items it leads, shares, is responsible for or supports) and one per topic. Pure: built in the
 * page from the knowledge the background sends (`getPlanBrowser`), with the card's duty views and labels.
 */
import { createCardContext, pickName, planString, type CardContext } from '../../lib/card/context';
import { dutyRows, type DutyRow } from '../../lib/card/duty-rows';
import { dutyView, partnerRoleOf, targetView } from '../../lib/card/duty-view';
import { cardStrings, type CardStrings } from '../../lib/card/strings';
import type { CardKnowledge, CardLang, TargetView } from '../../lib/card/types';
import type { Item } from '../../lib/plan/types';
import { fold } from '../../lib/text/fold';
import { agencyWork, type AgencyWork } from './agency-work';
import { buildFamilies, type FamilyEntry } from './families-model';
import { planViewStrings, type PlanViewStrings } from './plan-view-strings';

/** The `getPlanBrowser` answer; without standard codes the browser has no family view. */
export type PlanBrowserKnowledge = Pick<CardKnowledge, 'plan' | 'agencies' | 'topics'> &
  Partial<Pick<CardKnowledge, 'standardCodes'>>;

export interface ItemLink {
  no: number;
  label: string;
  title: string;
}

export interface SentenceGroup {
  sentences: string[];
  /** The bracket covering these sentences; absent for sentences no bracket covers. */
  duty?: { rows: DutyRow[]; standing: string[]; note: string };
}

export interface TopicChip {
  id: string;
  name: string;
}

export interface ItemEntry extends ItemLink {
  groups: SentenceGroup[];
  targets: TargetView[];
  topics: TopicChip[];
  /** Agency ids some bracket of the item names before 牵头 ("my agency leads" in the outline). */
  leads: string[];
}

export interface SectionEntry {
  no: number;
  label: string;
  title: string;
  items: ItemEntry[];
}

export type AgencyRole = 'lead' | 'shares' | 'responsible' | 'supports';

export interface AgencyEntry {
  id: string;
  name: string;
  /** The other names (Simplified / Traditional / English) the reader may know it by. */
  otherNames: string[];
  /** Items by the role the agency has in them; a list is empty when it has no such item. */
  items: Record<AgencyRole, ItemLink[]>;
  /** Item no → the brackets naming the agency: its role, who else, the sentences they cover. */
  work: Record<number, AgencyWork[]>;
}

export interface TopicEntry {
  id: string;
  name: string;
  otherNames: string[];
  items: ItemLink[];
  /** The three names the topic index shows, each in its own language. */
  names: { hans: string; hant: string; en: string };
  /** Every name and alias, folded: what the topic filter reads. */
  folded: string;
}

export interface PlanBrowserModel {
  title: string;
  sections: SectionEntry[];
  agencies: AgencyEntry[];
  topics: TopicEntry[];
  strings: CardStrings;
  /** Standard-code families (`#family-ID`); empty without standard codes. */
  families: FamilyEntry[];
  /** The views' labels in the reader's language. */
  viewStrings: PlanViewStrings;
}

function linkOf(ctx: CardContext, item: Item): ItemLink {
  const title = ctx.lang === 'en' && item.en ? item.en : planString(ctx, item.title);
  return { no: item.no, label: item.label, title };
}

/** The item's sentences in order, each run covered by one bracket grouped with it. */
function groupsOf(ctx: CardContext, item: Item, strings: CardStrings): SentenceGroup[] {
  const byStart = new Map(item.duties.map((d) => [d.sentences[0], d]));
  const groups: SentenceGroup[] = [];
  let loose: string[] = [];
  const flush = () => {
    if (loose.length) groups.push({ sentences: loose });
    loose = [];
  };
  for (let i = 0; i < item.sentences.length;) {
    const duty = byStart.get(i);
    if (!duty) {
      loose.push(planString(ctx, item.sentences[i]!.text));
      i++;
      continue;
    }
    flush();
    const last = Math.max(i, Math.min(duty.sentences[1], item.sentences.length - 1));
    const view = dutyView(ctx, duty);
    groups.push({
      sentences: item.sentences.slice(i, last + 1).map((s) => planString(ctx, s.text)),
      duty: { rows: dutyRows(view, strings), standing: view.standing, note: view.note },
    });
    i = last + 1;
  }
  flush();
  return groups;
}

function otherNames(ctx: CardContext, names: { hans: string; hant: string; en: string }): string[] {
  const shown = pickName(ctx, names);
  const script = ctx.lang === 'zh-Hant' ? names.hant : names.hans;
  return [...new Set([script, names.en].filter((n) => n && n !== shown))];
}

export function buildPlanBrowserModel(kb: PlanBrowserKnowledge, lang: CardLang): PlanBrowserModel {
  // The duty views never read standard codes or the matcher.
  const ctx = createCardContext({ ...kb, standardCodes: { families: [], provinces: [] } }, lang);
  const strings = cardStrings(lang);
  const { plan } = kb;
  const topicsOf = (no: number): TopicChip[] =>
    kb.topics.filter((t) => t.items.includes(no)).map((t) => ({ id: t.id, name: pickName(ctx, t) }));

  const sections = plan.sections.map((section) => ({
    no: section.no,
    label: planString(ctx, section.label),
    title: lang === 'en' && section.en ? section.en : planString(ctx, section.title),
    items: plan.items
      .filter((item) => item.section === section.no)
      .map((item) => ({
        ...linkOf(ctx, item),
        groups: groupsOf(ctx, item, strings),
        targets: item.targets.map((t) => targetView(ctx, t)),
        topics: topicsOf(item.no),
        leads: [...new Set(item.duties.flatMap((d) => d.leads))],
      })),
  }));

  const roles = new Map<string, Record<AgencyRole, Set<number>>>();
  const entry = (id: string) => {
    let r = roles.get(id);
    if (!r) {
      r = { lead: new Set(), shares: new Set(), responsible: new Set(), supports: new Set() };
      roles.set(id, r);
    }
    return r;
  };
  for (const item of plan.items) {
    for (const duty of item.duties) {
      for (const id of duty.leads) entry(id).lead.add(item.no);
      const role = partnerRoleOf(duty);
      for (const id of duty.partners) entry(id)[role].add(item.no);
    }
  }
  const links = (numbers: Iterable<number>) =>
    [...numbers]
      .sort((a, b) => a - b)
      .flatMap((no) => {
        const item = ctx.items.get(no);
        return item ? [linkOf(ctx, item)] : [];
      });
  const work = agencyWork(ctx, plan, strings);
  const agencies = plan.agencies
    .filter((a) => roles.has(a.id))
    .map((a) => {
      const r = roles.get(a.id)!;
      return {
        id: a.id,
        name: pickName(ctx, a),
        otherNames: otherNames(ctx, a),
        items: {
          lead: links(r.lead),
          shares: links(r.shares),
          responsible: links(r.responsible),
          supports: links(r.supports),
        },
        work: work.get(a.id) ?? {},
      };
    });

  const topics = kb.topics.map((t) => ({
    id: t.id,
    name: pickName(ctx, t),
    otherNames: otherNames(ctx, t),
    items: links(t.items),
    names: { hans: t.hans, hant: t.hant, en: t.en },
    folded: fold([t.hans, t.hant, t.en, ...t.aliases, ...t.enAliases].join('\u0001')),
  }));

  const families = buildFamilies(kb.standardCodes?.families ?? [], lang, {
    items: (numbers) => links(numbers),
    agency: (id) => {
      const shown = agencies.find((a) => a.id === id);
      const seed = ctx.agencies.get(id);
      return shown
        ? { name: shown.name, linked: true }
        : seed && { name: pickName(ctx, seed), linked: false };
    },
  });
  return {
    title: planString(ctx, plan.title),
    sections,
    agencies,
    topics,
    strings,
    families,
    viewStrings: planViewStrings(lang),
  };
}
