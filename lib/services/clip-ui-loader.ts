/**
 * Loads the clip UI into one frame on first use (issue 9; DESIGN.md budget: the content script as
 * shipped stays under 100 kB). Taking and re-finding clips needs the toast (Preact), page facts,
 * text-fragment links and fuzzy anchoring — more than the content script may carry for pages where
 * nobody clips. The background injects the separate `clip-ui.js` (entrypoints/clip-ui) into the asking
 * frame's isolated world with `scripting.executeScript`, where the content script picks it up; the
 * page's own world never sees it.
 */

/** Runs `clip-ui.js` in one frame: `scripting.executeScript({ target, files: ['/clip-ui.js'] })`. */
export type InjectClipUi = (target: { tabId: number; frameIds: number[] }) => Promise<unknown>;

export function createClipUiLoader(inject: InjectClipUi) {
  return {
    async load(tabId: number, frameId: number): Promise<{ loaded: boolean }> {
      await inject({ tabId, frameIds: [frameId] });
      return { loaded: true };
    },
  };
}

export type ClipUiLoader = ReturnType<typeof createClipUiLoader>;
