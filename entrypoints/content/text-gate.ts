/**
 * Holds the content script back in a frame (or page) with no readable text — an empty widget, a
 * tracking pixel, an iframe with `display: none` — until text arrives or the frame is shown (issue
 * 15): until then it asks the background for nothing and holds no matcher. What it watches is cheap:
 * one MutationObserver whose callback only asks "is there text now?" (a bounded walk,
 * lib/dom/readable-text), and the window's `resize` (a hidden or tiny frame that grows), both gone
 * once the gate opens.
 */
import { hasReadableText, isTinyFrame } from '../../lib/dom/readable-text';
import { frameCostOf } from './frame-cost-record';

/**
 * Resolves true once `doc` has readable text in a frame big enough to show it; false if aborted, or
 * when a look finds `alive()` false (the frame gate's extension gone: it has no script context to
 * abort it).
 */
export function untilReadable(
  doc: Document,
  signal: AbortSignal,
  alive: () => boolean = () => true,
): Promise<boolean> {
  const view = doc.defaultView;
  if (!view || signal.aborted) return Promise.resolve(false);
  const cost = frameCostOf(globalThis);
  const clock = view.performance;
  cost.startAt ??= clock.now();
  const isTop = view.top === view;
  const readable = () => {
    const t0 = clock.now();
    // Text first: a DOM walk, where the frame's size (innerWidth) makes Blink lay out the page holding
    // the frame — most quiet frames have no text and never pay that.
    const yes = hasReadableText(doc.body ?? doc.documentElement) && !isTinyFrame(view, isTop);
    cost.checks += 1;
    cost.checkMs += clock.now() - t0;
    return yes;
  };
  if (readable()) return Promise.resolve(true);
  cost.waiting = true;
  return new Promise<boolean>((resolve) => {
    const stop = new AbortController();
    const done = (open: boolean) => {
      stop.abort();
      observer.disconnect();
      cost.waiting = false;
      resolve(open);
    };
    const recheck = () => {
      if (!alive()) done(false);
      else if (readable()) done(true);
    };
    const observer = new view.MutationObserver(recheck);
    observer.observe(doc, {
      childList: true,
      subtree: true,
      characterData: true,
      // What un-skips a subtree (lib/dom/collect-text isSkippedElement).
      attributes: true,
      attributeFilter: ['hidden', 'aria-hidden', 'contenteditable'],
    });
    view.addEventListener('resize', recheck, { signal: stop.signal });
    signal.addEventListener('abort', () => done(false), { signal: stop.signal });
  });
}
