/**
 * How the content script and the card UI (loaded on first use, lib/services/card-ui-loader) meet:
 * `card-ui.js` runs in the frame's isolated world — the content script's own global, which the page
 * cannot see — and leaves the card host's factory there under a symbol. Types only: importing this
 * file adds nothing of the card (Preact, floating-ui) to the content script.
 */
import type { CardHost, CardHostOptions } from '../../components/card/card-host';

export const CARD_UI_KEY = Symbol.for('standards-lens/card-ui');

export type CreateCardHost = (doc: Document, options: CardHostOptions) => CardHost;

type Holder = { [CARD_UI_KEY]?: CreateCardHost };

export function installCardUi(global: object, create: CreateCardHost): void {
  (global as Holder)[CARD_UI_KEY] = create;
}

export function installedCardUi(global: object): CreateCardHost | undefined {
  return (global as Holder)[CARD_UI_KEY];
}
