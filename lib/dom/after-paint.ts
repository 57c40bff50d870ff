/**
 * Resolves after the browser rendered the next frame (a task posted from `requestAnimationFrame` runs
 * after that frame's rendering) — or at once in a hidden document, whose frames do not come until it
 * is shown, or when it becomes hidden while waiting. The content script asks for the matcher after
 * its first highlights are on screen (issue 15): the large answer's parsing would otherwise land
 * before the frame that shows them.
 */
export function afterNextPaint(doc: Document, signal: AbortSignal): Promise<void> {
  const view = doc.defaultView;
  if (!view || doc.visibilityState === 'hidden' || signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const stop = new AbortController();
    const done = () => {
      stop.abort();
      resolve();
    };
    view.requestAnimationFrame(() => {
      const channel = new view.MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(0);
    });
    doc.addEventListener('visibilitychange', () => doc.visibilityState === 'hidden' && done(), {
      signal: stop.signal,
    });
    signal.addEventListener('abort', done, { signal: stop.signal });
  });
}

/**
 * Calls `callback` after the browser rendered the next frame — or at once in a hidden document, whose
 * frames do not come until it is shown — touching nothing but the window's own timers: for the frame
 * gate (entrypoints/content/text-gate), which runs in every quiet frame of a government page, where
 * each interface a script first uses (the AbortController, MessageChannel and message event of
 * `afterNextPaint`) is set up in the extension's isolated world of that frame. A timer set in a frame
 * callback runs after that frame's rendering, as the posted message does. Unlike `afterNextPaint`, a
 * document hidden while it waits is asked once it is shown again.
 */
export function whenFramePainted(doc: Document, callback: () => void): void {
  const view = doc.defaultView;
  if (!view || doc.visibilityState === 'hidden') callback();
  else whenWindowPainted(view, callback);
}

/**
 * Calls `callback` after the window rendered its next frame, touching the window's own timers and
 * nothing of its document — not even to ask whether it is hidden: a hidden tab's frames, and a frame
 * not rendered (`display: none`), paint none, so the callback waits until they are shown.
 */
export function whenWindowPainted(
  view: Pick<Window, 'requestAnimationFrame' | 'setTimeout'>,
  callback: () => void,
): void {
  view.requestAnimationFrame(() => void view.setTimeout(callback, 0));
}
