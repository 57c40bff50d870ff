/**
 * card-host.ts: one `<standards-lens-card>` on documentElement with a closed shadow root, one dialog
 * inside, a navigation stack fed by `resolve`, pin state, Escape, placement and clean-up.
 *
 * The shadow root is closed, so the tests catch it where it is made (attachShadow), as no page can.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardStrings } from '../../lib/card/strings';
import type { CardModel, CardRef } from '../../lib/card/types';
import {
  CARD_TAG,
  createCardHost,
  type CardHost,
  type CardHostOptions,
} from '../../components/card/card-host';
import { AGENCY, ITEM, TOPIC, XSS } from './card-fixtures';

/** The reader's own event (happy-dom marks every dispatched one untrusted, as a page script's is). */
function trusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

const RECT = { x: 100, y: 200, width: 40, height: 18, top: 200, left: 100, right: 140, bottom: 218 };
const SHOW = { lang: 'zh-Hans' as const, strings: cardStrings('zh-Hans') };

let roots: { mode: string; root: ShadowRoot }[] = [];
let host: CardHost | undefined;

beforeEach(() => {
  roots = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
    this: Element,
    init: ShadowRootInit,
  ) {
    const root = attach.call(this, init);
    roots.push({ mode: init.mode, root });
    return root;
  });
});

afterEach(() => {
  host?.destroy();
  host = undefined;
  vi.restoreAllMocks();
});

