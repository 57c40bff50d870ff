/**
 * The keyboard path: Alt+Shift+S saves the selection, Alt+Shift+H hides the highlights, Alt+Shift+N /
 * Alt+Shift+P go to the next / previous mention and open its card, Escape closes it. Only the reader's
 * own keys count (`isTrusted`): a page script's synthetic keys do nothing (issue 14).
 */
import type { Highlighter, HighlightVisibility } from '../../lib/dom/highlighter';
import type { PageAnnotator } from '../../lib/dom/page-annotator';
import { isSaveKey, stepOf } from '../../lib/dom/page-keys';
import type { CardController } from './card-controller';
import type { ClipRequests } from './clip-requests';
import type { PageControls } from './page-controls';

export interface PageKeysDeps {
  doc: Document;
  signal: AbortSignal;
  annotator: PageAnnotator;
  highlighter: Highlighter & HighlightVisibility;
  clips: ClipRequests;
  controls: PageControls;
  cards: CardController;
}

export function listenToPageKeys(deps: PageKeysDeps): void {
  const { doc, signal, annotator, highlighter, clips, controls, cards } = deps;
  const handled = (e: KeyboardEvent) => {
    e.preventDefault();
    e.stopPropagation();
  };
  doc.addEventListener(
    'keydown',
    (e) => {
      // A page script can dispatch key events; only the reader's own keys count.
      if (!e.isTrusted) return;
      if (isSaveKey(e)) {
        handled(e);
        void clips.saveSelection('key');
        return;
      }
      if (controls.isToggleKey(e)) {
        handled(e);
        void controls.toggle();
        return;
      }
      const step = stepOf(e);
      if (step === 0) {
        if (e.key === 'Escape') cards.escape(e.target);
        return;
      }
      // Only onto what the page shows: not a kind switched off, nothing while highlights are hidden.
      const next = annotator.step(
        step,
        cards.current(),
        true,
        (m) => !highlighter.isHidden() && highlighter.isKindShown(m.kind),
      );
      if (!next) {
        // Nothing to go to once the whole page is read: say so, briefly (issue 10).
        if (annotator.stats().done) {
          handled(e);
          controls.sayNoMentions();
        }
        return;
      }
      handled(e);
      cards.goTo(next, true);
    },
    { signal, capture: true },
  );
}
