/**
 * Whether a document has any text the collector (./collect-text) would read, decided cheaply: a walk
 * that stops at the first non-space text node outside a skipped subtree. Frames without text (empty
 * share widgets, ad slots, players) then ask for no matcher and hold none (issue 15).
 *
 * Bounded: past `maxNodes` nodes the answer is "yes" — a document that large is not a widget, and the
 * real first pass decides what is text in it.
 */
import { isSkippedElement } from './collect-text';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const NON_SPACE = /\S/;

type WithShadow = Element & { shadowRoot?: ShadowRoot | null };

export function hasReadableText(root: Node, maxNodes = 5000): boolean {
  const stack: Node[] = [root];
  let seen = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (++seen > maxNodes) return true;
    if (node.nodeType === TEXT_NODE) {
      if (NON_SPACE.test((node as Text).data)) return true;
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) {
      if (isSkippedElement(node as Element)) continue;
      const shadow = (node as WithShadow).shadowRoot;
      if (shadow) stack.push(shadow); // open roots: shown in place of (or beside) the light children
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return false;
}

/** The part of a window a reader can see, as the frame itself knows it. */
export interface ViewportLike {
  innerWidth: number;
  innerHeight: number;
}

/**
 * A frame too small to show text (≤ 2 px either way: tracking pixels), or not laid out at all — an
 * iframe with `display: none` has a 0 × 0 viewport inside. The top page is never "tiny".
 */
export function isTinyFrame(view: ViewportLike, isTop: boolean): boolean {
  return !isTop && (view.innerWidth <= 2 || view.innerHeight <= 2);
}
