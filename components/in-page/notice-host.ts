/**
 * A one-line notice in the page (issue 10): "no mentions on this page" for Alt+Shift+N, "highlights
 * hidden" for Alt+Shift+H. Built like the card and the toast — one `<standards-lens-notice>` element
 * holding a **closed** shadow root, so the page cannot read what the extension says — but with plain
 * DOM, no Preact: it ships in the content script, whose budget is tight, and says one sentence.
 * Polite (`role="status"`), never focused, gone after a few seconds.
 */
import { createSealedHost, HOST_RESET, pinStyles } from './host-element';

export const NOTICE_TAG = 'standards-lens-notice';

// The in-page theme's colours (components/in-page/theme.ts), only those a line of text needs: the
// content script ships this, and its budget is tight.
const STYLES = `:host{all:initial}
p{margin:0;padding:8px 14px;max-width:min(420px,calc(100vw - 32px));background:#fff;color:#1f2328;
border:1px solid #d1d9e0;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.18);
font:13px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
@media (prefers-color-scheme:dark){p{background:#1e2228;color:#e6e8eb;border-color:#3d444d}}`;

export interface NoticeHost {
  /** Shows `message` (replacing any other) for a few seconds; `label` names the region. */
  show(message: string, label: string): void;
  hide(): void;
  /** The text shown now ('' when none). */
  text(): string;
  contains(node: Node | null | undefined): boolean;
  destroy(): void;
}

export interface NoticeHostOptions {
  hideAfterMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

export function createNoticeHost(doc: Document, options: NoticeHostOptions = {}): NoticeHost {
  const hideAfterMs = options.hideAfterMs ?? 3_000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  let el: HTMLElement | undefined;
  let line: HTMLElement | undefined;
  let timer: unknown;

  function ensure(): HTMLElement {
    if (line) return line;
    const sealed = createSealedHost(doc, NOTICE_TAG);
    el = sealed.el;
    // Bottom centre: away from the toast (bottom right) and from the text being read.
    pinStyles(el, {
      ...HOST_RESET,
      position: 'fixed',
      left: '50%',
      bottom: '24px',
      transform: 'translateX(-50%)',
      'pointer-events': 'none',
    });
    const shadow = sealed.shadow;
    const style = doc.createElement('style');
    style.textContent = STYLES;
    line = doc.createElement('p');
    line.setAttribute('role', 'status');
    line.setAttribute('aria-live', 'polite');
    shadow.append(style, line);
    return line;
  }

  function hide(): void {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if (line) line.textContent = '';
    el?.remove();
  }

  return {
    show(message, label) {
      const p = ensure();
      if (timer !== undefined) clearTimer(timer);
      p.setAttribute('aria-label', label);
      p.textContent = message;
      if (!el!.isConnected) doc.documentElement.append(el!);
      timer = setTimer(hide, hideAfterMs);
    },
    hide,
    text: () => line?.textContent ?? '',
    contains: (node) => Boolean(node && el && (node === el || el.contains(node))),
    destroy() {
      hide();
      el = undefined;
      line = undefined;
    },
  };
}
