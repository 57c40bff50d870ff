import type { Matcher } from '../match/matcher';
import { scanBlocks } from '../match/scan-blocks';
import type { Mention } from '../match/types';
import { collectBlocks, visibleText } from './collect-text';

/**
 * The visible text of a parsed HTML document, collected exactly as the content script collects a page
 * (blocks joined by newlines), and its mentions found as the content script finds them: block by block
 * (lib/match/scan-blocks.ts), offsets shifted into the joined text. The caller parses the HTML (the
 * annotate CLI: parse5 into scripts/lib/light-dom.ts, which implements what the collector reads).
 */
export function documentMentions(doc: Document, matcher: Matcher): { text: string; mentions: Mention[] } {
  const blocks = collectBlocks(doc.body ?? doc.documentElement);
  const { text, blockStarts } = visibleText(blocks);
  const mentions = scanBlocks(blocks, matcher).flatMap(({ mentions }, i) => {
    const at = blockStarts[i]!;
    return mentions.map((m) => ({ ...m, start: m.start + at, end: m.end + at }));
  });
  return { text, mentions };
}
