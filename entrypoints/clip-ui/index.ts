import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createClipUi } from './clip-ui';
import { installClipUi } from './handle';

// Injected by the background into one frame's isolated world on first use (lib/services/clip-ui-loader);
// it only leaves the factory where that frame's content script looks for it.
export default defineUnlistedScript(() => installClipUi(globalThis, createClipUi));
