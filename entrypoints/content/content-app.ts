/**
 * The content script's application: ask the background whether to run here, load the compiled
 * matcher once, annotate the page (lib/dom/page-annotator), and open the card on hover or from the
 * keyboard. Every listener, observer and timer hangs on `signal` (the content-script context), so an
 * extension update or navigation leaves nothing behind.
 */
import type { CardLang, CardModel, CardRef } from '../../lib/card/types';
import { createHighlighter } from '../../lib/dom/highlighter';
import { boundsOf } from '../../lib/dom/hit-test';
import { mentionSpan, sameMention, watchHover } from '../../lib/dom/hover-watch';
import { standardTextAround } from '../../lib/dom/standard-title-context';
import { textSample } from '../../lib/dom/text-sample';
import {
  createPageAnnotator,
  createTaskYield,
  type MentionRefInPage,
  type PageAnnotator,
} from '../../lib/dom/page-annotator';
import { deserializeMatcher } from '../../lib/match/matcher';
import { scanText } from '../../lib/match/scan';
import { createShortFormMemory, scanWithMemory } from '../../lib/match/short-form-memory';
import type { BackgroundRequestHandlers } from '../../lib/messages/background-requests';
import type { ContentClient } from '../../lib/messages/client';
import type { KindSwitches, PagePrefs, ShownKind } from '../../lib/messages/protocol';
import { createCardHiding } from './card-hiding';
import { createCardModels } from './card-models';
import { createClipRequests } from './clip-requests';
import { recordFirstPass } from './first-pass-record';
import { createLazyCard } from './lazy-card';
import { createPageControls } from './page-controls';
import { readerLang } from './reader-lang';

export interface ContentAppDeps {
  doc: Document;
  client: ContentClient;
  signal: AbortSignal;
  uiLanguage: string;
  /** How long the pointer rests on a mention before the card opens. */
  hoverDelayMs?: number;
  /** How long the card stays after the pointer leaves, so it can be reached. */
  hideDelayMs?: number;
  /** Receives the background's requests (context menu and `commands`: save the selection). */
  listenToBackground?: (handlers: BackgroundRequestHandlers) => void;
}

/** Alt+Shift+N / Alt+Shift+P: next / previous mention (N and P, not arrows, which pages use). */
function stepOf(e: KeyboardEvent): 1 | -1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  return e.code === 'KeyN' ? 1 : e.code === 'KeyP' ? -1 : 0;
}

/** **contract** (DESIGN.md): Alt+Shift+S saves the selection as a clip. */
const isSaveKey = (e: KeyboardEvent) =>
  e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyS';