function open(model: CardModel = TOPIC, options: CardHostOptions = {}) {
  host = createCardHost(document, options);
  host.show(model, RECT, SHOW);
  const el = document.documentElement.querySelector(CARD_TAG) as HTMLElement;
  const shadow = roots[roots.length - 1]!.root;
  return { host, el, shadow };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function button(shadow: ShadowRoot, text: string): HTMLButtonElement {
  const found = [...shadow.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

const dialogName = (shadow: ShadowRoot) =>
  shadow.querySelector('[role="dialog"]')?.getAttribute('aria-label');

describe('createCardHost', () => {
  it('adds one element to documentElement, with a closed shadow root holding exactly one dialog', () => {
    const before = document.documentElement.children.length;
    const { el, shadow } = open();
    expect(el.parentNode).toBe(document.documentElement);
    expect(document.documentElement.children.length).toBe(before + 1);
    expect(document.body.querySelector(CARD_TAG)).toBeNull();
    expect(roots.map((r) => r.mode)).toEqual(['closed']);
    expect(el.shadowRoot).toBeNull();
    expect(Object.values(el).includes(shadow)).toBe(false);
    expect(shadow.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect(dialogName(shadow)).toBe('烟花爆竹');
    expect(shadow.querySelector('style')?.textContent).toContain(':host');
    expect(el.style.getPropertyValue('position')).toBe('fixed');
  });

  it('defines the custom element once', () => {
    open();
    host!.destroy();
    const second = createCardHost(document);
    second.show(ITEM, RECT, SHOW);
    expect(customElements.get(CARD_TAG)).toBeDefined();
    expect(document.querySelectorAll(CARD_TAG)).toHaveLength(1);
    second.destroy();
  });

  it('places the card next to the anchor and shows it', async () => {
    const { el } = open();
    await flush();
    expect(el.style.getPropertyValue('visibility')).toBe('visible');
    expect(el.style.getPropertyValue('left')).toMatch(/^\d+px$/);
    expect(el.style.getPropertyValue('top')).toMatch(/^\d+px$/);
  });

  it('navigates through resolve and goes back', async () => {
    const resolve = vi.fn(async (ref: CardRef): Promise<CardModel | undefined> => {
      if (ref.kind === 'agency') return { ...AGENCY, id: ref.id, title: `agency:${ref.id}` };
      if (ref.kind === 'item') return ITEM;
      return undefined;
    });
    const { shadow } = open(TOPIC, { resolve });
    expect(() => button(shadow, '返回')).toThrow();
    button(shadow, '应急管理部').click();
    await flush();
    expect(resolve).toHaveBeenCalledWith({ kind: 'agency', id: 'mem' });
    expect(dialogName(shadow)).toBe('agency:mem');
    button(shadow, '(十八)').click();
    await flush();
    expect(dialogName(shadow)).toBe(ITEM.title);
    button(shadow, '返回').click();
    expect(dialogName(shadow)).toBe('agency:mem');
    button(shadow, '返回').click();
    expect(dialogName(shadow)).toBe('烟花爆竹');
    expect(() => button(shadow, '返回')).toThrow();
    expect(shadow.querySelectorAll('[role="dialog"]')).toHaveLength(1);
  });

  it('stays put when resolve has no card or fails', async () => {
    const { shadow } = open(TOPIC, {
      resolve: async (ref) => (ref.kind === 'item' ? Promise.reject(new Error('x')) : undefined),
    });
    button(shadow, '应急管理部').click();
    button(shadow, '(十八)').click();
    await flush();
    expect(dialogName(shadow)).toBe('烟花爆竹');
  });

  it('keeps the pin state and reports it', () => {
    const onPinChange = vi.fn();
    const { shadow } = open(ITEM, { onPinChange });
    expect(host!.isPinned()).toBe(false);
    button(shadow, '固定').click();
    expect(host!.isPinned()).toBe(true);
    expect(button(shadow, '固定').getAttribute('aria-pressed')).toBe('true');
    expect(onPinChange).toHaveBeenCalledWith(true);
    host!.show(TOPIC, RECT, SHOW);
    expect(host!.isPinned()).toBe(false);
  });

  it('closes on Escape inside the card and tells the content script why', () => {
    const onClose = vi.fn();
    const { shadow, el } = open(TOPIC, { onClose });
    const outside = vi.fn();
    document.addEventListener('keydown', outside);
    const target = button(shadow, '应急管理部');
    target.dispatchEvent(
      trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })),
    );
    document.removeEventListener('keydown', outside);
    expect(onClose).toHaveBeenCalledWith('escape');
    expect(outside).not.toHaveBeenCalled();
    expect(host!.isOpen()).toBe(false);
    expect(el.isConnected).toBe(false);
    expect(shadow.querySelector('[role="dialog"]')).toBeNull();
  });

  it('closes from its Close button', () => {
    const onClose = vi.fn();
    const { shadow } = open(AGENCY, { onClose });
    shadow.querySelector<HTMLButtonElement>('button[aria-label="关闭"]')!.click();
    expect(onClose).toHaveBeenCalledWith('close-button');
    expect(host!.isOpen()).toBe(false);
  });

  it('hides without calling onClose, and can show again in the same element', () => {
    const onClose = vi.fn();
    const { el } = open(TOPIC, { onClose });
    host!.hide();
    expect(onClose).not.toHaveBeenCalled();
    expect(document.querySelector(CARD_TAG)).toBeNull();
    host!.show(AGENCY, RECT, SHOW);
    expect(document.querySelector(CARD_TAG)).toBe(el);
    expect(roots).toHaveLength(1);
  });

  it('answers contains() for the host and its inside, not for the page', () => {
    const { el, shadow } = open();
    expect(host!.contains(el)).toBe(true);
    expect(host!.contains(button(shadow, '应急管理部'))).toBe(true);
    expect(host!.contains(document.body)).toBe(false);
    expect(host!.contains(null)).toBe(false);
  });

  it('focuses the dialog on request, once it is placed (a hidden element cannot take focus)', async () => {
    const { shadow } = open();
    host!.focus();
    await vi.waitFor(() => expect(shadow.activeElement).toBe(shadow.querySelector('[role="dialog"]')));
  });

  it('updates the model in place', () => {
    const { shadow } = open(AGENCY);
    host!.update({ ...AGENCY, title: '新标题' });
    expect(dialogName(shadow)).toBe('新标题');
  });

  it('renders markup in model strings as text inside the shadow root', () => {
    const { shadow } = open({ ...ITEM, title: XSS, sentences: [{ text: XSS, duty: -1 }] });
    expect(shadow.querySelector('img')).toBeNull();
    expect(dialogName(shadow)).toBe(XSS);
  });

  it('tells when the pointer leaves after a press inside (focus inside does not keep it)', () => {
    const onPointerLeave = vi.fn();
    const onPointerEnter = vi.fn();
    const { el, shadow } = open(TOPIC, { onPointerEnter, onPointerLeave });
    const at = { screenX: 300, screenY: 300, bubbles: true, composed: true };
    el.dispatchEvent(trusted(new PointerEvent('pointerenter', at)));
    expect(onPointerEnter).toHaveBeenCalledTimes(1);
    const chip = button(shadow, '应急管理部');
    chip.dispatchEvent(trusted(new PointerEvent('pointerdown', at)));
    chip.focus();
    expect(host!.hasFocus()).toBe(true);
    el.dispatchEvent(trusted(new PointerEvent('pointerleave', at)));
    expect(onPointerLeave).toHaveBeenCalledTimes(1);
  });

  it('tells of a leave after the pointer moved in the card, not after it slid under a resting one', () => {
    const onPointerLeave = vi.fn();
    const { el } = open(TOPIC, { onPointerLeave });
    const still = { screenX: 300, screenY: 300, bubbles: true, composed: true };
    // The page scrolled and the card came under the pointer: events, but no movement.
    el.dispatchEvent(trusted(new PointerEvent('pointerenter', still)));
    el.dispatchEvent(trusted(new PointerEvent('pointermove', still)));
    el.dispatchEvent(trusted(new PointerEvent('pointerleave', still)));
    expect(onPointerLeave).not.toHaveBeenCalled();
    // The reader moves into it and out again.
    el.dispatchEvent(trusted(new PointerEvent('pointerenter', still)));
    el.dispatchEvent(trusted(new PointerEvent('pointermove', { ...still, screenY: 310 })));
    el.dispatchEvent(trusted(new PointerEvent('pointerleave', { ...still, screenY: 400 })));
    expect(onPointerLeave).toHaveBeenCalledTimes(1);
  });

  it('ignores what a page script sends to the card (issue 14): Escape, pointer and wheel events', () => {
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    const onClose = vi.fn();
    const onPointerLeave = vi.fn();
    const onPointerEnter = vi.fn();
    const { el, shadow } = open(TOPIC, { onClose, onPointerEnter, onPointerLeave });
    const at = { screenX: 300, screenY: 300, bubbles: true, composed: true };
    button(shadow, '应急管理部').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    el.dispatchEvent(new PointerEvent('pointerenter', at));
    el.dispatchEvent(new PointerEvent('pointermove', { ...at, screenX: 320 }));
    el.dispatchEvent(new PointerEvent('pointerleave', at));
    const wheel = new WheelEvent('wheel', { ...at, cancelable: true, deltaY: 120 });
    shadow.querySelector('.body')!.dispatchEvent(wheel);
    expect(host!.isOpen()).toBe(true);
    expect([onClose, onPointerEnter, onPointerLeave, scrollBy].map((f) => f.mock.calls.length)).toEqual([
      0, 0, 0, 0,
    ]);
    expect(wheel.defaultPrevented).toBe(false);
    // The reader's own Escape closes it.
    button(shadow, '应急管理部').dispatchEvent(
      trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })),
    );
    expect(onClose).toHaveBeenCalledWith('escape');
  });

  it('gives the wheel to the page while the reader has not reached for the card', () => {
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    const { el, shadow } = open(TOPIC);
    const still = { screenX: 300, screenY: 300, bubbles: true, composed: true };
    const body = shadow.querySelector('.body')!;
    const wheel = (init: WheelEventInit) => {
      const e = new WheelEvent('wheel', { ...still, cancelable: true, ...init });
      body.dispatchEvent(trusted(e));
      return e;
    };
    el.dispatchEvent(trusted(new PointerEvent('pointerenter', still)));
    expect(wheel({ deltaY: 120 }).defaultPrevented).toBe(true);
    expect(scrollBy).toHaveBeenLastCalledWith({ left: 0, top: 120, behavior: 'instant' });
    expect(wheel({ deltaY: -3, deltaMode: 1 }).defaultPrevented).toBe(true); // 3 lines up
    expect(scrollBy).toHaveBeenLastCalledWith({ left: 0, top: -120, behavior: 'instant' });
    // Once the pointer moves in the card, the wheel scrolls the card.
    el.dispatchEvent(trusted(new PointerEvent('pointermove', { ...still, screenX: 305 })));
    expect(wheel({ deltaY: 120 }).defaultPrevented).toBe(false);
    expect(scrollBy).toHaveBeenCalledTimes(2);
    // A card shown again (for another mention) starts unreached.
    host!.show(AGENCY, RECT, SHOW);
    expect(wheel({ deltaY: 50 }).defaultPrevented).toBe(true);
  });

  it("takes the page's scheme inside its closed root, leaving no trace on the element", () => {
    const { el, shadow } = open();
    const root = shadow.querySelector('style')!.nextElementSibling!;
    expect(root.className).toBe(''); // no scheme given: the system's (prefers-color-scheme)
    host!.show(TOPIC, RECT, { ...SHOW, scheme: 'dark' });
    expect(root.className).toBe('sl-dark');
    host!.show(TOPIC, RECT, { ...SHOW, scheme: 'light' });
    expect(root.className).toBe('sl-light');
    expect(el.getAttributeNames()).toEqual(['style']);
    expect(el.getAttribute('style')).not.toMatch(/dark|light/);
    const css = shadow.querySelector('style')!.textContent!;
    expect(css).toMatch(/\.sl-dark \{[^}]*--sl-bg: #1e2228/);
    expect(css).toMatch(/\.sl-light \{[^}]*--sl-bg: #ffffff/);
  });

  it('removes everything on destroy', () => {
    open();
    host!.destroy();
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(host!.isOpen()).toBe(false);
  });
});
