/**
 * Whether a window is its tab's top frame, asked without reaching for the top frame's window (issue
 * 15). In Chromium, reading `window.top` from a content script's isolated world makes Blink set up
 * that world in the top frame — a context with the extension's bindings, 1.3–1.4 ms in a trace of the
 * first subframe gate of a load — and so the first quiet subframe that asked paid for it, and a
 * government frame inside any other site made a context the top page never used.
 * `location.ancestorOrigins` (Chromium, Safari) lists the origins of the frames above as strings,
 * touching none of their windows; Firefox has no such list and is asked `top`, which sets up nothing
 * there.
 */

/** What is read of a window: its location, and `top` only where the location has no ancestor list. */
export interface FramePlace {
  location: { ancestorOrigins?: { length: number } };
  top: unknown;
}

export function isTopFrame(view: FramePlace): boolean {
  const ancestors = view.location.ancestorOrigins;
  return ancestors ? ancestors.length === 0 : view.top === view;
}
