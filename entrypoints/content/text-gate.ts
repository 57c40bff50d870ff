/**
 * Holds the content script back in a frame (or page) with no readable text — an empty widget, a
 * tracking pixel, an iframe with `display: none` — until text arrives or the frame is shown (issue
 * 15): until then it asks the background for nothing and holds no matcher. What it watches is cheap:
 * one MutationObserver whose callback only asks "is there text now?" (a bounded walk,
 * lib/dom/readable-text), and the window's `resize` (a hidden or tiny frame that grows), both gone
 * once the gate opens.
 *
 * A subframe with text is then asked its size after the next paint, when the layout is clean: read at
 * once, the size made Blink lay out the page that holds the frame, mid-load — 4 ms of a 1 × 1 frame on
 * the 300 KB page (bench:page), where the text walk took 0.2 ms. A frame that is not rendered
 * (`display: none`) paints no frame: it waits until it is shown.
 */
import { whenFramePainted } from '../../lib/dom/after-paint';
import { hasReadableText, isTinyFrame } from '../../lib/dom/readable-text';
import { isTopFrame } from '../../lib/dom/top-frame';
import { frameCostOf } from './frame-cost-record';

/** What can end the wait besides text: the content script's teardown, or its extension gone. */
export interface GateOptions {
  /** Aborted when the content script's life ends (the frame gate has none: it just stops looking). */
  signal?: AbortSignal;
  /** False once the frame gate's extension is gone; asked at each look after the first. */
  alive?: () => boolean;
}

/**
 * Resolves true once `doc` has readable text in a frame big enough to show it; false if aborted, or
 * when a look finds `alive()` false (the frame gate's extension gone: it has no script context to
 * abort it).
 *
 * A quiet frame pays for every interface this touches: the first use of one in a frame sets it up in
 * the extension's isolated world there. So the wait holds no AbortController, its listeners are
 * removed one by one, and the size is read through a timer from the next frame's callback
 * (lib/dom/after-paint whenFramePainted), not a MessageChannel: together ~0.15–0.3 ms less per quiet
 * frame in traces (README, "What the numbers taught").
 */
export function untilReadable(
  doc: Document,
  { signal, alive = () => true }: GateOptions = {},
): Promise<boolean> {
  const view = doc.defaultView;
  if (!view || signal?.aborted) return Promise.resolve(false);
  const cost = frameCostOf(globalThis);
  const clock = view.performance;
  cost.startAt ??= clock.now();
  const isTop = isTopFrame(view);
  const timed = <T>(look: () => T): T => {
    const t0 = clock.now();
    const answer = look();
    cost.checkMs += clock.now() - t0;
    return answer;
  };
  const hasText = () => {
    cost.checks += 1;
    return timed(() => hasReadableText(doc.body ?? doc.documentElement));
  };
  if (isTop && hasText()) return Promise.resolve(true);
  cost.waiting = true;
  return new Promise<boolean>((resolve) => {
    let closed = false;
    const done = (open: boolean) => {
      if (closed) return;
      closed = true;
      observer.disconnect();
      view.removeEventListener('resize', recheck);
      signal?.removeEventListener('abort', giveUp);
      cost.waiting = false;
      resolve(open);
    };
    const giveUp = () => done(false);
    // A subframe with text: its size once the next frame is painted (one look in flight at a time; a
    // hidden document is asked at once). A frame not rendered (`display: none`) gets no frame
    // callback: it waits until it is shown.
    let sizing = false;
    const sized = () => {
      sizing = false;
      if (!closed && !timed(() => isTinyFrame(view, isTop))) done(true);
    };
    const size = () => {
      if (sizing) return;
      sizing = true;
      whenFramePainted(doc, sized);
    };
    const look = () => {
      if (!hasText()) return;
      if (isTop) done(true);
      else size();
    };
    // Not on the first look: `alive` may touch the extension API, which a quiet frame need not set up.
    const recheck = () => (alive() ? look() : done(false));
    const observer = new view.MutationObserver(recheck);
    observer.observe(doc, {
      childList: true,
      subtree: true,
      characterData: true,
      // What un-skips a subtree (lib/dom/collect-text isSkippedElement).
      attributes: true,
      attributeFilter: ['hidden', 'aria-hidden', 'contenteditable'],
    });
    view.addEventListener('resize', recheck);
    signal?.addEventListener('abort', giveUp);
    if (!isTop) look();
  });
}
