import type { Duty, Item } from './types';

/**
 * The duty that answers for a sentence: the bracket whose range covers it. A mention in item 18's
 * 烟花爆竹 sentence is answered by 市场监管总局 + 应急管理部, not by the item's other three brackets
 * (DESIGN.md, "Duty"). Undefined for sentences after an item's last bracket.
 */
export function dutyForSentence(item: Item, sentenceIndex: number): Duty | undefined {
  return item.duties.find((d) => sentenceIndex >= d.sentences[0] && sentenceIndex <= d.sentences[1]);
}

/** Index of the sentence holding `offset` of `item.text` (between sentences: the one before). */
export function sentenceAt(item: Item, offset: number): number {
  let found = -1;
  for (const [index, sentence] of item.sentences.entries()) {
    if (sentence.start > offset) break;
    found = index;
  }
  return found;
}

/** The duty covering `offset` in `item.text`. */
export function dutyAt(item: Item, offset: number): Duty | undefined {
  const index = sentenceAt(item, offset);
  return index < 0 ? undefined : dutyForSentence(item, index);
}
