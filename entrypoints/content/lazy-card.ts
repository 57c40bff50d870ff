/**
 * The card, loaded on first use (issue 14; DESIGN.md budget: the content script as shipped stays
 * under 100 kB). The card UI (components/card: Preact, floating-ui) is `card-ui.js`, which the
 * background injects into this frame's isolated world when asked (lib/services/card-ui-loader) — the
 * first time the pointer reaches a mention, or the keyboard goes to one. Until then this stands in for
 * the card host: nothing is open, pinned, focused or ours.
 */
import type { CardHost, CardHostOptions } from '../../components/card/card-host';
import { installedCardUi } from '../card-ui/handle';

export interface LazyCard extends CardHost {
  /** Loads the card UI (once; again after a failure); true once the card can be shown. */
  load(): Promise<boolean>;
}

export function createLazyCard(
  doc: Document,
  options: CardHostOptions,
  /** Asks the background to inject `card-ui.js` into this frame. */
  inject: () => Promise<boolean>,
  /** Where `card-ui.js` leaves its factory: the isolated world's global. */
  global: object = globalThis,
): LazyCard {
  let host: CardHost | undefined;
  let loading: Promise<boolean> | undefined;
  let destroyed = false;

  function load(): Promise<boolean> {
    loading ??= (async () => {
      let create = installedCardUi(global);
      if (!create && (await inject().catch(() => false))) create = installedCardUi(global);
      if (create && !destroyed) host ??= create(doc, options);
      if (!host) loading = undefined; // try again next time
      return Boolean(host);
    })();
    return loading;
  }

  return {
    load,
    show: (model, anchor, showOptions) => host?.show(model, anchor, showOptions),
    update: (model) => host?.update(model),
    reposition: (anchor) => host?.reposition(anchor),
    hide: () => host?.hide(),
    isOpen: () => host?.isOpen() ?? false,
    isPinned: () => host?.isPinned() ?? false,
    contains: (node) => host?.contains(node) ?? false,
    hasFocus: () => host?.hasFocus() ?? false,
    focus: () => host?.focus(),
    destroy() {
      destroyed = true;
      host?.destroy();
    },
  };
}
