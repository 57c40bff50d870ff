/**
 * What a batch of DOM mutation records asks the annotator to read again. Pure classification: the
 * annotator (page-annotator.ts) drops and re-reads what this names, and a property test checks the
 * outcome against a fresh pass after random edits (tests/dom/page-annotator.test.ts).
 *
 * Two kinds of work come out of it: a *rescan* re-reads a block container's own text and keeps the
 * blocks nested in it that are still tracked; a *whole* read drops everything tracked under a node and
 * walks it afresh — for new or moved elements, elements shown or hidden, and web components, whose
 * light-DOM children show through slots wherever the shadow tree puts them.
 */
import { blockContainerOf, isBlockElement, isInSkippedSubtree, OWN_UI_TAGS } from './collect-text';

export interface ReadAgain {
  /** Containers whose own text changed. */
  rescan: Set<Node>;
  /** Nodes to drop and read whole (unless they are now hidden, editable …, which drops them only). */
  whole: Set<Node>;
  /** Some nodes left their place: what was tracked in disconnected nodes must go. */
  removed: boolean;
}

export const isOwnUi = (n: Node): boolean => n.nodeType === 1 && OWN_UI_TAGS.has((n as Element).localName);

/** For a node inside a shadow tree: the host of the outermost one (a light-DOM element). */
export function outermostShadowHost(node: Node): Element | null {
  let host: Element | null = null;
  for (let r = node.getRootNode(); r.nodeType === 11 && (r as ShadowRoot).host;) {
    host = (r as ShadowRoot).host;
    r = host.getRootNode();
  }
  return host;
}

/** The outermost element from `node` up to `root` (exclusive) that hosts an open shadow root. */
export function hostAbove(node: Node, root: Node): Element | null {
  let host: Element | null = null;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nodeType === 1 && (n as Element).shadowRoot) host = n as Element;
  }
  return host;
}

export function readAgain(records: Iterable<MutationRecord>, root: Node): ReadAgain {
  const rescan = new Set<Node>();
  const whole = new Set<Node>();
  let removed = false;
  const inside = (n: Node) => root.contains(n);

  for (const r of records) {
    const component = outermostShadowHost(r.target);
    if (component) {
      // Inside a component's shadow tree (observed on its own): the component is read again whole.
      if (r.removedNodes.length > 0) removed = true;
      if (inside(component) && !isInSkippedSubtree(component, root)) whole.add(component);
      continue;
    }

    if (r.type === 'attributes') {
      // hidden, aria-hidden, contenteditable or slot changed: what the element shows changed whole.
      const el = r.target as Element;
      const parent = el.parentNode;
      if (!inside(el) || isOwnUi(el) || (parent && isInSkippedSubtree(parent, root))) continue;
      const host = hostAbove(el, root);
      if (host && host !== el) {
        whole.add(host); // inside a component's light DOM: the component shows it through its slots
        continue;
      }
      // A shown host is a block boundary and a hidden one is nothing at all, so hiding or showing a
      // host, like any element, joins or splits the text around it (below).
      if (host) whole.add(host);
      // The text around it too: a hidden element is no block boundary, so showing or hiding one
      // splits or joins the blocks beside it.
      else if (isBlockElement(el)) whole.add(el);
      if (parent) rescan.add(blockContainerOf(parent, root));
      continue;
    }

    if (r.type === 'characterData') {
      if (isInSkippedSubtree(r.target, root)) continue;
      const host = hostAbove(r.target, root);
      if (host) whole.add(host);
      else rescan.add(blockContainerOf(r.target, root));
      continue;
    }

    // childList
    const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
    if (nodes.every(isOwnUi)) continue; // our card coming and going
    // Even out of a subtree hidden in the same frame: what we tracked there is gone.
    if (r.removedNodes.length > 0) removed = true;
    if (!inside(r.target)) continue;
    if (isInSkippedSubtree(r.target, root)) {
      // Nothing to read there, but what moved in may be tracked: a whole read drops it unread.
      for (const n of Array.from(r.addedNodes)) if (!isOwnUi(n)) whole.add(n);
      continue;
    }
    const host = hostAbove(r.target, root);
    if (host) {
      whole.add(host); // light-DOM children of a component: they show through its slots
      continue;
    }
    for (const n of Array.from(r.addedNodes)) {
      if (n.nodeType === 1 && isBlockElement(n as Element)) whole.add(n);
      else if (!isOwnUi(n)) rescan.add(blockContainerOf(r.target, root));
    }
    for (const n of Array.from(r.removedNodes)) {
      if (!(n.nodeType === 1 && isBlockElement(n as Element))) rescan.add(blockContainerOf(r.target, root));
    }
  }
  return { rescan, whole, removed };
}
