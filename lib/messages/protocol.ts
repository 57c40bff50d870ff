/**
 * The one message protocol between contexts, named by direction (Dark Reader's `CStoBG`, Hypothesis'
 * `GuestToHostCalls`). Types only, plus the channel names: the content script imports this file and its
 * client without pulling in zod. The background validates every request against lib/messages/schemas.
 *
 * Every message is `{ channel, type, payload }`; every answer a `Result` (lib/messages/result).
 */
import type {
  AgencyCardModel,
  CardKnowledge,
  CardLang,
  CardModel,
  CardRef,
  ItemCardModel,
  ItemRef,
} from '../card/types';
import type { AnnotatedText } from '../annotate/annotate-text';
import type { MentionLabels } from '../annotate/mention-labels';
import type { AnchorReport, Clip, ClipDraft } from '../clips/types';
import type { BackupFile } from '../clips/import/backup-format';
import type { ImportMode, ImportPreview, ImportResult } from '../clips/import/report';
import type { LibraryKnowledge } from '../clips/library/knowledge';
import type { UserTerm, UserTermInput } from '../kb/user-terms';
import type { MentionKind } from '../match/types';
import type { PackedMentions } from './packed-mentions';
import type { PlanImportPreview, PlanListEntry } from '../plan/import';
import type { SerializedMatcher } from '../match/matcher';
import type { ShortFormMemoryData } from '../match/short-form-memory';

export const CONTENT_CHANNEL = 'standards-lens/content-to-background';
export const PAGE_CHANNEL = 'standards-lens/page-to-background';
/** The one message the background sends to a tab's content script (context menu, `commands`). */
export const BACKGROUND_CHANNEL = 'standards-lens/background-to-content';
export type Channel = typeof CONTENT_CHANNEL | typeof PAGE_CHANNEL | typeof BACKGROUND_CHANNEL;

export interface Envelope<T extends string = string, P = unknown> {
  channel: Channel;
  type: T;
  payload: P;
}

/** A message without arguments (sent as `{}`). */
export type NoPayload = Record<string, never>;

export interface MatcherPayload {
  /** The seed version; cache the compiled matcher under it. */
  version: string;
  matcher: SerializedMatcher;
}

export type KindCounts = Record<MentionKind, number>;

/** What a frame found: the badge shows the sum over the tab's frames. */
export interface MentionReport {
  count: number;
  byKind?: KindCounts;
  /**
   * Plan item number (as a string key: JSON) → the topic and standard mentions of that item; agencies
   * are counted apart (issue 10, lib/page-summary/mention-tally).
   */
  byItem?: Record<string, number>;
  /** Plan item number → its share of those mentions (each mention weighs 1, split over its items). */
  itemWeight?: Record<string, number>;
  /** Agency id → mentions. */
  byAgency?: Record<string, number>;
}

/**
 * Why the content script runs on a page or stays idle. `paused` wins over everything; then the user's
 * choice for the host; then the default government sites.
 */
export type PageStateReason = 'default-site' | 'user-enabled' | 'user-disabled' | 'paused' | 'not-enabled';

export interface PageState {
  enabled: boolean;
  reason: PageStateReason;
}

export interface SiteState extends PageState {
  /** `https://example.com` */
  origin: string;
  /** The match pattern the site's content script is registered for (`*://example.com/*`). */
  pattern: string;
  /** A Chinese government site where the extension runs without being asked. */
  isDefault: boolean;
}

/** A default government domain (`gov.cn`) and whether the user left it on (options page). */
export interface DefaultSiteEntry {
  domain: string;
  /** `*://*.gov.cn/*` */
  pattern: string;
  enabled: boolean;
}

/** The options page's site list: the default domains, then every host the user decided on. */
export interface SiteList {
  defaults: DefaultSiteEntry[];
  /** Hosts the user switched on or off, by host. */
  sites: SiteState[];
}

export type CardLangPref = 'auto' | CardLang;

