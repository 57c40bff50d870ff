/**
 * Injects the content script into one subframe once its text gate saw text (issue 15;
 * entrypoints/frame-gate.ts): `content-scripts/content.js` and its stylesheet, with
 * `scripting.executeScript` / `insertCSS` into the asking frame's isolated world, as the card UI is
 * loaded (./card-ui-loader). Frames without text evaluate only the gate. The router lets only frames
 * whose page the extension runs on ask (an `enabled-page` message).
 */
export type InjectContentApp = (target: { tabId: number; frameIds: number[] }) => Promise<unknown>;

export function createContentAppLoader(inject: InjectContentApp) {
  return {
    async load(tabId: number, frameId: number): Promise<{ loaded: boolean }> {
      await inject({ tabId, frameIds: [frameId] });
      return { loaded: true };
    },
  };
}

export type ContentAppLoader = ReturnType<typeof createContentAppLoader>;