export async function runContentApp(deps: ContentAppDeps): Promise<PageAnnotator | undefined> {
  const { doc, client, signal } = deps;
  const view = doc.defaultView;
  if (!view || !('highlights' in view.CSS)) return undefined; // no Custom Highlight API: nothing to paint with

  const state = await client.getPageState({ url: doc.location.href });
  if (!state.ok || !state.value.enabled || signal.aborted) return undefined;
  const loaded = await client.getMatcher();
  if (!loaded.ok || signal.aborted) return undefined;
  const matcher = deserializeMatcher(loaded.value.matcher);
  // The matcher builds its lookup tables on first use; each build gets a task of its own so that none
  // comes near 50 ms on top of the message that delivered it.
  const nextTask = createTaskYield(doc);
  await nextTask();
  matcher.automaton.scanList('预热');
  await nextTask();
  scanText('预热 GB 1-2020', matcher);
  await nextTask();
  if (signal.aborted) return undefined;

  const { ui } = state.value;
  let autoLang: CardLang | undefined; // the page's language, read once
  const langOf = (ui: PagePrefs): CardLang =>
    ui.cardLang === 'auto'
      ? (autoLang ??= readerLang(doc.documentElement.lang, deps.uiLanguage, textSample(doc)))
      : ui.cardLang;
  let lang = langOf(ui);
  const highlighter = createHighlighter({ registry: view.CSS.highlights, Highlight: view.Highlight });
  if (state.value.highlightsHidden) highlighter.setHidden(true); // the reader hid them in this tab
  const showKinds = (kinds: KindSwitches) => {
    for (const kind of Object.keys(kinds) as ShownKind[]) highlighter.setKindShown(kind, kinds[kind]);
  };
  showKinds(ui.kinds); // kinds the reader switched off in the options

  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const shortForms = createShortFormMemory(); // what one block defines (以下简称…) later blocks use
  const annotator = createPageAnnotator({
    doc,
    scan: (text) => scanWithMemory(text, matcher, shortForms),
    highlighter,
    StaticRange: view.StaticRange,
    signal,
    onDone: (done) => markDone(done.mentions),
    onStats: () => {
      // The badge is cosmetic: one message per quarter second at most.
      if (reportTimer !== undefined) return;
      reportTimer = setTimeout(() => {
        reportTimer = undefined;
        if (signal.aborted) return;
        const now = annotator.stats();
        void client.reportMentions({
          count: now.mentions,
          byKind: now.byKind,
          byItem: now.byItem,
          itemWeight: now.itemWeight,
          byAgency: now.byAgency,
        });
      }, 250);
    },
  });
  signal.addEventListener('abort', () => clearTimeout(reportTimer), { once: true });
  // Kept in this isolated world, where only the extension's own tooling reads it (./first-pass-record).
  const markDone = (mentions: number) =>
    recordFirstPass(globalThis, { mentions, at: view.performance.now() });

  // ---- the card ---------------------------------------------------------------------------------
  let current: MentionRefInPage | null = null;
  let returnFocus: Element | null = null;
  const resolve = async (ref: CardRef): Promise<CardModel | undefined> => {
    const answer = await client.getCard({ ref, lang });
    return answer.ok && answer.value ? answer.value : undefined;
  };
  let models = createCardModels(resolve);
  const cardRefOf = (ref: MentionRefInPage): CardRef => {
    const mention = ref.entry.mentions[ref.index]!;
    const surface = ref.entry.block.text.slice(mention.start, mention.end);
    // The text around a standard's code: the card reads the standard's title from it (issue 10).
    const around =
      mention.kind === 'standard'
        ? standardTextAround(ref.entry.block, mention.start, mention.end)
        : undefined;
    return { ...mention, surface, ...(around && { around }) } as CardRef;
  };
  // Each open supersedes the ones still waiting for their card; the pointer leaving cancels a hover's.
  let openToken = 0;
  let hoverSeq = 0;
  // `lang` as a getter: the reader may change it in the options while the page is open.
  const clips = createClipRequests({
    doc,
    client,
    annotator,
    highlighter,
    signal,
    get lang() {
      return lang;
    },
    yieldToBrowser: nextTask,
  });
  const controls = createPageControls({
    doc,
    annotator,
    highlighter,
    client,
    signal,
    lang: () => lang,
    goTo: (ref, focus) => goTo(ref, focus),
  });
  /** The options changed while the page is open: kinds, card language, hover delay and trigger. */
  const applyUi = (next: PagePrefs) => {
    showKinds(next.kinds);
    lang = langOf(next);
    // Cards already asked for may be in another language, or mark other agencies as the reader's own.
    models = createCardModels(resolve);
    hover.set({
      delayMs: deps.hoverDelayMs ?? next.hoverDelayMs,
      needsAlt: next.cardTrigger === 'modifier',
    });
    return { applied: true };
  };
  // The `commands` shortcut reaches every frame of the tab: only the focused one speaks up when empty.
  deps.listenToBackground?.({
    saveSelection: async () => ({
      saved: await clips.saveSelection('menu', { quietIfEmpty: !doc.hasFocus() }),
    }),
    showItem: async ({ no }) => controls.showItem(no),
    setHighlightsHidden: async ({ hidden }) => ({ hidden: controls.setHidden(hidden) }),
    setUiPrefs: async ({ ui: next }) => applyUi(next),
  });
  // The card UI is injected into this frame the first time a mention is reached (./lazy-card).
  const loadCardUi = async () => (await client.loadCardUi()).ok;
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
    loadCardUi,
  );
  signal.addEventListener('abort', () => card.destroy(), { once: true });
  const hiding = createCardHiding({
    card,
    delayMs: deps.hideDelayMs ?? 400,
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
    card.show(model, anchor, { lang, schemeAt: mentionSpan(ref).startContainer });
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
    delayMs: deps.hoverDelayMs ?? ui.hoverDelayMs,
    needsAlt: ui.cardTrigger === 'modifier',
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

  // ---- the keyboard path ------------------------------------------------------------------------
  doc.addEventListener(
    'keydown',
    (e) => {
      // A page script can dispatch key events; only the reader's own keys count.
      if (!e.isTrusted) return;
      if (isSaveKey(e)) {
        e.preventDefault();
        e.stopPropagation();
        void clips.saveSelection('key');
        return;
      }
      if (controls.isToggleKey(e)) {
        e.preventDefault();
        e.stopPropagation();
        void controls.toggle();
        return;
      }
      const step = stepOf(e);
      if (step === 0) {
        if (e.key === 'Escape' && card.isOpen() && !card.contains(e.target as Node)) {
          card.hide();
          highlighter.setCurrent(null);
          current = null;
        }
        return;
      }
      // Only onto what the page shows: not a kind switched off, nothing while highlights are hidden.
      const next = annotator.step(
        step,
        current,
        true,
        (m) => !highlighter.isHidden() && highlighter.isKindShown(m.kind),
      );
      if (!next) {
        // Nothing to go to once the whole page is read: say so, briefly (issue 10).
        if (annotator.stats().done) {
          e.preventDefault();
          e.stopPropagation();
          controls.sayNoMentions();
        }
        return;
      }
      e.preventDefault();
      e.stopPropagation();
      goTo(next, true);
    },
    { signal, capture: true },
  );
  view.addEventListener(
    'scroll',
    (e) => e.isTrusted && card.isOpen() && current && card.reposition(boundsOf(doc, mentionSpan(current))),
    {
      signal,
      passive: true,
    },
  );

  annotator.observe(); // before the first pass, so changes made during it are not missed
  await annotator.start();
  await clips.refind(); // after the first highlights, in slices of its own
  return annotator;
}
