/**
 * The content script's keys (the caller checks `isTrusted`: only the reader's own keys count).
 */

/** Alt+Shift+N / Alt+Shift+P: next / previous mention (N and P, not arrows, which pages use). */
export function stepOf(e: KeyboardEvent): 1 | -1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  return e.code === 'KeyN' ? 1 : e.code === 'KeyP' ? -1 : 0;
}

/** **contract** (DESIGN.md): Alt+Shift+S saves the selection as a clip. */
export const isSaveKey = (e: KeyboardEvent) =>
  e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyS';
