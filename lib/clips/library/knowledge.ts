/**
 * What the clip library needs to know about the plan (issue 11): item labels and titles, and the names
 * of topics and agencies in Simplified, Traditional and English — to show chips, to filter by agency
 * (lead or partner of an item) and to search by any name. Pure: built by the background from the
 * knowledge base, sent to the page once.
 */
import type { CardKnowledge } from '../../card/types';
import { agencyItemsOf } from '../../kb/knowledge-base';

export interface LibraryItem {
  no: number;
  /** `(九)` */
  label: string;
  title: string;
  en?: string;
}

export interface LibraryName {
  id: string;
  hans: string;
  hant: string;
  en: string;
  /** Every other name the entry is known by (aliases, short forms, acronyms, full names). */
  aliases: string[];
}

export interface LibraryTopic extends LibraryName {
  items: number[];
}

export interface LibraryAgency extends LibraryName {
  /** Items whose duty bracket names the agency before 牵头. */
  lead: number[];
  /** Items whose duty bracket names it among those sharing the work. */
  partner: number[];
}

export interface LibraryKnowledge {
  planTitle: string;
  items: LibraryItem[];
  topics: LibraryTopic[];
  agencies: LibraryAgency[];
}

export const EMPTY_KNOWLEDGE: LibraryKnowledge = { planTitle: '', items: [], topics: [], agencies: [] };

export function libraryKnowledge(kb: Pick<CardKnowledge, 'plan' | 'agencies' | 'topics'>): LibraryKnowledge {
  const roles = agencyItemsOf(kb.plan);
  return {
    planTitle: kb.plan.title,
    items: kb.plan.items.map(({ no, label, title, en }) => ({ no, label, title, ...(en ? { en } : {}) })),
    topics: kb.topics.map((t) => ({
      id: t.id,
      hans: t.hans,
      hant: t.hant,
      en: t.en,
      aliases: [...t.aliases, ...t.enAliases],
      items: [...t.items],
    })),
    agencies: kb.agencies.map((a) => ({
      id: a.id,
      hans: a.hans,
      hant: a.hant,
      en: a.en,
      aliases: [a.full, ...a.short, ...(a.variants ?? []), ...a.acronyms, ...a.enAliases].filter(Boolean),
      lead: roles[a.id]?.lead ?? [],
      partner: roles[a.id]?.partner ?? [],
    })),
  };
}

export type UiLang = 'zh-Hans' | 'zh-Hant' | 'en';

/** The entry's name in `lang`. */
export function nameIn(entry: LibraryName | undefined, lang: UiLang, fallback = ''): string {
  if (!entry) return fallback;
  return lang === 'en' ? entry.en : lang === 'zh-Hant' ? entry.hant : entry.hans;
}