/** What the page highlights: the three kinds of mention and saved clips. */
export type ShownKind = MentionKind | 'clip';
/** Which kinds the reader wants highlighted (options page); all on by default. */
export type KindSwitches = Record<ShownKind, boolean>;

export interface UiPrefs {
  /** The card's language; `auto` follows the browser. */
  cardLang: CardLangPref;
  /** Delay before the hover card opens. */
  hoverDelayMs: number;
  /** `modifier`: the card opens only while Alt (Option) is held over a mention; `hover` needs nothing. */
  cardTrigger: CardTrigger;
  /** A kind switched off is not highlighted and opens no card; applied to open pages at once. */
  kinds: KindSwitches;
  /** "My agency": agency ids whose led items are emphasized in cards, the popup and the plan browser. */
  myAgencies: string[];
}

export type CardTrigger = 'hover' | 'modifier';

/** What a page's content script applies of the preferences: kinds, card language, delay, trigger. */
export type PagePrefs = Omit<UiPrefs, 'myAgencies'>;

export interface Settings {
  paused: boolean;
  ui: UiPrefs;
}

export interface ItemCount {
  no: number;
  /** `(九)`; '' when the item is not in the bundled plan. */
  label: string;
  title: string;
  /** Topic and standard mentions that concern the item. */
  count: number;
  /** The item's share of them: what the coverage grid shades and the top items are ordered by. */
  weight: number;
  /** One of the reader's agencies ("my agency", options) leads the item (its bracket names it before 牵头). */
  mine?: boolean;
}

/** A section of the plan with every one of its items, touched or not (the popup's coverage grid). */
export interface CoverageSection {
  no: number;
  /** `三` */
  label: string;
  title: string;
  items: ItemCount[];
}

/** An agency the page names, and what the plan gives it among the items the page is about. */
export interface AgencyOnPage {
  /** The first of `ids`. */
  id: string;
  /** Bodies that act as one and are both named on the page are one entry: `['samr', 'sac']`. */
  ids: string[];
  /** In the requested language; linked bodies written together: 市场监管总局（国家标准委）. */
  name: string;
  count: number;
  /** Items of this page (see `TabSummary.byItem`) whose duty bracket has it before 牵头. */
  leads: ItemRef[];
  /** Items of this page whose bracket names no lead and lists it among those responsible. */
  responsible: ItemRef[];
  /** One of the reader's agencies ("my agency", options): listed first. */
  mine?: boolean;
}

export interface TabSummary {
  tabId: number;
  count: number;
  byKind: KindCounts;
  /** Items with at least one topic or standard mention, most weight first. */
  byItem: ItemCount[];
  /** Whether a content script of the tab has reported since the page loaded (false: never scanned). */
  scanned: boolean;
  /** Whether the reader hid the highlights on this page (Alt+Shift+H or the popup). */
  highlightsHidden: boolean;
  /** Every plan item by section (empty when the plan could not be read). */
  coverage: CoverageSection[];
  /** Agencies the page names, most mentioned first. */
  agencies: AgencyOnPage[];
}

