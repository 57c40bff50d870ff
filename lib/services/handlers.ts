/**
 * The handler table (STYLE.md: handlers in one table): message type → service call. Payloads arrive
 * validated and senders checked (lib/messages/router); handlers only translate.
 */
import type { ContentContext, HandlerTable, PageContext, Handlers } from '../messages/router';
import type { ContentToBackground, PageToBackground } from '../messages/protocol';
import { err, ok } from '../messages/result';
import { packMentions } from '../messages/packed-mentions';
import type { Mention } from '../match/types';
import type { ShortFormMemoryData } from '../match/short-form-memory';
import { toHant } from '../text/to-hant';
import { annotateText } from '../annotate/annotate-text';
import { mentionLabels } from '../annotate/mention-labels';
import { tabSummary } from '../page-summary/tab-summary';
import type { BackupService } from './backup-service';
import type { BadgeService } from './badge-service';
import type { CardService } from './card-service';
import type { ClipUiLoader } from './clip-ui-loader';
import type { CardUiLoader } from './card-ui-loader';
import type { ContentAppLoader } from './content-app-loader';
import { isSamePage, type ClipService } from './clip-service';
import type { ClipLibraryService } from './clip-library-service';
import type { KnowledgeService } from './knowledge-service';
import type { PlanTabService } from './plan-tab-service';
import type { PlanImportService } from './plan-import-service';
import { DEFAULT_SETTINGS, type SettingsService } from './settings-service';
import type { SiteService } from './site-service';
import type { TabViewService } from './tab-view-service';
import type { UserTermsService } from './user-terms-service';

export interface Services {
  knowledge: KnowledgeService;
  sites: SiteService;
  badge: BadgeService;
  cards: CardService;
  settings: SettingsService;
  clips: ClipService;
  clipUi: ClipUiLoader;
  view: TabViewService;
  backup: BackupService;
  /** The clip library page's calls (issue 11). */
  library: ClipLibraryService;
  /** Options → your own terms (issue 12). */
  userTerms: UserTermsService;
  /** The card's "open in plan browser" (issue 12). */
  planTabs: PlanTabService;
  /** The plan browser's plans: the bundled one and imported ones (issue 12). */
  plans: PlanImportService;
  /** The card UI, injected into a frame on first use (issue 14). */
  cardUi?: CardUiLoader;
  /** The content script, injected into a subframe once it has text (issue 15). */
  contentApp?: ContentAppLoader;
}

/** A scan's answer as it travels: its mentions packed (../messages/packed-mentions). */
const packed = ({ mentions, memory }: { mentions: Mention[][]; memory: ShortFormMemoryData }) => ({
  mentions: packMentions(mentions),
  memory,
});

