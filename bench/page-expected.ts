/**
 * What the extension will highlight on a bench page, computed in Node the way the e2e tests do it
 * (tests/support/expected-mentions.ts): the content script's own collector (lib/dom/collect-text) on the
 * annotate CLI's parse5 document (scripts/lib/parse-html.ts: the standard's tree, as the browser builds
 * it) and the shipped matcher, block by block in document order (lib/match/scan-blocks.ts,
 * the content script's definition), with the bundled knowledge base.
 *
 * For the baselines, every mention is also mapped to the text-node pieces it covers — text nodes
 * numbered in document order under <body>, as a SHOW_TEXT TreeWalker numbers them in the browser — so
 * the page can wrap or highlight exactly the same mentions without re-scanning.
 */
import { collectBlocks, locateInBlock } from '../lib/dom/collect-text';
import { scanBlocks } from '../lib/match/scan-blocks';
import { loadBundledKnowledgeBase } from '../scripts/lib/bundled-kb';
import { parseHtml, textRoot } from '../scripts/lib/parse-html';

export interface ExpectedMentions {
  /** Visible text length: the sum of the collected blocks' text. */
  chars: number;
  blocks: number;
  /** Text nodes under <body> (the page checks it sees the same number). */
  textNodes: number;
  mentions: number;
  byKind: Record<string, number>;
  /**
   * Flat pieces, one mention after another in document order: for each mention its piece count k,
   * then k triples (text-node index, start, end).
   */
  pieces: number[];
  /** Each mention's text, in the same order (for the page's check and for mark.js's RegExp). */
  texts: string[];
}

type Kb = ReturnType<typeof loadBundledKnowledgeBase>;
let kb: Kb | undefined;

const TEXT_NODE = 3;

/**
 * Text nodes under `root` in document order, numbered as the browser's parser makes them. parse5, like
 * Chromium, makes one node of a run of text (`a &amp; b` included); adjacent text siblings, which only
 * a script could make, would share one number, each with the offset at which it starts in the run.
 * (The light DOM has no TreeWalker: a walk over child links.)
 */
function textNodesOf(root: Node): { index: Map<Node, { n: number; base: number }>; count: number } {
  const index = new Map<Node, { n: number; base: number }>();
  let count = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const prev = node.previousSibling;
      const before = prev && prev.nodeType === TEXT_NODE ? index.get(prev) : undefined;
      if (before) index.set(node, { n: before.n, base: before.base + (prev as Text).data.length });
      else if ((node as Text).data.length > 0) index.set(node, { n: count++, base: 0 });
    }
    // Children last to first, so the first is taken next (light-dom text nodes have no childNodes).
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return { index, count };
}

export function expectedMentions(html: string): ExpectedMentions {
  kb ??= loadBundledKnowledgeBase();
  const body = textRoot(parseHtml(html));
  const { index: nodeIndex, count: textNodes } = textNodesOf(body);
  const blocks = collectBlocks(body);
  const byKind: Record<string, number> = { topic: 0, agency: 0, standard: 0 };
  const pieces: number[] = [];
  const texts: string[] = [];
  let chars = 0;
  // As the content script scans: block by block, short forms one block defines carried to the next.
  for (const { block, mentions } of scanBlocks(blocks, kb.matcher)) {
    chars += block.text.length;
    for (const m of mentions) {
      byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
      texts.push(block.text.slice(m.start, m.end));
      const start = locateInBlock(block, m.start);
      const end = locateInBlock(block, m.end, true);
      const first = block.nodes.indexOf(start.node);
      const last = block.nodes.indexOf(end.node, first);
      const own: number[] = [];
      for (let i = first; i <= last; i++) {
        const node = block.nodes[i]!;
        const s = i === first ? start.offset : 0;
        const e = i === last ? end.offset : node.data.length;
        if (e <= s) continue;
        const at = nodeIndex.get(node)!;
        const l = own.length;
        // Pieces in one merged browser node are one piece.
        if (l > 0 && own[l - 3] === at.n && own[l - 1] === at.base + s) own[l - 1] = at.base + e;
        else own.push(at.n, at.base + s, at.base + e);
      }
      pieces.push(own.length / 3, ...own);
    }
  }
  return { chars, blocks: blocks.length, textNodes, mentions: texts.length, byKind, pieces, texts };
}