/** `type: { request; response }` — the response is the `value` of an ok Result. */
export interface ContentToBackground {
  getMatcher: { request: NoPayload; response: MatcherPayload };
  /**
   * A mention's card (`ref` is a lib/card MentionRef; extra fields such as a whole Mention's offsets are
   * stripped), or a plan item's (`{ kind: 'item', no }`, what the card host's `resolve` asks for).
   * `null` when the id is not in the knowledge base.
   */
  getCard: { request: { ref: CardRef; lang: CardLang }; response: CardModel | null };
  /** Card navigation: open a plan item. */
  getItem: { request: { no: number; lang: CardLang }; response: ItemCardModel | null };
  /** Card navigation: open an agency. */
  getAgency: { request: { id: string; lang: CardLang }; response: AgencyCardModel | null };
  /** Sets the tab's badge; answers the badge text. */
  reportMentions: { request: MentionReport; response: { badge: string } };
  /**
   * Whether to run on this page, and the reader's card preferences (options page); `highlightsHidden`
   * when the reader hid the tab's highlights (a frame that starts later starts hidden too). The page is
   * the sender's as the browser reports it (lib/messages/sender-access); `url` is ignored.
   */
  getPageState: {
    request: { url?: string };
    response: PageState & { ui: UiPrefs; highlightsHidden?: boolean };
  };
  /**
   * Saves a clip; answers once the database committed. Idempotent on `id`: a retry after the service
   * worker was stopped returns the clip already stored. The draft's page must be the sender's page.
   */
  saveClip: { request: ClipDraft; response: Clip };
  /** Undo from the in-page toast: only a clip of the sender's page. */
  deleteClip: { request: { id: string }; response: { deleted: boolean } };
  /** "Add note" from the in-page toast: only a clip of the sender's page. */
  updateClipNote: { request: { id: string; note: string }; response: Clip };
  /** The clips of the sender's page (by normalized URL), to anchor them. */
  getPageClips: { request: { url: string }; response: Clip[] };
  /** Injects the clip UI (clip-ui.js) into the sender's frame, on first use (lib/services/clip-ui-loader). */
  loadClipUi: { request: NoPayload; response: { loaded: boolean } };
  /** Anchoring outcomes, written back with the check time; ids of other pages are ignored. */
  reportAnchors: { request: { reports: AnchorReport[] }; response: { updated: number } };
  /** Alt+Shift+H: hides or shows the highlights of the sender's tab, every frame of it. */
  toggleHighlights: { request: NoPayload; response: { hidden: boolean } };
  /**
   * The card's "open in plan browser" (a trusted click): web pages cannot open extension pages, so the
   * background opens `plan.html` + `hash` (`#item-9`, `#agency-miit`, `#topic-<id>`) next to the tab.
   */
  openPlanBrowser: { request: { hash: string }; response: { opened: boolean } };
  /** Injects the card UI (card-ui.js) into the sender's frame, on first use (lib/services/card-ui-loader). */
  loadCardUi: { request: NoPayload; response: { loaded: boolean } };
  /**
   * `getPageState`, and where the extension runs on the page, the mentions of `texts` — the blocks of
   * the content script's first painted window, in document order — found by the background's matcher
   * as the content script's own first pass would (lib/match/scan-blocks `scanBlocks`): the first
   * highlights in one roundtrip, before the matcher reaches the page (issue 15). One list per text.
   */
  scanWindow: {
    request: { url?: string; texts: string[] };
    response: PageState & {
      ui: UiPrefs;
      highlightsHidden?: boolean;
      /** One list per text, packed (./packed-mentions). */
      mentions?: PackedMentions;
      /** What the texts defined (short forms, acronyms), for the next `scanTexts`. */
      memory?: ShortFormMemoryData;
    };
  };
  /**
   * The page's next blocks, in document order, scanned as `scanWindow` scans (issue 15: the content
   * script holds no matcher for its first pass); `memory` is what the blocks before them defined, as
   * the previous answer gave it.
   */
  scanTexts: {
    request: { texts: string[]; memory: ShortFormMemoryData };
    response: { mentions: PackedMentions; memory: ShortFormMemoryData };
  };
  /**
   * A subframe's text gate (entrypoints/frame-gate.ts) found text: the background injects the
   * content script into the sender's frame (lib/services/content-app-loader).
   */
  loadContentApp: { request: NoPayload; response: { loaded: boolean } };
}

/** Background → the content script of one tab (its top frame and frames). */
export interface BackgroundToContent {
  /** Save the current selection of the frame that has one (context menu, the `save-clip` command). */
  saveSelection: { request: NoPayload; response: { saved: boolean } };
  /** The popup's top items: scroll to the frame's first mention of plan item `no` and open its card. */
  showItem: { request: { no: number }; response: { found: boolean } };
  /** Hide or show the frame's highlights (without a reload). */
  setHighlightsHidden: { request: { hidden: boolean }; response: { hidden: boolean } };
  /**
   * The options page changed the reader's preferences: every frame of every tab applies them at once.
   * The background sends its whole UiPrefs; a frame takes what it applies (my agencies are marked in
   * the card models the background builds).
   */
  setUiPrefs: { request: { ui: PagePrefs }; response: { applied: boolean } };
}

