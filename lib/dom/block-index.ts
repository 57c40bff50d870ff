/**
 * The annotator's index of scanned blocks: which block a text node belongs to, which blocks a
 * container holds, and the running counts per kind, item and agency (lib/page-summary/mention-tally;
 * issue 10: items from topic and standard mentions only). Lookups go through these maps, never over
 * every block: a 5 MB page tracks ~22,000.
 */
import type { Mention } from '../match/types';
import { createMentionTally } from '../page-summary/mention-tally';
import type { AnnotatedBlock, AnnotatorStats, MentionRefInPage } from './annotator-types';
import type { TextBlock } from './collect-text';

export function createBlockIndex(doc: Document, scan: (text: string) => Mention[]) {
  const byNode = new Map<Text, AnnotatedBlock>();
  const byContainer = new Map<Node, Set<AnnotatedBlock>>();
  const tally = createMentionTally();

  /** Gives a block taken in its mentions (scanned here unless given) and counts them. */
  const scanned = (entry: AnnotatedBlock, mentions = scan(entry.block.text)) => {
    entry.mentions = mentions;
    for (const m of mentions) tally.add(m, 1);
  };

  /**
   * Takes a block in, scanned (does not paint it). The mutation path scans a block whole: the page's
   * own additions are small, and a slice reads as its block's rest would (scan-blocks.ts).
   */
  const annotate = (block: TextBlock, mentions?: Mention[]): AnnotatedBlock => {
    const entry: AnnotatedBlock = { block, mentions: [], ranges: null };
    scanned(entry, mentions);
    for (const node of block.nodes) byNode.set(node, entry);
    let set = byContainer.get(block.container);
    if (!set) byContainer.set(block.container, (set = new Set()));
    set.add(entry);
    return entry;
  };

  /** Forgets a block (the caller unpaints it first). */
  const forget = (entry: AnnotatedBlock) => {
    for (const m of entry.mentions) tally.add(m, -1);
    for (const node of entry.block.nodes) if (byNode.get(node) === entry) byNode.delete(node);
    byContainer.get(entry.block.container)?.delete(entry);
  };

  /** The tracked blocks with text under `n`, open shadow trees included. */
  const entriesUnder = (n: Node): Set<AnnotatedBlock> => {
    const found = new Set<AnnotatedBlock>();
    const visit = (top: Node) => {
      const walker = doc.createTreeWalker(top, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
      for (let t: Node | null = top; t; t = walker.nextNode()) {
        if (t.nodeType === 3) {
          const entry = byNode.get(t as Text);
          if (entry) found.add(entry);
        } else if (t.nodeType === 1 && (t as Element).shadowRoot) visit((t as Element).shadowRoot!);
      }
    };
    visit(n);
    return found;
  };

  /**
   * Whether a rescan may skip `el`: it holds blocks we track — as their container, or as the host of a
   * shadow tree whose text we read (a rescan of the text around a web component leaves it alone).
   */
  const tracked = (el: Element) => {
    const set = byContainer.get(el);
    if (set && set.size > 0) return true;
    return !!el.shadowRoot && entriesUnder(el.shadowRoot).size > 0;
  };

  function mentionAt(node: Node, offset: number): MentionRefInPage | null {
    const entry = byNode.get(node as Text);
    if (!entry) return null;
    const at = entry.block.starts[entry.block.nodes.indexOf(node as Text)]! + offset;
    const index = entry.mentions.findIndex((m) => m.start <= at && at < m.end);
    return index < 0 ? null : { entry, index };
  }

  return {
    annotate,
    scanned,
    forget,
    entriesUnder,
    tracked,
    mentionAt,
    /** The blocks a container holds directly. */
    inContainer: (n: Node): Iterable<AnnotatedBlock> => byContainer.get(n) ?? [],
    counts: (): Omit<AnnotatorStats, 'done'> => tally.snapshot(),
  };
}

export type BlockIndex = ReturnType<typeof createBlockIndex>;
