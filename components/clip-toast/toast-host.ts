/**
 * The toast's in-page container, built like the card's (components/card/card-host.ts): one
 * `<standards-lens-toast>` element holding a **closed** shadow root that only this closure can reach —
 * page scripts cannot read a note being typed. Fixed at the bottom right, above the page; it hides
 * itself after a few seconds unless the pointer or the focus is in it or a note is being written.
 */
import { h, render } from 'preact';
import type { CardLang } from '../../lib/card/types';
import type { ClipStrings } from '../../lib/clips/clip-strings';
import { createSealedHost, HOST_RESET, pinStyles } from '../in-page/host-element';
import { ClipToast, type ToastView } from './ClipToast';
import { TOAST_STYLES } from './toast-styles';

export const TOAST_TAG = 'standards-lens-toast';

export interface ToastActions {
  onUndo: () => void;
  onSaveNote: (note: string) => void;
}

export interface ToastShowOptions {
  strings: ClipStrings;
  lang: CardLang;
  /** Move keyboard focus to the toast's first control (the save came from the keyboard). */
  focus?: boolean;
}

export interface ToastHost {
  show(view: ToastView, options: ToastShowOptions): void;
  hide(): void;
  isOpen(): boolean;
  contains(node: Node | null | undefined): boolean;
  destroy(): void;
}

export interface ToastHostOptions {
  /** How long a message stays; errors stay longer, so they can be read. */
  hideAfterMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

/** Fixed at the bottom right, out of the way of the text and of the card. */
function styleHost(el: HTMLElement): void {
  pinStyles(el, { ...HOST_RESET, position: 'fixed', right: '16px', bottom: '16px' });
}

export function createToastHost(
  doc: Document,
  actions: ToastActions,
  options: ToastHostOptions = {},
): ToastHost {
  const hideAfterMs = options.hideAfterMs ?? 6_000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  let el: HTMLElement | undefined;
  let shadow: ShadowRoot | undefined;
  let mount: HTMLElement | undefined;
  let current: { view: ToastView; options: ToastShowOptions } | undefined;
  let timer: unknown;
  let hovered = false;
  let returnFocus: Element | null = null;

  function ensure(): { el: HTMLElement; shadow: ShadowRoot; mount: HTMLElement } {
    if (el && shadow && mount) return { el, shadow, mount };
    // Sealed like the card's: the page cannot read a note being typed, even as the tag's owner.
    ({ el, shadow } = createSealedHost(doc, TOAST_TAG));
    styleHost(el);
    const style = doc.createElement('style');
    style.textContent = TOAST_STYLES;
    mount = doc.createElement('div');
    shadow.append(style, mount);
    shadow.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key !== 'Escape') return;
      e.stopPropagation();
      e.preventDefault();
      close();
    });
    // Reading or pointing at the toast keeps it.
    el.addEventListener('pointerenter', () => {
      hovered = true;
      stopTimer();
    });
    el.addEventListener('pointerleave', () => {
      hovered = false;
      armTimer();
    });
    shadow.addEventListener('focusout', () => setTimer(armTimer, 0));
    return { el, shadow, mount };
  }

  function stopTimer(): void {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  }

  function armTimer(): void {
    stopTimer();
    if (!current || hovered || shadow?.activeElement) return;
    const { phase } = current.view;
    if (phase === 'saving' || phase === 'note') return;
    timer = setTimer(hide, phase === 'error' ? hideAfterMs * 2 : hideAfterMs);
  }

  function paint(): void {
    if (!current || !mount) return;
    render(
      h(ClipToast, {
        view: current.view,
        strings: current.options.strings,
        lang: current.options.lang,
        onAddNote: () => show({ phase: 'note', note: '' }, { ...current!.options, focus: true }),
        onUndo: actions.onUndo,
        onSaveNote: actions.onSaveNote,
        onClose: close,
      }),
      mount,
    );
  }

  function focusFirst(): void {
    const target = shadow?.querySelector<HTMLElement>('textarea, button');
    if (!target) return;
    const active = doc.activeElement;
    if (active && active !== el && !returnFocus) returnFocus = active;
    target.focus();
  }

  function show(view: ToastView, showOptions: ToastShowOptions): void {
    const parts = ensure();
    current = { view, options: showOptions };
    if (!parts.el.isConnected) doc.documentElement.append(parts.el);
    paint();
    if (showOptions.focus) focusFirst();
    armTimer();
  }

  function hide(): void {
    stopTimer();
    const hadFocus = Boolean(shadow?.activeElement);
    current = undefined;
    hovered = false;
    if (mount) render(null, mount);
    el?.remove();
    if (hadFocus && returnFocus instanceof (doc.defaultView?.HTMLElement ?? Object)) {
      (returnFocus as HTMLElement).focus();
    }
    returnFocus = null;
  }

  function close(): void {
    hide();
  }

  return {
    show,
    hide,
    isOpen: () => current !== undefined,
    contains(node) {
      if (!node || !el) return false;
      return node === el || Boolean(shadow?.contains(node));
    },
    destroy() {
      hide();
      el = undefined;
      shadow = undefined;
      mount = undefined;
    },
  };
}
