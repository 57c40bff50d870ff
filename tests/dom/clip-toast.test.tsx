/**
 * toast-host.ts + ClipToast.tsx: the in-page confirmation of a clip in a closed shadow root, its
 * Add note / Undo actions from the keyboard, Escape, and hiding itself unless in use.
 * The shadow root is closed, so the tests catch it where it is made (attachShadow), as no page can.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOAST_TAG, createToastHost, type ToastHost } from '../../components/clip-toast/toast-host';
import { clipStrings } from '../../lib/clips/clip-strings';

const SHOW = { strings: clipStrings('zh-Hans'), lang: 'zh-Hans' as const };

let roots: { mode: string; root: ShadowRoot }[] = [];
let host: ToastHost | undefined;
let timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
const actions = { onUndo: vi.fn(), onSaveNote: vi.fn() };

beforeEach(() => {
  roots = [];
  timers = [];
  actions.onUndo.mockReset();
  actions.onSaveNote.mockReset();
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    roots.push({ mode: init.mode, root });
    return root;
  });
  document.body.innerHTML = '<button id="page-button">page</button>';
});

afterEach(() => {
  host?.destroy();
  host = undefined;
  vi.restoreAllMocks();
});

function make() {
  host = createToastHost(document, actions, {
    hideAfterMs: 5_000,
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => void ((t as { cleared: boolean }).cleared = true),
  });
  return host;
}

const shadow = () => roots[roots.length - 1]!.root;
const el = () => document.documentElement.querySelector(TOAST_TAG) as HTMLElement | null;
/** Buttons by accessible name: aria-label where there is one, else the text. */
const buttons = () =>
  [...shadow().querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim());
const runPending = () => timers.filter((t) => !t.cleared).forEach((t) => ((t.cleared = true), t.fn()));

describe('the clip toast', () => {
  it('lives in a closed shadow root the page cannot open, named for assistive technology', () => {
    make().show({ phase: 'saved' }, SHOW);
    expect(roots.map((r) => r.mode)).toEqual(['closed']);
    expect(el()!.shadowRoot).toBeNull();
    const status = shadow().querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-label')).toBe('标准透镜摘录');
    expect(status.textContent).toContain('已保存摘录');
    expect(buttons()).toEqual(['添加备注', '撤销', '关闭']);
  });

  it('says "saving" without actions, and an error as an alert', () => {
    const toast = make();
    toast.show({ phase: 'saving' }, SHOW);
    expect(buttons()).toEqual(['关闭']);
    expect(timers).toHaveLength(0); // a save in flight never hides its toast
    toast.show({ phase: 'error', message: '保存失败' }, SHOW);
    expect(shadow().querySelector('[role="alert"]')?.textContent).toContain('保存失败');
    expect(timers.at(-1)!.ms).toBe(10_000);
  });

  it('takes focus when asked (the keyboard path), and Undo calls back', () => {
    const page = document.getElementById('page-button')!;
    page.focus();
    make().show({ phase: 'saved' }, { ...SHOW, focus: true });
    expect(shadow().activeElement?.textContent).toBe('添加备注');
    (shadow().querySelectorAll('button')[1] as HTMLButtonElement).click();
    expect(actions.onUndo).toHaveBeenCalledOnce();
  });

  it('Add note opens a focused note field; submitting saves the note', async () => {
    make().show({ phase: 'saved' }, SHOW);
    (shadow().querySelector('button') as HTMLButtonElement).click();
    await Promise.resolve();
    const textarea = shadow().querySelector('textarea')!;
    expect(shadow().activeElement).toBe(textarea);
    textarea.value = '用于季度报告';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    shadow()
      .querySelector('form')!
      .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(actions.onSaveNote).toHaveBeenCalledWith('用于季度报告');
  });

  it('Escape closes it and gives focus back to where it was', () => {
    const page = document.getElementById('page-button')!;
    page.focus();
    make().show({ phase: 'saved' }, { ...SHOW, focus: true });
    shadow().activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(el()).toBeNull();
    expect(document.activeElement).toBe(page);
  });

  it('hides itself after a while, but not while the pointer is on it', () => {
    const toast = make();
    toast.show({ phase: 'saved' }, SHOW);
    el()!.dispatchEvent(new Event('pointerenter'));
    runPending();
    expect(toast.isOpen()).toBe(true);
    el()!.dispatchEvent(new Event('pointerleave'));
    expect(timers.at(-1)!.ms).toBe(5_000);
    runPending();
    expect(toast.isOpen()).toBe(false);
    expect(el()).toBeNull();
  });
});
