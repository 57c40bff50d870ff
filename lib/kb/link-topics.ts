/**
 * Topics for a plan that is not the bundled one (issue 12, imported plans). The seeds' topics list
 * items of the bundled plan by number, which mean nothing in another plan; so each topic is linked to
 * the items whose title or text mention it, as the matcher finds it — the same scan the content script
 * runs on pages, one linear pass per item.
 */
import type { Mention } from '../match/types';
import type { PlanDoc, PlanTopic } from '../plan/types';
import type { TopicSeed } from './seed-types';

export function linkTopicsByText(
  plan: Pick<PlanDoc, 'items'>,
  topics: readonly TopicSeed[],
  scan: (text: string) => readonly Mention[],
): PlanTopic[] {
  const itemsOf = new Map<string, Set<number>>();
  for (const item of plan.items) {
    for (const mention of scan(`${item.title}\n${item.text}`)) {
      if (mention.kind !== 'topic') continue;
      for (const id of mention.ids ?? [mention.id]) {
        let items = itemsOf.get(id);
        if (!items) itemsOf.set(id, (items = new Set()));
        items.add(item.no);
      }
    }
  }
  return topics.flatMap((t) => {
    const items = itemsOf.get(t.id);
    if (!items) return [];
    return [
      {
        id: t.id,
        hans: t.hans,
        hant: t.hant,
        en: t.en,
        aliases: t.aliases,
        enAliases: t.enAliases,
        category: t.category,
        items: [...items].sort((a, b) => a - b),
      },
    ];
  });
}
