/**
 * What a hostile page does and watches, shared by the Chromium (tests/e2e) and Firefox (tests/firefox)
 * suites so both browsers are held to the same script. Strings are installed before the page's own
 * scripts (`addInitScript` / a BiDi preload script); functions are passed to `page.evaluate`, so each is
 * self-contained.
 */

/** The extension's elements the page sees added, in order (`window.__added`). */
export const WATCH_ADDED = `(() => {
  const added = [];
  Object.defineProperty(window, '__added', { value: added });
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName.startsWith('STANDARDS-LENS')) added.push(n.nodeName);
  }).observe(document, { childList: true, subtree: true });
})();`;

/** Every User Timing entry, mutation, untrusted event or message the page sees (`window.__pageWatch`). */
export const PAGE_WATCH = `(() => {
  const seen = { entries: [], mutations: [], events: [], globals: Object.getOwnPropertyNames(window) };
  Object.defineProperty(window, '__pageWatch', { value: seen });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.entries.push(e.entryType + ':' + e.name);
    }).observe({ entryTypes: ['mark', 'measure'] });
  } catch {}
  new MutationObserver((records) => {
    for (const r of records)
      seen.mutations.push(r.type + ':' + (r.attributeName || [...r.addedNodes].map((n) => n.nodeName).join(',')));
  }).observe(document, { subtree: true, attributes: true, childList: true, characterData: true });
  const types = new Set(['message', 'messageerror']);
  for (const o of [window, Document.prototype, Element.prototype, HTMLElement.prototype])
    for (let p = o; p; p = Object.getPrototypeOf(p))
      for (const k of Object.getOwnPropertyNames(p)) if (k.startsWith('on')) types.add(k.slice(2));
  for (const type of types)
    window.addEventListener(type, (e) => {
      if (!e.isTrusted || type === 'message' || type === 'messageerror') seen.events.push(type);
    }, true);
  // The page's own parse adds nodes: only what happens after it counts.
  document.addEventListener('DOMContentLoaded', () => { seen.mutations.length = 0; });
})();`;

/**
 * The page points at (x, y) with synthetic pointer, mouse and focus events, with and without Alt, and
 * presses a synthetic Alt; then two frames pass — the content script samples the pointer once per frame
 * and a hover delay of 0 opens the card in a task right after, so a card obeying these would be in the
 * page by then. Resolves with `window.__added` (WATCH_ADDED) at that moment.
 */
export const syntheticPointerAt = ({ x, y }: { x: number; y: number }): Promise<string[]> =>
  new Promise<string[]>((resolve) => {
    const el = document.elementFromPoint(x, y)!;
    const init = { clientX: x, clientY: y, screenX: x, screenY: y, bubbles: true, composed: true };
    for (const altKey of [false, true]) {
      for (const type of ['pointerover', 'pointerenter', 'pointermove']) {
        el.dispatchEvent(new PointerEvent(type, { ...init, altKey }));
        document.dispatchEvent(new PointerEvent(type, { ...init, altKey }));
      }
      for (const type of ['mouseover', 'mousemove'])
        el.dispatchEvent(new MouseEvent(type, { ...init, altKey }));
    }
    el.dispatchEvent(new FocusEvent('focus'));
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', altKey: true, bubbles: true }));
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        setTimeout(() => resolve((window as unknown as { __added: string[] }).__added.slice()), 0),
      ),
    );
  });

/**
 * The texts under each contract highlight name, read through the real registry a tampering page kept
 * (`window.__realHighlights`, tests/fixtures/pages/hostile-tamper.html): its `CSS.highlights` is a fake.
 */
export const realRegistryTexts = (): Record<string, string[]> => {
  const registry = (window as unknown as { __realHighlights: HighlightRegistry }).__realHighlights;
  const out: Record<string, string[]> = {};
  for (const kind of ['topic', 'agency', 'standard']) {
    out[kind] = [];
    for (const r of (registry.get(`standards-lens-${kind}`) ?? []) as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      out[kind].push(range.toString());
    }
  }
  return out;
};

/** Every key the content script answers, as a page script sends them, to every target it could pick. */
export const SYNTHETIC_KEYS = `(() => {
  const targets = [window, document, document.body, document.activeElement];
  for (const code of ['KeyN', 'KeyP', 'KeyH', 'KeyS']) {
    for (const target of targets) {
      for (const type of ['keydown', 'keyup']) {
        const init = { key: code.slice(3), code, altKey: true, shiftKey: true, bubbles: true, composed: true, cancelable: true };
        target.dispatchEvent(new KeyboardEvent(type, init));
      }
    }
  }
  for (const target of targets) target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', altKey: true, bubbles: true }));
  return { scrollY: window.scrollY, active: document.activeElement && document.activeElement.id, added: window.__added.slice() };
})()`;
