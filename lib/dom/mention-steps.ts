/**
 * Alt+Shift+N / Alt+Shift+P over the page's mentions: the next or previous one in document order.
 */
import type { Mention } from '../match/types';
import type { AnnotatedBlock, MentionRefInPage } from './annotator-types';

/**
 * The next / previous mention from `from` — or, without one, from the block at `viewportTopBlock` (the
 * first below the viewport top); with `wrap`, past the last one comes the first, as find-in-page does.
 * Mentions `accept` refuses are passed over.
 */
export function stepMentions(
  ordered: readonly AnnotatedBlock[],
  viewportTopBlock: () => number,
  direction: 1 | -1,
  from: MentionRefInPage | null,
  wrap = false,
  accept: (mention: Mention) => boolean = () => true,
): MentionRefInPage | null {
  let blockIndex = from ? ordered.indexOf(from.entry) : -1;
  let index: number;
  if (blockIndex >= 0) {
    index = from!.index + direction;
  } else {
    blockIndex = viewportTopBlock();
    if (direction < 0) blockIndex--;
    index = direction > 0 ? 0 : Number.MAX_SAFE_INTEGER;
  }
  for (let pass = wrap ? 2 : 1; pass > 0; pass--) {
    while (blockIndex >= 0 && blockIndex < ordered.length) {
      const entry = ordered[blockIndex]!;
      if (index === Number.MAX_SAFE_INTEGER) index = entry.mentions.length - 1;
      for (; index >= 0 && index < entry.mentions.length; index += direction) {
        if (accept(entry.mentions[index]!)) return { entry, index };
      }
      blockIndex += direction;
      index = direction > 0 ? 0 : Number.MAX_SAFE_INTEGER;
    }
    // Past the end: on from the other end, as find-in-page does.
    blockIndex = direction > 0 ? 0 : ordered.length - 1;
    index = direction > 0 ? 0 : Number.MAX_SAFE_INTEGER;
  }
  return null;
}
