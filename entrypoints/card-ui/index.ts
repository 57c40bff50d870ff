import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardHost } from '../../components/card/card-host';
import { installCardUi } from './handle';

// Injected by the background into one frame's isolated world on first use (lib/services/card-ui-loader);
// it only leaves the card host's factory where that frame's content script looks for it.
export default defineUnlistedScript(() => installCardUi(globalThis, createCardHost));
