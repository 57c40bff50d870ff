/**
 * The popup's top items open the page at the item (issue 10): the first mention, in document order,
 * that counts for plan item `no` — a topic or standard mention, as the popup counts them
 * (lib/page-summary/mention-tally); an agency's mention says nothing about one item.
 */
import { countsForItems } from '../page-summary/mention-tally';
import type { AnnotatedBlock, MentionRefInPage } from './page-annotator';

export function firstMentionOfItem(blocks: readonly AnnotatedBlock[], no: number): MentionRefInPage | null {
  for (const entry of blocks) {
    const index = entry.mentions.findIndex((m) => countsForItems(m.kind) && m.items.includes(no));
    if (index >= 0) return { entry, index };
  }
  return null;
}
