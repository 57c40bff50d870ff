/**
 * The content script's application, wired from its parts: wait for readable text (text-gate.ts), ask
 * the background whether to run here and load the matcher (page-start.ts), annotate the page (lib/dom/page-annotator), report the counts
 * (mention-reports.ts), the card (card-controller.ts), the keys (keyboard.ts), clips
 * (clip-requests.ts) and the page-wide controls (page-controls.ts). Every listener, observer and timer
 * hangs on `signal` (the script's life: ./script-life.ts), so an extension update or navigation leaves
 * nothing behind.
 */
import type { CardLang } from '../../lib/card/types';
import { createHighlighter } from '../../lib/dom/highlighter';
import { createPageAnnotator, type FirstWindow, type PageAnnotator } from '../../lib/dom/page-annotator';
import { afterNextPaint } from '../../lib/dom/after-paint';
import { createTaskYield } from '../../lib/dom/task-yield';
import type { Matcher } from '../../lib/match/matcher';
import {
  MAX_REMOTE_FIRST_PASS_UNITS,
  MAX_WINDOW_TEXTS,
  MAX_WINDOW_UNITS,
} from '../../lib/messages/window-limits';
import { textSample } from '../../lib/dom/text-sample';
import {
  createShortFormMemory,
  memoryFromData,
  scanWithMemory,
  type ShortFormMemoryData,
} from '../../lib/match/short-form-memory';
import type { BackgroundRequestHandlers } from '../../lib/messages/background-requests';
import type { ContentClient } from '../../lib/messages/client';
import { createMeaningPool, unpackMentions } from '../../lib/messages/packed-mentions';
import type { KindSwitches, PagePrefs, ShownKind } from '../../lib/messages/protocol';
import { createCardController } from './card-controller';
import { createClipRequests } from './clip-requests';
import { recordFirstPass } from './first-pass-record';
import { createMentionReports } from './mention-reports';
import { createPageControls } from './page-controls';
import { listenToPageKeys } from './keyboard';
import { askWindow, loadMatcher, type WindowAnswer } from './page-start';
import { frameCostOf } from './frame-cost-record';
import { untilReadable } from './text-gate';
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

