/**
 * Page text, collected per block — the one definition of "the visible text" shared by the content
 * script and the annotate CLI (which runs it under Node on a linkedom document).
 *
 * A block is the text of one block-level element, without the text of block-level descendants, which
 * form blocks of their own. Inline markup does not split a block, so `<b>碳</b>足迹` reads as 碳足迹.
 * Blocks are decided by tag name rather than computed style: the CLI has no layout, and both sides
 * must agree on offsets.
 */

/** A run of page text and the text nodes it is made of. */
export interface TextBlock {
  /** The nearest block-level element (or shadow root host / root) holding the text. */
  container: Node;
  text: string;
  nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  starts: number[];
}

const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET ' +
    'FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HTML LEGEND LI MAIN MENU NAV OL P ' +
    'PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'
  ).split(' '),
);

/** Never read: code, form fields the user types in, hidden and non-text content, and our own UI. */
const SKIPPED_TAGS = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA INPUT SELECT OPTION DATALIST IFRAME OBJECT EMBED CANVAS SVG MATH HEAD TITLE'.split(
    ' ',
  ),
);

/** The custom elements of our own in-page UI. */
export const OWN_UI_TAGS = new Set(['STANDARDS-LENS-CARD']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** True for elements whose whole subtree is not page text for us. */
export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || OWN_UI_TAGS.has(tag)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}

/**
 * Collects the text blocks under `root` in document order. Open shadow roots are entered (their text
 * is part of the page the reader sees); closed ones cannot be.
 */
export function collectBlocks(root: Node): TextBlock[] {
  // A block ends after its nested blocks; `order` restores document order (by where blocks start).
  const done: { order: number; block: TextBlock }[] = [];
  const open: { order: number; block: TextBlock }[] = [];
  let opened = 0;

  const startBlock = (container: Node) => {
    open.push({ order: opened++, block: { container, text: '', nodes: [], starts: [] } });
  };
  const endBlock = () => {
    const entry = open.pop();
    if (entry && entry.block.nodes.length > 0 && /\S/.test(entry.block.text)) done.push(entry);
  };

  // Iterative walk: pages nest deeply enough to overflow recursion.
  type Frame = { node: Node; exit: boolean };
  const stack: Frame[] = [{ node: root, exit: false }];
  startBlock(root);
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      endBlock();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const block = open[open.length - 1]!.block;
      const data = (node as Text).data;
      if (data.length === 0) continue;
      block.starts.push(block.text.length);
      block.nodes.push(node as Text);
      block.text += data;
      continue;
    }
    let children: Node | null = null;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (node !== root && isSkippedElement(el)) continue;
      const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (node !== root && isBlockElement(el)) {
        startBlock(el);
        stack.push({ node, exit: true });
      }
      // A shadow host renders its shadow tree, not its light children (slots aside).
      children = shadow ? shadow.firstChild : el.firstChild;
      if (shadow) {
        startBlock(shadow);
        stack.push({ node: shadow, exit: true });
      }
    } else if (node.nodeType === DOCUMENT_FRAGMENT_NODE || node.nodeType === 9) {
      children = node.firstChild;
    } else {
      continue;
    }
    // Push children in reverse so they pop in document order.
    const kids: Node[] = [];
    for (let c = children; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  endBlock();
  return done.sort((a, b) => a.order - b.order).map((e) => e.block);
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
export function visibleText(blocks: TextBlock[]): { text: string; blockStarts: number[] } {
  const blockStarts: number[] = [];
  let text = '';
  for (const block of blocks) {
    if (text.length > 0) text += '\n';
    blockStarts.push(text.length);
    text += block.text;
  }
  return { text, blockStarts };
}