/** From the extension's own pages: popup, options, plan browser, clip library. */
export interface PageToBackground {
  /** `origin` may be any http(s) URL; it is reduced to its origin. */
  getSiteState: { request: { origin: string }; response: SiteState };
  /**
   * For a site that is not a default one, the page requests the optional host permission first
   * (`permissions.request({ origins: [state.pattern] })` needs a user gesture in the page); without it
   * this answers `permission-required`.
   */
  setSiteEnabled: { request: { origin: string; enabled: boolean }; response: SiteState };
  setPaused: { request: { paused: boolean }; response: Settings };
  /** Options page: the default domains and the user's sites. */
  listSites: { request: NoPayload; response: SiteList };
  /** Switches a whole default domain (`gov.cn`) off or back on. */
  setDefaultSiteEnabled: { request: { domain: string; enabled: boolean }; response: SiteList };
  /**
   * Forgets the user's decision for the origin's host: unregisters its content script and gives the
   * host permission back (a default host simply follows its domain again).
   */
  removeSite: { request: { origin: string }; response: SiteList };
  getSettings: { request: NoPayload; response: Settings };
  updateSettings: { request: { ui: Partial<UiPrefs> }; response: Settings };
  /** `lang` names agencies and item titles (default zh-Hans). */
  getTabSummary: { request: { tabId: number; lang?: CardLang }; response: TabSummary };
  /** Scrolls the tab to its first mention of plan item `no` and opens that mention's card. */
  showItemInTab: { request: { tabId: number; no: number }; response: { found: boolean } };
  /** Hides or shows the tab's highlights, every frame of it. */
  setHighlightsHidden: { request: { tabId: number; hidden: boolean }; response: { hidden: boolean } };
  getCard: ContentToBackground['getCard'];
  getItem: ContentToBackground['getItem'];
  getAgency: ContentToBackground['getAgency'];
  /** Every piece of user data as one backup (clip library: `data-export="backup"`). */
  getBackup: { request: NoPayload; response: BackupFile };
  /** What an import file (its text, ≤ 50 MB) would add, duplicate and reject; changes nothing. */
  previewImport: { request: { text: string }; response: ImportPreview };
  /**
   * Imports the file all or nothing. With rejected entries, nothing is written unless `skipRejected`
   * (the user saw them in the preview).
   */
  applyImport: {
    request: { text: string; mode: ImportMode; skipRejected?: boolean };
    response: ImportResult;
  };
  // The clip library (issue 11): every clip, for the extension's own pages only.
  /** Newest first, paged (`limit` ≤ 2,000): 10,000 clips in one answer would be one ~15 MB message. */
  listClips: { request: { offset: number; limit: number }; response: { clips: Clip[]; total: number } };
  /** Note and/or tags edited in place. */
  updateClip: { request: { id: string; note?: string; tags?: string[] }; response: Clip };
  /** Answers the clips that were deleted: what Undo sends back to `restoreClips`. */
  deleteClips: { request: { ids: string[] }; response: { deleted: Clip[] } };
  restoreClips: { request: { clips: Clip[] }; response: { restored: number } };
  /** Item labels and titles, topic and agency names in three languages, agencies' items. */
  getLibraryKnowledge: { request: NoPayload; response: LibraryKnowledge };
  /**
   * The plan browser (issue 12): the parsed plan, the agencies and the topics it links to. `planId`
   * names an imported plan (`listPlans`); absent, the bundled one.
   */
  getPlanBrowser: {
    request: { planId?: string };
    /** The standard-code families with the bundled plan only (their items are its items). */
    response: Pick<CardKnowledge, 'plan' | 'agencies' | 'topics'> &
      Partial<Pick<CardKnowledge, 'standardCodes'>>;
  };
  /** The plan browser: how many clips touch each item (a clip's mentions' items), item no → count. */
  getClipCountsByItem: { request: NoPayload; response: { counts: Record<number, number> } };
  // Imported plans (issue 12, "Import a plan"). The page decodes a file's bytes (lib/plan/import) and
  // sends text; the background screens and parses it again.
  /** What importing `text` would store — or why it cannot be — with errors and warnings by line. Changes nothing. */
  previewPlanImport: { request: { text: string }; response: PlanImportPreview };
  /** Stores the plan under `name`; refused with `bad-request` (nothing stored) unless its preview is ok. */
  importPlan: { request: { text: string; name: string }; response: PlanListEntry };
  /** The bundled plan first, then the imported ones, oldest first. */
  listPlans: { request: NoPayload; response: { plans: PlanListEntry[] } };
  /** Deletes an imported plan (the bundled one: `forbidden`). */
  deletePlan: { request: { id: string }; response: { deleted: boolean } };
  /**
   * The popup's "Annotate text" (issue 12): a pasted text (≤ 200,000 UTF-16 units) annotated as the
   * annotate CLI annotates a `.txt` file, with the items' labels and titles and the terms' names in
   * `lang`.
   */
  annotateText: { request: { text: string; lang: CardLang }; response: AnnotatedText & MentionLabels };
  /** Options → your own terms (issue 12): the stored terms, and the plan's items (titles in `lang`). */
  listUserTerms: { request: { lang?: CardLang }; response: UserTermList };
  /**
   * Adds a term after validation; refused with `bad-request` and every problem in `lang` (a clash names
   * the topic, agency or term that already has the surface). Pages pick it up when (re)loaded.
   */
  addUserTerm: { request: UserTermInput & { lang?: CardLang }; response: UserTerm };
  removeUserTerm: { request: { id: string }; response: { removed: boolean; terms: UserTerm[] } };
}

