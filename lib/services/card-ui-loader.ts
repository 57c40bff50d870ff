/**
 * Loads the card UI into one frame on first use (issue 14; DESIGN.md budget: the content script as
 * shipped stays under 100 kB). The card is Preact views and floating-ui — more than the content script
 * may carry for every frame of every page, most of which never open a card. As with the clip UI
 * (./clip-ui-loader), the background injects the separate `card-ui.js` (entrypoints/card-ui) into the
 * asking frame's isolated world with `scripting.executeScript`, where the content script picks it up.
 * Not a web-accessible resource: pages could probe for those, and the page's own world never sees this.
 */
import { createClipUiLoader, type InjectClipUi } from './clip-ui-loader';

/** Runs `card-ui.js` in one frame: `scripting.executeScript({ target, files: ['/card-ui.js'] })`. */
export type InjectCardUi = InjectClipUi;

export const createCardUiLoader = (inject: InjectCardUi) => createClipUiLoader(inject);

export type CardUiLoader = ReturnType<typeof createCardUiLoader>;