export async function runContentApp(deps: ContentAppDeps): Promise<PageAnnotator | undefined> {
  const { doc, client, signal } = deps;
  const view = doc.defaultView;
  if (!view || !('highlights' in view.CSS)) return undefined; // no Custom Highlight API: nothing to paint with
  // A frame with no text yet (empty, tiny, hidden) asks for nothing until it has some (./text-gate).
  if (!(await untilReadable(doc, { signal }))) return undefined;
  // Everything below hangs on `life`: the context's signal, or the background saying "not here".
  const life = new AbortController();
  signal.addEventListener('abort', () => life.abort(), { once: true, signal: life.signal });
  const nextTask = createTaskYield(doc);
  const highlighter = createHighlighter({ registry: view.CSS.highlights, Highlight: view.Highlight });
  const showKinds = (kinds: KindSwitches) => {
    for (const kind of Object.keys(kinds) as ShownKind[]) highlighter.setKindShown(kind, kinds[kind]);
  };

  // No matcher in the page for the first pass (lib/dom/annotator-types FirstWindow): the background
  // scans the blocks — the first window's with the page state (./page-start askWindow), the rest in
  // bounded requests — and the short forms they define travel with the answers (`memory`). The
  // page's later changes go the same way (lib/dom/follow-changes); the matcher is loaded only when the
  // page needs it (a page too long to send, a change too large for a request, an answer that failed).
  let matcher: Matcher | undefined;
  let memory: ShortFormMemoryData | undefined; // what the blocks answered so far defined
  let shortForms = createShortFormMemory(); // the local scan's: what one block defines later ones use
  let matcherLoad: Promise<boolean> | undefined;
  // The frame after the first window's answer (painted as it comes): on a long page the walk goes on
  // meanwhile, and that frame is long past when the walk ends — no need to wait for another.
  let windowShown: Promise<void> | undefined;
  const afterWindow = () => windowShown ?? afterNextPaint(doc, life.signal);
  // The matcher's large answer is parsed on this thread: never before the first window is on screen.
  const ensureMatcher = () =>
    (matcherLoad ??= (async () => {
      await afterWindow();
      if (life.signal.aborted) return false;
      const loaded = await loadMatcher(client, nextTask, life.signal);
      if (!loaded) return false;
      if (memory) shortForms = memoryFromData(memory);
      matcher = loaded;
      return true;
    })());
  // The answers' mentions share their meanings' values, as a local scan's do.
  const meanings = createMeaningPool();
  let answered!: (state: WindowAnswer['state'] | undefined) => void;
  const stateKnown = new Promise<WindowAnswer['state'] | undefined>((resolve) => (answered = resolve));
  const firstWindow: FirstWindow = {
    maxTexts: MAX_WINDOW_TEXTS,
    maxUnits: MAX_WINDOW_UNITS,
    maxRemoteUnits: MAX_REMOTE_FIRST_PASS_UNITS,
    async scan(texts) {
      const askedAt = view.performance.now();
      const answer = await askWindow(doc, client, texts, life.signal, meanings);
      if (!answer) {
        answered(undefined);
        life.abort();
        return null;
      }
      memory = answer.memory;
      if (answer.state.highlightsHidden) highlighter.setHidden(true); // the reader hid them in this tab
      showKinds(answer.state.ui.kinds); // kinds the reader switched off in the options
      frameCostOf(globalThis).firstWindow = {
        mentions: answer.mentions.reduce((n, list) => n + list.length, 0),
        withMatcher: matcher !== undefined,
        askedAt,
        answeredAt: view.performance.now(),
      };
      answered(answer.state);
      windowShown = afterNextPaint(doc, life.signal);
      return answer.mentions;
    },
    async scanMore(texts) {
      if (!memory) return null;
      // Like the matcher: the answers are handled on this thread, after the first highlights' frame.
      await afterWindow();
      const answer = await client.scanTexts({ texts, memory });
      if (!answer.ok || life.signal.aborted) return null;
      memory = answer.value.memory;
      return unpackMentions(answer.value.mentions, meanings);
    },
    ready: ensureMatcher,
    hasMatcher: () => matcher !== undefined,
  };

  let running = false; // the page state said "run here": counts go to the badge from then on
  const reports = createMentionReports(client, () => annotator.stats(), life.signal);
  const annotator: PageAnnotator = createPageAnnotator({
    doc,
    scan: (text) => scanWithMemory(text, matcher!, shortForms),
    firstWindow,
    highlighter,
    StaticRange: view.StaticRange,
    signal: life.signal,
    // Kept in this isolated world, where only the extension's own tooling reads it (./first-pass-record).
    onDone: (done) => recordFirstPass(globalThis, { mentions: done.mentions, at: view.performance.now() }),
    onStats: () => running && reports.schedule(),
  });
  annotator.observe(); // before the first pass, so changes made during it are not missed
  const firstPass = annotator.start();
  const state = await Promise.race([stateKnown, firstPass.then(() => undefined)]);
  if (!state) return undefined;
  running = true;
  reports.schedule();

  const { ui } = state;
  let autoLang: CardLang | undefined; // the page's language, read once
  const langOf = (ui: PagePrefs): CardLang =>
    ui.cardLang === 'auto'
      ? (autoLang ??= readerLang(doc.documentElement.lang, deps.uiLanguage, textSample(doc)))
      : ui.cardLang;
  // Read when a card, a clip or a page control first needs it, not at every page's start (reading the
  // page's text sample for its script is a millisecond most pages never use).
  let prefs: PagePrefs = ui;
  let lang: CardLang | undefined;
  const currentLang = () => (lang ??= langOf(prefs));

  // `lang` as a getter: the reader may change it in the options while the page is open.
  const clips = createClipRequests({
    doc,
    client,
    annotator,
    highlighter,
    signal,
    get lang() {
      return currentLang();
    },
    yieldToBrowser: nextTask,
  });
  const cards = createCardController({
    doc,
    client,
    signal,
    annotator,
    highlighter,
    clips,
    lang: currentLang,
    hoverDelayMs: deps.hoverDelayMs ?? ui.hoverDelayMs,
    needsAlt: ui.cardTrigger === 'modifier',
    hideDelayMs: deps.hideDelayMs ?? 400,
  });
  const controls = createPageControls({
    doc,
    annotator,
    highlighter,
    client,
    signal,
    lang: currentLang,
    goTo: (ref, focus) => cards.goTo(ref, focus),
  });
  /** The options changed while the page is open: kinds, card language, hover delay and trigger. */
  const applyUi = (next: PagePrefs) => {
    showKinds(next.kinds);
    prefs = next;
    lang = undefined;
    cards.setPrefs({
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
  listenToPageKeys({ doc, signal, annotator, highlighter, clips, controls, cards });

  await firstPass;
  if (life.signal.aborted) return annotator;
  await clips.refind(); // after the first highlights, in slices of its own
  return annotator;
}
