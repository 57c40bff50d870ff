/**
 * Page text, collected per block — the one definition of "the visible text" shared by the content
 * script and the annotate CLI (which runs it under Node on a linkedom document).
 *
 * A block is a run of text nodes, in document order, under the same block-level element with no block
 * boundary between them. Inline markup does not split a block, so `<b>碳</b>足迹` reads as 碳足迹; a
 * nested block does (`前<p>中</p>后` is three blocks: the reader sees three lines). Blocks are decided by
 * tag name rather than computed style: the CLI has no layout, and both sides must agree on offsets.
 *
 * The walk is a generator over firstChild/nextSibling links (no TreeWalker: linkedom's ignores
 * filters), so the content script can pull blocks a few milliseconds at a time and start anywhere —
 * at the viewport first — without recursion or a full pass up front.
 */

/** A run of page text and the text nodes it is made of. */
export interface TextBlock {
  /** The nearest block-level element (or shadow root / walk root) holding the text. */
  container: Node;
  text: string;
  nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  starts: number[];
}

// Lower-case local names: `localName` needs no allocation, unlike `tagName.toUpperCase()`, and the walk
// asks this for every element of the page (a 5 MB page has ~100,000).
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body br caption center dd details dialog div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p ' +
    'pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/** Never read: code, form fields the user types in, hidden and non-text content. */
const SKIPPED_TAGS = new Set(
  'script style noscript template textarea input select option datalist iframe object embed canvas svg math head title'.split(
    ' ',
  ),
);

/** The custom elements of our own in-page UI. */
export const OWN_UI_TAGS = new Set(['standards-lens-card']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const nameOf = (el: Element) => el.localName ?? el.tagName.toLowerCase();

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(nameOf(el));
}

/** True for elements whose whole subtree is not page text for us. */
export function isSkippedElement(el: Element): boolean {
  const tag = nameOf(el);
  if (SKIPPED_TAGS.has(tag) || OWN_UI_TAGS.has(tag)) return true;
  if (!el.hasAttributes()) return false; // most elements: no attribute lookups at all
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

type WithShadow = Element & { shadowRoot?: ShadowRoot | null };

/** The shadow root a walk enters instead of the light children (open roots only). */
function shadowOf(node: Node): ShadowRoot | null {
  return node.nodeType === ELEMENT_NODE ? ((node as WithShadow).shadowRoot ?? null) : null;
}

/** Parent in the composed tree: a shadow root's parent is its host. */
function composedParent(node: Node): Node | null {
  return node.parentNode ?? (node as unknown as ShadowRoot).host ?? null;
}

/** The nearest block container of a node, stopping at `root`. */
export function blockContainerOf(node: Node, root: Node): Node {
  for (let n = node.nodeType === TEXT_NODE ? composedParent(node) : node; n; n = composedParent(n)) {
    if (n === root) return n;
    if (n.nodeType === ELEMENT_NODE ? isBlockElement(n as Element) : n.nodeType === 11) return n;
  }
  return root;
}

/**
 * True when a node lies in a skipped subtree (script, contenteditable, our card …) between it and
 * `root`: the mutation path asks this for nodes it did not reach by walking.
 */
export function isInSkippedSubtree(node: Node, root: Node): boolean {
  for (let n: Node | null = node; n && n !== root; n = composedParent(n)) {
    if (n.nodeType === ELEMENT_NODE && isSkippedElement(n as Element)) return true;
  }
  return false;
}

/**
 * Yields the blocks under `root` in document order. Open shadow roots are entered (their text is part
 * of the page the reader sees); closed ones cannot be.
 */
export interface WalkOptions {
  /**
   * Elements not to enter (the mutation path skips blocks it already tracks). A skipped element still
   * ends the block before it when it is a block element.
   */
  skip?: (el: Element) => boolean;
}

export function* walkBlocks(root: Node, options: WalkOptions = {}): Generator<TextBlock, void, undefined> {
  const { skip } = options;
  // The containers (block elements, shadow roots) we are inside; entering or leaving one ends a block.
  const containers: Node[] = [root];
  let current: TextBlock | null = null;
  const take = (): TextBlock | null => {
    const block = current;
    current = null;
    return block && /\S/.test(block.text) ? block : null;
  };

  let node: Node | null = shadowOf(root)?.firstChild ?? root.firstChild;
  while (node) {
    let descend: Node | null = null;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        current ??= { container: containers[containers.length - 1]!, text: '', nodes: [], starts: [] };
        current.starts.push(current.text.length);
        current.nodes.push(node as Text);
        current.text += data;
      }
    } else if (node.nodeType === ELEMENT_NODE && skip?.(node as Element)) {
      if (isBlockElement(node as Element) || shadowOf(node)) {
        const block = take();
        if (block) yield block;
      }
    } else if (node.nodeType === ELEMENT_NODE && !isSkippedElement(node as Element)) {
      const shadow = shadowOf(node);
      const container = shadow ?? (isBlockElement(node as Element) ? node : null);
      if (container) {
        const block = take();
        if (block) yield block;
      }
      descend = (shadow ?? node).firstChild;
      if (descend && container) containers.push(container);
    }
    if (descend) {
      node = descend;
      continue;
    }
    // Climb to the next node in document order, leaving containers on the way.
    let n: Node = node;
    node = null;
    while (n !== root) {
      if (n.nextSibling) {
        node = n.nextSibling;
        break;
      }
      let parent: Node | null = n.parentNode;
      if (!parent) break;
      if (parent.nodeType === 11) {
        if (containers[containers.length - 1] === parent) {
          containers.pop();
          const block = take();
          if (block) yield block;
        }
        parent = (parent as ShadowRoot).host;
      }
      if (parent === root) break;
      if (containers[containers.length - 1] === parent) {
        containers.pop();
        const block = take();
        if (block) yield block;
      }
      n = parent;
    }
  }
  const last = take();
  if (last) yield last;
}

