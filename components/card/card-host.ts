/**
 * The card's in-page container (Hypothesis' PreactContainer pattern): one `<standards-lens-card>`
 * element on `document.documentElement` holding a **closed** shadow root (DESIGN.md, "In-page
 * contracts": page scripts must not read the card, and later the user's notes). The shadow root lives
 * only in this closure — never on the element. The element is the only node the extension adds to the
 * page, and it is removed again when the card hides.
 *
 * Three parts: Card.tsx is the props-only view, card-position.ts places the host next to the mention's
 * rectangle (@floating-ui/dom: a side chosen for the content, offset, shift, size — never off-screen),
 * and this module owns the element, the navigation stack, the pin state and Escape.
 *
 * Beside them: card-fit.ts measures the content for the positioner and scrolls the leads into view,
 * card-pointer.ts reads what the pointer does over the card, and card-frame.ts takes the card of a
 * same-origin frame out into the top page's document.
 */
import { h, render } from 'preact';
import { cardStrings, type CardStrings } from '../../lib/card/strings';
import { pageScheme } from '../../lib/dom/page-scheme';
import type { CardLang, CardModel, CardRef } from '../../lib/card/types';
import { createSealedHost, HOST_RESET, pinStyles } from '../in-page/host-element';
import { Card } from './Card';
import { measureCard, revealLeads } from './card-fit';
import { cardMountFor, followFrames, toMountRect, type CardMount } from './card-frame';
import { watchCardPointer, type CardPointer } from './card-pointer';
import { computeCardPosition, type AnchorRect, type CardExtent } from './card-position';
import { CARD_STYLES } from './card-styles';

export type { AnchorRect } from './card-position';

export const CARD_TAG = 'standards-lens-card';

/** Why the card closed itself (the content script returns focus to the mention). */
export type CardCloseReason = 'escape' | 'close-button';

export interface CardHostOptions {
  /** Builds the card a control navigates to (agency, item …); the content script asks the background. */
  resolve?: (ref: CardRef) => Promise<CardModel | undefined>;
  /** The card closed itself: Escape inside it, or its Close button. Not called for `hide()`. */
  onClose?: (reason: CardCloseReason) => void;
  onPinChange?: (pinned: boolean) => void;
  /** The card's Save clip button: saves the page sentence that holds the mention. */
  onSaveClip?: () => void;
  /**
   * "Open in plan browser" on an item or agency (the reader's own click: the view checks `isTrusted`):
   * the content script asks the background to open `plan.html` + `hash`.
   */
  onOpenPlan?: (hash: string) => void;
  /** The pointer came into the card. */
  onPointerEnter?: () => void;
  /** The pointer left the card after the reader moved or pressed in it. */
  onPointerLeave?: () => void;
}

export interface CardShowOptions {
  lang: CardLang;
  /** The card's words; by default those of `lang`. */
  strings?: CardStrings;
  /** The page's own scheme where the mention is (lib/dom/page-scheme); else the system's. */
  scheme?: 'light' | 'dark';
  /** …or the mention's node, to read that scheme from (the card UI does it, not the content script). */
  schemeAt?: Node;
}

export interface CardHost {
  /** Opens the card for a mention (a fresh navigation stack, unpinned) next to `anchorRect`. */
  show(model: CardModel, anchorRect: AnchorRect, options: CardShowOptions): void;
  /** Replaces the model on top of the stack (e.g. refreshed data). */
  update(model: CardModel): void;
  /** Moves the open card next to a new rectangle (after scrolling), or re-places it where it is. */
  reposition(anchorRect?: AnchorRect): void;
  hide(): void;
  isOpen(): boolean;
  isPinned(): boolean;
  /** Whether a node (an event target) is the card or inside it. */
  contains(node: Node | null | undefined): boolean;
  /** Whether keyboard focus is in the card. */
  hasFocus(): boolean;
  /** Moves keyboard focus into the card (its dialog element). */
  focus(): void;
  /** Hides and forgets the element; the host can be shown again, which builds a new one. */
  destroy(): void;
}

/**
 * Defines the element name once so it is a known custom element. In Chrome content scripts (isolated
 * worlds) `customElements` is null (https://crbug.com/390807), and Firefox may refuse a definition from
 * a content-script compartment; the card works without it — any valid custom-element name takes a
 * shadow root.
 */
