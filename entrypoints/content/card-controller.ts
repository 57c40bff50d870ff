/**
 * The card in the page: opened on hover (after the reader's delay) or from the keyboard, asked of the
 * background while the delay runs, hidden when the pointer leaves (card-hiding.ts), moved along when
 * the page scrolls. The card UI itself loads on first use (lazy-card.ts).
 */
import type { CardLang, CardModel, CardRef } from '../../lib/card/types';
import { cardRefOf } from '../../lib/dom/card-ref';
import type { Highlighter, HighlightVisibility } from '../../lib/dom/highlighter';
import { boundsOf } from '../../lib/dom/hit-test';
import { mentionSpan, sameMention, watchHover } from '../../lib/dom/hover-watch';
import type { MentionRefInPage, PageAnnotator } from '../../lib/dom/page-annotator';
import type { ContentClient } from '../../lib/messages/client';
import { createCardHiding } from './card-hiding';
import { createCardModels } from './card-models';
import type { ClipRequests } from './clip-requests';
import { createLazyCard } from './lazy-card';

export interface CardControllerDeps {
  doc: Document;
  client: Pick<ContentClient, 'getCard' | 'loadCardUi' | 'openPlanBrowser'>;
  signal: AbortSignal;
  annotator: PageAnnotator;
  highlighter: Highlighter & HighlightVisibility;
  clips: ClipRequests;
  /** The card language now (the reader may change it in the options while the page is open). */
  lang: () => CardLang;
  hoverDelayMs: number;
  needsAlt: boolean;
  hideDelayMs: number;
}

export function createCardController(deps: CardControllerDeps) {
  const { doc, client, signal, annotator, highlighter, clips } = deps;
  const view = doc.defaultView!;
  let current: MentionRefInPage | null = null;
  let returnFocus: Element | null = null;
  const resolve = async (ref: CardRef): Promise<CardModel | undefined> => {
    const answer = await client.getCard({ ref, lang: deps.lang() });
    return answer.ok && answer.value ? answer.value : undefined;
  };
  let models = createCardModels(resolve);
  // Each open supersedes the ones still waiting for their card; the pointer leaving cancels a hover's.
  let openToken = 0;
  let hoverSeq = 0;

  // The card UI is injected into this frame the first time a mention is reached (./lazy-card).
  const card = createLazyCard(
    doc,
    {
      resolve,
      onSaveClip: () => void (current && clips.saveSentence(current)),
      onOpenPlan: (hash) => void client.openPlanBrowser({ hash }),
      onClose: () => {
        highlighter.setCurrent(null);
        if (returnFocus instanceof view.HTMLElement) returnFocus.focus();
        returnFocus = null;
      },
      onPointerEnter: () => hiding.cancel(),
      onPointerLeave: () => hiding.schedule(true),
    },
    async () => (await client.loadCardUi()).ok,
  );
  signal.addEventListener('abort', () => card.destroy(), { once: true });
  const hiding = createCardHiding({
    card,
    delayMs: deps.hideDelayMs,
    signal,
    onHidden: () => (current = null),
  });

  async function openCard(
    ref: MentionRefInPage,
    anchor: DOMRect,
    focus: boolean,
    wanted: () => boolean = () => true,
  ): Promise<void> {
    const token = ++openToken;
    const [model] = await Promise.all([models.get(cardRefOf(ref)), card.load()]);
    if (!model || signal.aborted || token !== openToken || !wanted()) return;
    hiding.cancel();
    current = ref;
    card.show(model, anchor, { lang: deps.lang(), schemeAt: mentionSpan(ref).startContainer });
    if (focus) card.focus();
  }

  /** Scrolls a mention into view, marks it as the current one and opens its card. */
  function goTo(ref: MentionRefInPage, focus: boolean): void {
    if (!card.hasFocus()) returnFocus = doc.activeElement;
    const span = mentionSpan(ref);
    // The text's element — or, for text directly in a shadow root, its host.
    const holder =
      span.startContainer.parentElement ?? (span.startContainer.parentNode as ShadowRoot | null)?.host;
    holder?.scrollIntoView({ block: 'center', inline: 'nearest' });
    highlighter.setCurrent(annotator.rangeOf(ref) ?? null);
    void openCard(ref, boundsOf(doc, span), focus);
  }

  const hover = watchHover({
    doc,
    annotator,
    signal,
    delayMs: deps.hoverDelayMs,
    needsAlt: deps.needsAlt,
    isOwnUi: (target) => card.contains(target as Node | null) || clips.contains(target as Node | null),
    // The pointer reached a mention: ask for its card and load the card UI while the delay runs.
    onEnter: (ref) => {
      void models.get(cardRefOf(ref));
      void card.load();
    },
    onHover: (ref, anchor) => {
      // Hidden highlights (Alt+Shift+H): the reader asked for a plain page, so no card pops up.
      if (card.isPinned() || highlighter.isHidden()) return;
      // A kind switched off in the options opens no card either.
      if (!highlighter.isKindShown(ref.entry.mentions[ref.index]!.kind)) return;
      if (card.isOpen() && sameMention(current, ref)) return hiding.cancel(); // back on its mention
      const seq = hoverSeq;
      void openCard(ref, anchor, false, () => seq === hoverSeq);
    },
    onLeave: () => {
      hoverSeq++;
      if (card.isOpen() && !card.isPinned()) hiding.schedule();
    },
  });

  view.addEventListener(
    'scroll',
    (e) => e.isTrusted && card.isOpen() && current && card.reposition(boundsOf(doc, mentionSpan(current))),
    { signal, passive: true },
  );

  return {
    goTo,
    /** The mention whose card is open (or opening from the keyboard). */
    current: () => current,
    /** Escape pressed outside the card: it closes. */
    escape(target: EventTarget | null): void {
      if (!card.isOpen() || card.contains(target as Node)) return;
      card.hide();
      highlighter.setCurrent(null);
      current = null;
    },
    /** The options changed: the hover delay and trigger; cards asked for may be in another language. */
    setPrefs(options: { delayMs: number; needsAlt: boolean }): void {
      models = createCardModels(resolve);
      hover.set(options);
    },
  };
}

export type CardController = ReturnType<typeof createCardController>;