/** `node`, then the host of each shadow tree it sits in, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host;) {
    const host = (root as ShadowRoot).host;
    chain.push(host);
    root = host.getRootNode();
  }
  return chain;
}

/**
 * Order of two nodes as `walkBlocks` meets them: document order, with a shadow tree's content where its
 * host stands. `compareDocumentPosition` alone orders nodes of different trees arbitrarily. Negative
 * when `a` comes first, 0 when neither does (one holds the other's tree).
 */
export function compareInWalkOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainB = hostChain(b);
  for (const x of hostChain(a)) {
    const tree = x.getRootNode();
    const y = chainB.find((n) => n.getRootNode() === tree);
    if (!y) continue;
    if (x === y) return 0;
    const pos = x.compareDocumentPosition(y);
    // 4 = FOLLOWING (y after x), 2 = PRECEDING.
    return pos & 4 ? -1 : pos & 2 ? 1 : 0;
  }
  return 0;
}

/** All blocks under `root`, in document order. */
export function collectBlocks(root: Node): TextBlock[] {
  return [...walkBlocks(root)];
}

/** Maps an offset in a block's text to the text node and offset inside it (end offsets map left). */
export function locateInBlock(
  block: TextBlock,
  offset: number,
  preferEnd = false,
): { node: Text; offset: number } {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (s < offset || (s === offset && !preferEnd)) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, offset: offset - starts[lo]! };
}

/** The visible text of a document as the annotate CLI reports it: blocks joined by newlines. */
export function visibleText(blocks: Iterable<TextBlock>): { text: string; blockStarts: number[] } {
  const blockStarts: number[] = [];
  let text = '';
  for (const block of blocks) {
    if (blockStarts.length > 0) text += '\n';
    blockStarts.push(text.length);
    text += block.text;
  }
  return { text, blockStarts };
}