function defineOnce(doc: Document): void {
  const win = doc.defaultView;
  const registry = win?.customElements;
  if (!win || !registry || registry.get(CARD_TAG)) return;
  // Firefox: a class defined from a content script belongs to the content script's compartment, and
  // the page then gets "Permission denied" for every property of the element (localName,
  // getAttribute …): a page script that walks its own DOM throws (tests/firefox). Content scripts
  // there see the page through Xray wrappers (`wrappedJSObject`): leave the name undefined.
  if ('wrappedJSObject' in win) return;
  try {
    registry.define(CARD_TAG, class StandardsLensCard extends win.HTMLElement {});
  } catch {
    // Left undefined: see above.
  }
}

/** Fixed, placed by card-position.ts; hidden until placed. */
function styleHost(el: HTMLElement): void {
  pinStyles(el, {
    ...HOST_RESET,
    position: 'fixed',
    top: '0px',
    left: '0px',
    width: 'max-content',
    'max-width': 'calc(100vw - 16px)',
    visibility: 'hidden',
  });
}

interface State {
  stack: CardModel[];
  lang: CardLang;
  strings: CardStrings;
  pinned: boolean;
  anchor: AnchorRect;
  /** The content's size (card-fit.ts); measured again after the content changes. */
  extent?: CardExtent;
  /** The content changed: once placed, scroll its body to the leads if they are below the fold. */
  reveal: boolean;
}

