/**
 * Page text, collected per block — the one definition of "the visible text" shared by the content
 * script and the annotate CLI (which runs it under Node on a parse5-built light DOM, scripts/lib/).
 *
 * A block is a run of text nodes, in document order, under the same block-level element with no block
 * boundary between them. Inline markup does not split a block, so `<b>碳</b>足迹` reads as 碳足迹; a
 * nested block does (`前<p>中</p>后` is three blocks: the reader sees three lines). Blocks are decided by
 * tag name rather than computed style: the CLI has no layout, and both sides must agree on offsets.
 *
 * The walk is a generator over firstChild/nextSibling links (no TreeWalker: the CLI's light DOM
 * has none), so the content script can pull blocks a few milliseconds at a time and start anywhere —
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
export const OWN_UI_TAGS = new Set(['standards-lens-card', 'standards-lens-toast']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const nameOf = (el: Element) => el.localName ?? el.tagName.toLowerCase();

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(nameOf(el));
}

/** True for elements whose whole subtree is not page text for us. */
export function isSkippedElement(el: Element): boolean {
  return isSkippedNamed(el, nameOf(el));
}

/** isSkippedElement for an element whose local name the caller has read (the walk reads it once). */
function isSkippedNamed(el: Element, tag: string): boolean {
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
 * Yields the blocks under `root` in the order the reader sees them: the flat tree, where an element
 * with an open shadow root shows that tree instead of its children, and a `<slot>` in it shows the
 * light-DOM nodes assigned to it (or its own children when none are). Closed roots cannot be entered.
 */
export interface WalkOptions {
  /**
   * Elements not to enter (the mutation path skips blocks it already tracks). A skipped element still
   * ends the block before it when it is a block element.
   */
  skip?: (el: Element) => boolean;
  /** Called for each open shadow root the walk enters (the annotator observes it for changes). */
  onShadowRoot?: (shadow: ShadowRoot) => void;
}

/**
 * One level of the walk: the children of a node in the flat tree — live siblings read one ahead (the
 * first pass is walked in slices while the page may change), or a slot's assigned nodes. A plain record,
 * not a closure: the walk makes one per element of the page (~100,000 on a 5 MB page).
 */
interface Level {
  /** The next sibling to take, when the level is a list of children. */
  node: Node | null;
  /** A slot's assigned nodes, when it has any; `at` is the next one. */
  assigned: readonly Node[] | null;
  at: number;
  /** The container this level is the inside of (a block element or shadow root), if any. */
  container: Node | null;
}

const isSlot = (n: Node): n is HTMLSlotElement =>
  n.nodeType === ELEMENT_NODE &&
  nameOf(n as Element) === 'slot' &&
  typeof (n as HTMLSlotElement).assignedNodes === 'function';

/** The children of `parent` in the flat tree (`shadow`: its open root, read by the caller). */
function levelOf(parent: Node, shadow: ShadowRoot | null, container: Node | null, slot: boolean): Level {
  const assigned = slot ? (parent as HTMLSlotElement).assignedNodes() : null;
  if (assigned && assigned.length > 0) return { node: null, assigned, at: 0, container };
  return { node: (shadow ?? parent).firstChild, assigned: null, at: 0, container };
}

function nextOf(level: Level): Node | null {
  if (level.assigned) return level.assigned[level.at++] ?? null;
  const n = level.node;
  if (n) level.node = n.nextSibling;
  return n;
}

export function* walkBlocks(root: Node, options: WalkOptions = {}): Generator<TextBlock, void, undefined> {
  const { skip, onShadowRoot } = options;
  // The containers (block elements, shadow roots) we are inside; entering or leaving one ends a block.
  const containers: Node[] = [root];
  let current: TextBlock | null = null;
  const take = (): TextBlock | null => {
    const block = current;
    current = null;
    return block && /\S/.test(block.text) ? block : null;
  };

  const rootShadow = shadowOf(root);
  if (rootShadow) onShadowRoot?.(rootShadow);
  const levels: Level[] = [levelOf(root, rootShadow, null, isSlot(root))];
  while (levels.length > 0) {
    const level = levels[levels.length - 1]!;
    const node = nextOf(level);
    if (!node) {
      levels.pop();
      if (level.container) {
        containers.pop();
        const block = take();
        if (block) yield block;
      }
      continue;
    }
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        current ??= { container: containers[containers.length - 1]!, text: '', nodes: [], starts: [] };
        current.starts.push(current.text.length);
        current.nodes.push(node as Text);
        current.text += data;
      }
      continue;
    }
    if (type !== ELEMENT_NODE) continue; // comments, processing instructions: no text, no boundary
    const el = node as Element;
    // Each property of the element read once: these reads are most of the walk's cost.
    const tag = nameOf(el);
    if (isSkippedNamed(el, tag)) continue; // not shown (or not text): no text and no boundary
    const shadow = (el as WithShadow).shadowRoot ?? null;
    if (skip?.(el)) {
      if (shadow || BLOCK_TAGS.has(tag)) {
        const block = take();
        if (block) yield block;
      }
      continue;
    }
    if (shadow) onShadowRoot?.(shadow);
    const container = shadow ?? (BLOCK_TAGS.has(tag) ? el : null);
    if (container) {
      const block = take();
      if (block) yield block;
      containers.push(container);
    }
    levels.push(levelOf(el, shadow, container, tag === 'slot' && isSlot(el)));
  }
  const last = take();
  if (last) yield last;
}

/** The slot `node` is assigned to, for DOMs without `assignedSlot` (happy-dom in the tests). */
function slotHolding(node: Node): HTMLSlotElement | null {
  const shadow = node.parentNode ? shadowOf(node.parentNode) : null;
  if (!shadow) return null;
  for (const slot of Array.from(shadow.querySelectorAll('slot'))) {
    if (slot.assignedNodes().includes(node)) return slot;
  }
  return null;
}

/**
 * Parent in the flat tree the walk follows: the slot a node is assigned to, else its parent, with a
 * shadow root standing for its host.
 */
function flatParent(node: Node): Node | null {
  const slot = 'assignedSlot' in node ? (node as Element | Text).assignedSlot : slotHolding(node);
  if (slot) return slot;
  const parent = node.parentNode;
  return parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? parent) : parent;
}

/**
 * Order of two nodes as `walkBlocks` meets them (the flat tree): negative when `a` comes first, 0 when
 * neither does. `compareDocumentPosition` alone orders nodes of different trees arbitrarily and puts
 * slotted content after its host's shadow tree.
 */
export function compareInWalkOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const depthInA = new Map<Node, number>();
  const chainA: Node[] = [];
  for (let n: Node | null = a; n; n = flatParent(n)) {
    depthInA.set(n, chainA.length);
    chainA.push(n);
  }
  let below: Node = b;
  for (let n: Node | null = b; n; below = n, n = flatParent(n)) {
    const i = depthInA.get(n);
    if (i === undefined) continue;
    if (i === 0) return -1; // a holds b
    if (n === b) return 1; // b holds a
    // The two children of the common ancestor are siblings in one tree (children, a shadow root's
    // children or one slot's assigned nodes), where document position is meaningful.
    const pos = chainA[i - 1]!.compareDocumentPosition(below);
    return pos & 4 ? -1 : pos & 2 ? 1 : 0; // 4 = FOLLOWING, 2 = PRECEDING
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
