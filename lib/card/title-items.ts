/**
 * The plan items a standard's title leads to (issue 10): the title is scanned with the same matcher
 * that scans pages, and each topic it names brings that topic's items (产品碳足迹 → (九)). Agencies and
 * codes inside a title say nothing about what the standard is about and are left out.
 */
import type { Matcher } from '../match/matcher';
import { scanText } from '../match/scan';
import { itemRefs, pickName, type CardContext } from './context';
import type { TitleItemEntry } from './types';

export function titleItems(ctx: CardContext, title: string, matcher: Matcher): TitleItemEntry[] {
  const topicsByItem = new Map<number, string[]>();
  for (const mention of scanText(title, matcher)) {
    if (mention.kind !== 'topic') continue;
    const names = (mention.ids ?? [mention.id]).flatMap((id) => {
      const topic = ctx.topics.get(id);
      return topic ? [pickName(ctx, topic)] : [];
    });
    for (const no of mention.items) {
      const list = topicsByItem.get(no) ?? [];
      for (const name of names) if (!list.includes(name)) list.push(name);
      topicsByItem.set(no, list);
    }
  }
  return itemRefs(ctx, topicsByItem.keys()).map((item) => ({ item, topics: topicsByItem.get(item.no)! }));
}