export function createHandlers(services: Services): HandlerTable {
  const { knowledge, sites, badge, cards, settings, clips, clipUi, view, backup, library } = services;
  const { userTerms, planTabs } = services;
  const cardHandlers = {
    getCard: async ({ ref, lang }) => ok(await cards.getCard(ref, lang)),
    getItem: async ({ no, lang }) => ok(await cards.getItem(no, lang)),
    getAgency: async ({ id, lang }) => ok(await cards.getAgency(id, lang)),
  } satisfies Pick<Handlers<ContentToBackground, unknown>, 'getCard' | 'getItem' | 'getAgency'>;

  // Three independent reads, side by side: every frame's start waits for them (issue 15).
  const pageStateOf = async (tabId: number, pageUrl: string | undefined) => {
    const [state, stored, hidden] = await Promise.all([
      sites.pageState(pageUrl),
      settings.get().catch(() => DEFAULT_SETTINGS),
      view.highlightsHidden(tabId),
    ]);
    return { ...state, ui: stored.ui, ...(hidden ? { highlightsHidden: true } : {}) };
  };

  const content: Handlers<ContentToBackground, ContentContext> = {
    getMatcher: async () => ok(await knowledge.getMatcher()),
    ...cardHandlers,
    reportMentions: async (report, { tabId, frameId }) =>
      ok({ badge: await badge.report(tabId, frameId, report) }),
    // The sender's URL as the browser reports it decides, not the payload's (issue 14).
    getPageState: async (_, { tabId, pageUrl }) => ok(await pageStateOf(tabId, pageUrl)),
    // The first window's mentions only where the extension runs (issue 15).
    // The scan runs beside the state's reads (both wait on storage); it is dropped where the
    // extension is off.
    scanWindow: async ({ texts }, { tabId, pageUrl }) => {
      const scanned = knowledge.scanWindow(texts);
      scanned.catch(() => {});
      const state = await pageStateOf(tabId, pageUrl);
      return ok(state.enabled ? { ...state, ...packed(await scanned) } : state);
    },
    scanTexts: async ({ texts, memory }) => ok(packed(await knowledge.scanWindow(texts, memory))),
    // Clips: the sender frame's URL (set by the browser) decides which page's clips a call may touch.
    saveClip: (draft, { sender }) => clips.save(draft, sender.url),
    deleteClip: ({ id }, { sender }) => clips.remove(id, sender.url),
    updateClipNote: ({ id, note }, { sender }) => clips.updateNote(id, note, sender.url),
    getPageClips: ({ url }, { sender }) =>
      isSamePage(url, sender.url)
        ? clips.pageClips(sender.url)
        : err('forbidden', "getPageClips: only the sender's own page"),
    loadClipUi: async (_, { tabId, frameId }) => ok(await clipUi.load(tabId, frameId)),
    reportAnchors: ({ reports }, { sender }) => clips.reportAnchors(reports, sender.url),
    toggleHighlights: async (_, { tabId }) => ok({ hidden: await view.toggleHighlights(tabId) }),
    openPlanBrowser: async ({ hash }, { tabId }) => ok({ opened: await planTabs.open(hash, tabId) }),
    loadCardUi: async (_, { tabId, frameId }) =>
      services.cardUi ? ok(await services.cardUi.load(tabId, frameId)) : ok({ loaded: false }),
    loadContentApp: async (_, { tabId, frameId }) =>
      services.contentApp ? ok(await services.contentApp.load(tabId, frameId)) : ok({ loaded: false }),
  };

  const page: Handlers<PageToBackground, PageContext> = {
    getSiteState: async ({ origin }) => ok(await sites.siteState(origin)),
    setSiteEnabled: ({ origin, enabled }) => sites.setEnabled(origin, enabled),
    setPaused: async ({ paused }) => ok(await settings.setPaused(paused)),
    listSites: async () => ok(await sites.list()),
    setDefaultSiteEnabled: async ({ domain, enabled }) => ok(await sites.setDefaultEnabled(domain, enabled)),
    removeSite: async ({ origin }) => ok(await sites.remove(origin)),
    getSettings: async () => ok(await settings.get()),
    updateSettings: async ({ ui }) => {
      const next = await settings.updateUi(ui);
      // Open pages apply the preferences at once: content scripts cannot watch the extension's IndexedDB.
      await view.broadcastUiPrefs(next.ui);
      return ok(next);
    },
    getTabSummary: async ({ tabId, lang = 'zh-Hans' }) => {
      const counts = await badge.counts(tabId);
      // Labels come from the plan; a tab without mentions need not wake the knowledge base.
      const kb = counts.count > 0 ? await knowledge.cardKnowledge().catch(() => undefined) : undefined;
      const highlightsHidden = await view.highlightsHidden(tabId);
      const localize = lang === 'zh-Hant' ? toHant : undefined;
      // The page's counts live in session storage: they are shown even when the database is not there.
      const { myAgencies } = (await settings.get().catch(() => DEFAULT_SETTINGS)).ui;
      return ok(tabSummary(tabId, counts, kb, { lang, localize, highlightsHidden, myAgencies }));
    },
    showItemInTab: async ({ tabId, no }) =>
      ok({ found: await view.showItem(tabId, no, await badge.framesWithItem(tabId, no)) }),
    setHighlightsHidden: async ({ tabId, hidden }) =>
      ok({ hidden: await view.setHighlightsHidden(tabId, hidden) }),
    ...cardHandlers,
    getBackup: async () => ok(await backup.backup()),
    previewImport: ({ text }) => backup.preview(text),
    applyImport: ({ text, mode, skipRejected }) => backup.apply(text, mode, skipRejected),
    listClips: ({ offset, limit }) => library.list(offset, limit),
    updateClip: ({ id, ...patch }) => library.update(id, patch),
    deleteClips: ({ ids }) => library.remove(ids),
    restoreClips: ({ clips: restored }) => library.restore(restored),
    getLibraryKnowledge: () => library.knowledge(),
    getPlanBrowser: ({ planId }) => services.plans.browser(planId),
    previewPlanImport: ({ text }) => services.plans.preview(text),
    importPlan: ({ text, name }) => services.plans.importPlan(text, name),
    listPlans: () => services.plans.list(),
    deletePlan: ({ id }) => services.plans.remove(id),
    listUserTerms: async ({ lang }) => ok(await userTerms.list(lang)),
    addUserTerm: ({ lang, ...input }) => userTerms.add(input, lang),
    removeUserTerm: async ({ id }) => ok(await userTerms.remove(id)),
    // The content script's matcher (the reader's own terms included, and named), one text as the CLI
    // reads a .txt file (lib/annotate).
    annotateText: async ({ text, lang }) => {
      const annotated = annotateText(text, await knowledge.cardMatcher());
      const localize = lang === 'zh-Hant' ? toHant : undefined;
      const known = await knowledge.knowledgeWithUserTerms();
      const labels = mentionLabels(annotated.mentions, known, { lang, localize });
      return ok({ ...annotated, ...labels });
    },
    getClipCountsByItem: () => library.countsByItem(),
  };

  return { content, page, pageState: (url) => sites.pageState(url) };
}
