/**
 * The words a list of annotated mentions is shown with (issue 12, the popup's "Annotate text"): the
 * plan items they concern — label `(九)` and title in the reader's language — and the name of each
 * topic and agency. Pure: the background builds it from the knowledge base, as it does the popup's
 * page summary (lib/page-summary/tab-summary), so the popup ships no plan.
 */
import type { CardKnowledge, CardLang, ItemRef } from '../card/types';
import type { MentionKind } from '../match/types';

export interface MentionLabels {
  /** The items the mentions concern, in plan order. */
  items: ItemRef[];
  /** `nameKey(kind, id)` → the topic's or agency's name in the reader's language. */
  names: Record<string, string>;
}

export interface LabelOptions {
  lang?: CardLang;
  /** Plan text (item titles) in the reader's script: Simplified → Traditional for zh-Hant. */
  localize?: (text: string) => string;
}

export const nameKey = (kind: MentionKind, id: string): string => `${kind}:${id}`;

interface Labelled {
  kind: MentionKind;
  id: string;
  ids?: readonly string[];
  items: readonly number[];
}

export function mentionLabels(
  mentions: readonly Labelled[],
  kb: Pick<CardKnowledge, 'plan' | 'agencies' | 'topics'>,
  options: LabelOptions = {},
): MentionLabels {
  const { lang = 'zh-Hans', localize = (s: string) => s } = options;
  const wanted = new Set<number>();
  const named = new Set<string>();
  for (const m of mentions) {
    for (const no of m.items) wanted.add(no);
    if (m.kind === 'standard') continue;
    for (const id of m.ids ?? [m.id]) named.add(nameKey(m.kind, id));
  }
  const items = kb.plan.items
    .filter((item) => wanted.has(item.no))
    // English readers get the curated English titles where there are any (as the page summary does).
    .map((item) => ({
      no: item.no,
      label: item.label,
      title: lang === 'en' && item.en ? item.en : localize(item.title),
    }));
  const nameIn = (seed: { hans: string; hant: string; en: string }) =>
    lang === 'en' ? seed.en : lang === 'zh-Hant' ? seed.hant : seed.hans;
  const names: Record<string, string> = {};
  for (const seed of kb.topics) {
    const key = nameKey('topic', seed.id);
    if (named.has(key)) names[key] = nameIn(seed);
  }
  for (const seed of kb.agencies) {
    const key = nameKey('agency', seed.id);
    if (named.has(key)) names[key] = nameIn(seed);
  }
  return { items, names };
}
