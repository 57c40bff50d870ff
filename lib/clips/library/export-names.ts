/**
 * The names exports print (lib/clips/export/names), from what the library page already has: the
 * library knowledge of the background (items, topics, agencies in three languages).
 */
import type { ExportNames } from '../export/names';
import type { LibraryKnowledge, UiLang } from './knowledge';

export function exportNamesOf(knowledge: LibraryKnowledge, lang: UiLang): ExportNames {
  const pick = (n: { hans: string; hant: string; en: string }) =>
    lang === 'zh-Hant' ? n.hant : lang === 'en' ? n.en || n.hans : n.hans;
  const items = new Map(knowledge.items.map((i) => [i.no, i]));
  const topics = new Map(knowledge.topics.map((t) => [t.id, t]));
  const agencies = new Map(knowledge.agencies.map((a) => [a.id, a]));
  return {
    item: (no) => {
      const item = items.get(no);
      if (!item) return undefined;
      return { label: item.label, title: lang === 'en' && item.en ? item.en : item.title };
    },
    topic: (id) => {
      const t = topics.get(id);
      return t && pick(t);
    },
    agency: (id) => {
      const a = agencies.get(id);
      return a && pick(a);
    },
  };
}
