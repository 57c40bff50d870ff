/**
 * The one element each in-page UI adds to the page (the card, the toast): its box styles set inline
 * and `!important`, so page rules on the element (or on `*`) cannot move or hide it.
 */
export function pinStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

/** Box resets every host element takes (page rules on `*` included). */
export const HOST_RESET = {
  display: 'block',
  margin: '0',
  padding: '0',
  border: '0',
  'z-index': '2147483647',
};

/**
 * The host element of an in-page UI with its **closed** shadow root, made where the page cannot reach
 * it (issue 14). A page may define the host's tag as its own custom element: then the page's
 * constructor runs on our element, and `attachInternals().shadowRoot` returns even a closed root when
 * that root was attached to a custom (or precustomized) element — its "available to element internals"
 * flag is set at `attachShadow` time (https://dom.spec.whatwg.org/#dom-element-attachshadow). So the
 * element is made in an inert document (no browsing context, so no custom-element registry): it is
 * not custom when the root is attached and the flag stays false for good. Adopted into `doc`, it is
 * upgraded by the page's class only when inserted, too late to reach the root; a page constructor
 * that throws, or that calls `attachShadow` itself (which throws: the element is already a host),
 * merely fails the upgrade — the element and its root stay ours. Same in Firefox: the flag is set by
 * the same step of the DOM standard.
 */
export function createSealedHost(doc: Document, tag: string): { el: HTMLElement; shadow: ShadowRoot } {
  const inert = doc.implementation.createHTMLDocument('');
  const made = inert.createElement(tag);
  const shadow = made.attachShadow({ mode: 'closed' });
  return { el: doc.adoptNode(made), shadow };
}
