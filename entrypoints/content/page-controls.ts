/**
 * What the reader does to the whole page (issue 10): hide and show every highlight without a reload
 * (Alt+Shift+H here, or the popup's switch through the background), go to a plan item from the
 * popup's top items, and hear that a page has no mentions when Alt+Shift+N / Alt+Shift+P find none.
 * The tab's hidden state lives in the background, which tells every frame; a frame that cannot reach
 * it toggles alone.
 */
import { createNoticeHost } from '../../components/in-page/notice-host';
import { noticeStrings } from '../../lib/card/notice-strings';
import type { CardLang } from '../../lib/card/types';
import type { HighlightVisibility } from '../../lib/dom/highlighter';
import { firstMentionOfItem } from '../../lib/dom/item-mentions';
import type { MentionRefInPage, PageAnnotator } from '../../lib/dom/page-annotator';
import type { ContentClient } from '../../lib/messages/client';

export interface PageControlsDeps {
  doc: Document;
  annotator: PageAnnotator;
  highlighter: HighlightVisibility;
  client: Pick<ContentClient, 'toggleHighlights'>;
  signal: AbortSignal;
  /** The card language now (the reader may change it while the page is open). */
  lang: () => CardLang;
  /** Scrolls to a mention and opens its card (the keyboard's path). */
  goTo: (ref: MentionRefInPage, focus: boolean) => void;
}

export interface PageControls {
  /** Alt+Shift+H (the caller checks `isTrusted`). */
  isToggleKey(e: KeyboardEvent): boolean;
  /** Flips the tab's highlights and says which way. */
  toggle(): Promise<void>;
  setHidden(hidden: boolean): boolean;
  /** Goes to the first mention of plan item `no`. */
  showItem(no: number): { found: boolean };
  /** Says briefly that the page has no mentions to go to (or that its highlights are hidden). */
  sayNoMentions(): void;
  contains(node: Node | null | undefined): boolean;
}

export function createPageControls(deps: PageControlsDeps): PageControls {
  const { doc, annotator, highlighter, client, signal } = deps;
  const strings = () => noticeStrings(deps.lang());
  const notice = createNoticeHost(doc);
  signal.addEventListener('abort', () => notice.destroy(), { once: true });

  const setHidden = (hidden: boolean) => {
    highlighter.setHidden(hidden);
    return hidden;
  };

  return {
    isToggleKey: (e) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyH',
    async toggle() {
      const answer = await client.toggleHighlights();
      if (signal.aborted) return;
      // The background has told every frame, this one too; without it, this frame toggles alone.
      const hidden = setHidden(answer.ok ? answer.value.hidden : !highlighter.isHidden());
      const s = strings();
      notice.show(hidden ? s.hidden : s.shown, s.label);
    },
    setHidden,
    showItem(no) {
      const ref = firstMentionOfItem(annotator.blocks(), no);
      if (ref) deps.goTo(ref, true);
      return { found: ref !== null };
    },
    sayNoMentions() {
      const s = strings();
      notice.show(highlighter.isHidden() ? s.hidden : s.noMentions, s.label);
    },
    contains: (node) => notice.contains(node),
  };
}