export function createCardHost(doc: Document = document, options: CardHostOptions = {}): CardHost {
  // Where the element goes: `doc`, or the top page's document for a frame (card-frame.ts).
  let home: CardMount | undefined;
  let el: HTMLElement | undefined;
  // Closed: `el.shadowRoot` is null for everyone; this reference is the only way in.
  let shadow: ShadowRoot | undefined;
  let mount: HTMLElement | undefined;
  let state: State | undefined;
  // Late answers (a navigation or a placement started before the card changed) are dropped.
  let navToken = 0;
  let placeToken = 0;
  let pointer: CardPointer | undefined;

  function ensureElement(): { el: HTMLElement; shadow: ShadowRoot; mount: HTMLElement } {
    if (el && shadow && mount) return { el, shadow, mount };
    home = cardMountFor(doc);
    const hostDoc = home.doc;
    defineOnce(hostDoc);
    // Sealed: a page that defines CARD_TAG itself can neither read the root nor stop it (issue 14).
    ({ el, shadow } = createSealedHost(hostDoc, CARD_TAG));
    styleHost(el);
    const style = hostDoc.createElement('style');
    style.textContent = CARD_STYLES;
    mount = hostDoc.createElement('div');
    shadow.append(style, mount);
    shadow.addEventListener('keydown', onKeyDown as EventListener);
    pointer = watchCardPointer(el, {
      isOpen: () => state !== undefined,
      enter: options.onPointerEnter,
      leave: options.onPointerLeave,
    });
    return { el, shadow, mount };
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !state || !event.isTrusted) return; // the reader's own key only
    // The card handles its own Escape; the page should not also act on it.
    event.stopPropagation();
    event.preventDefault();
    closeBy('escape');
  }

  function closeBy(reason: CardCloseReason): void {
    hide();
    options.onClose?.(reason);
  }

  function focusDialog(): void {
    shadow?.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  }

  function paint(): void {
    if (!state || !mount) return;
    const top = state.stack[state.stack.length - 1];
    if (!top) return;
    render(
      h(Card, {
        model: top,
        lang: state.lang,
        strings: state.strings,
        pinned: state.pinned,
        canGoBack: state.stack.length > 1,
        onPin: setPinned,
        onClose: () => closeBy('close-button'),
        onNavigate: (ref: CardRef) => void navigate(ref),
        onBack: back,
        onSaveClip: state.stack.length === 1 ? options.onSaveClip : undefined,
        onOpenPlan: options.onOpenPlan,
      }),
      mount,
    );
  }

  /** Repaints after the card's content changed; keeps keyboard focus in the card. */
  function repaint(): void {
    const hadFocus = Boolean(shadow?.activeElement);
    paint();
    if (state) {
      state.extent = undefined;
      state.reveal = true;
    }
    void place();
    if (hadFocus) focusDialog();
  }

  function setPinned(pinned: boolean): void {
    if (!state || state.pinned === pinned) return;
    state.pinned = pinned;
    paint();
    options.onPinChange?.(pinned);
  }

  async function navigate(ref: CardRef): Promise<void> {
    if (!options.resolve || !state) return;
    const token = ++navToken;
    let model: CardModel | undefined;
    try {
      model = await options.resolve(ref);
    } catch {
      model = undefined;
    }
    if (!model || !state || token !== navToken) return;
    state.stack.push(model);
    repaint();
  }

  function back(): void {
    if (!state || state.stack.length < 2) return;
    navToken++;
    state.stack.pop();
    repaint();
  }

  async function place(): Promise<void> {
    if (!state || !el) return;
    const host = el;
    const token = ++placeToken;
    if (!state.extent && shadow) state.extent = measureCard(host, shadow);
    const anchor = home ? toMountRect(home, state.anchor) : state.anchor;
    const { x, y } = await computeCardPosition(anchor, host, state.extent);
    if (token !== placeToken || host !== el || !state) return;
    if (host.style.getPropertyValue('left') !== `${x}px` || host.style.getPropertyValue('top') !== `${y}px`) {
      pointer?.reset(); // moved: whatever is now under the pointer was not reached for
    }
    host.style.setProperty('left', `${x}px`, 'important');
    host.style.setProperty('top', `${y}px`, 'important');
    host.style.setProperty('visibility', 'visible', 'important');
    if (state.reveal && shadow) revealLeads(shadow);
    state.reveal = false;
    // A hidden element cannot take focus: a focus() asked for before placement lands now.
    if (focusWhenPlaced) {
      focusWhenPlaced = false;
      focusDialog();
    }
  }

  let focusWhenPlaced = false;
  function focus(): void {
    if (el?.style.getPropertyValue('visibility') === 'hidden') focusWhenPlaced = true;
    else focusDialog();
  }

  function show(model: CardModel, anchorRect: AnchorRect, options: CardShowOptions): void {
    const { lang, strings = cardStrings(options.lang) } = options;
    const view = doc.defaultView;
    const scheme =
      options.scheme ?? (options.schemeAt && view ? pageScheme(options.schemeAt, view) : undefined);
    const parts = ensureElement();
    // Inside the closed root (theme.ts): the page sees no trace of it.
    parts.mount.className = scheme ? `sl-${scheme}` : '';
    navToken++;
    pointer?.reset();
    state = { stack: [model], lang, strings, pinned: false, anchor: anchorRect, reveal: true };
    // Hidden until placed, so it never shows for a frame at its previous spot.
    parts.el.style.setProperty('visibility', 'hidden', 'important');
    if (!parts.el.isConnected) parts.el.ownerDocument.documentElement.append(parts.el);
    paint();
    void place();
    followTheFrames();
  }

  // A card shown out of its frame moves with the frames and goes with the frame's page, while open.
  let unfollow: (() => void) | undefined;
  function followTheFrames(): void {
    if (!unfollow && home?.frames.length) unfollow = followFrames(home, doc, () => void place(), hide);
  }

  function hide(): void {
    focusWhenPlaced = false;
    navToken++;
    placeToken++;
    state = undefined;
    unfollow?.();
    unfollow = undefined;
    if (mount) render(null, mount);
    el?.remove();
  }

  return {
    show,
    update(model) {
      if (!state) return;
      state.stack[state.stack.length - 1] = model;
      repaint();
    },
    reposition(anchorRect) {
      if (!state) return;
      if (anchorRect) state.anchor = anchorRect;
      void place();
    },
    hide,
    isOpen: () => state !== undefined,
    isPinned: () => state?.pinned ?? false,
    contains(node) {
      if (!node || !el) return false;
      return node === el || el.contains(node) || Boolean(shadow?.contains(node));
    },
    focus,
    hasFocus: () => Boolean(el?.isConnected && el.ownerDocument.activeElement === el),
    destroy() {
      hide();
      shadow?.removeEventListener('keydown', onKeyDown as EventListener);
      el = undefined;
      shadow = undefined;
      mount = undefined;
    },
  };
}