/** The options page's list of the reader's own terms. */
export interface UserTermList {
  terms: UserTerm[];
  /** Every item of the bundled plan, to map a term to. */
  items: ItemRef[];
}

/** A protocol map: message type → request and response. */
export type ProtocolMap<P> = { [K in keyof P]: { request: unknown; response: unknown } };
export type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

export const CONTENT_TYPES = [
  'getMatcher',
  'getCard',
  'getItem',
  'getAgency',
  'reportMentions',
  'getPageState',
  'saveClip',
  'deleteClip',
  'updateClipNote',
  'getPageClips',
  'loadClipUi',
  'reportAnchors',
  'toggleHighlights',
  'openPlanBrowser',
  'loadCardUi',
  'scanWindow',
  'loadContentApp',
  'scanTexts',
] as const satisfies readonly (keyof ContentToBackground)[];

export const PAGE_TYPES = [
  'getSiteState',
  'setSiteEnabled',
  'setPaused',
  'listSites',
  'setDefaultSiteEnabled',
  'removeSite',
  'getSettings',
  'updateSettings',
  'getTabSummary',
  'showItemInTab',
  'setHighlightsHidden',
  'getCard',
  'getItem',
  'getAgency',
  'getBackup',
  'previewImport',
  'applyImport',
  'listClips',
  'updateClip',
  'deleteClips',
  'restoreClips',
  'getLibraryKnowledge',
  'getPlanBrowser',
  'listUserTerms',
  'addUserTerm',
  'removeUserTerm',
  'annotateText',
  'previewPlanImport',
  'importPlan',
  'listPlans',
  'deletePlan',
  'getClipCountsByItem',
] as const satisfies readonly (keyof PageToBackground)[];

// Compile-time: the lists above name every message of their protocol.
type Missing<P, L extends readonly PropertyKey[]> = Exclude<keyof P, L[number]>;
export const _allListed: [
  Missing<ContentToBackground, typeof CONTENT_TYPES>,
  Missing<PageToBackground, typeof PAGE_TYPES>,
] extends [never, never]
  ? true
  : never = true;
