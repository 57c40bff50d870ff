/**
 * What each sender may ask (issue 14). Only the browser's own account of a sender counts: its
 * extension id, its tab, its frame's URL — never a URL or id inside the payload, which a hostile page
 * could have steered.
 *
 * - The extension's own pages (popup, options, plan browser, clip library: `sender.url` on the
 *   extension's origin) speak the page protocol: every PAGE_TYPES message, the only ones that import,
 *   delete, change settings or sites.
 * - A content script (a frame of a tab, on a web page) speaks the content protocol, by CONTENT_ACCESS:
 *   it may read knowledge anywhere, and everything else only where the extension is on for the page
 *   the browser says it runs in — its clips are that page's clips only (lib/services/clip-service).
 * - Anything else (another extension, a sender outside any tab, a page of another origin) is refused.
 */
import type { ContentToBackground } from './protocol';

/**
 * `knowledge`: the bundled plan, agencies and topics, the same for every page; `any-page`: answers
 * about the sender's own page, asked before the content script knows whether to run; `enabled-page`:
 * reads or writes the sender's page's clips, its tab's badge or view, or opens a tab — only where the
 * extension is on for that page.
 */
export type ContentAccess = 'knowledge' | 'any-page' | 'enabled-page';

/** Every content message, classified (the compiler insists that a new one is). */
export const CONTENT_ACCESS = {
  getMatcher: 'knowledge',
  getCard: 'knowledge',
  getItem: 'knowledge',
  getAgency: 'knowledge',
  scanTexts: 'knowledge',
  getPageState: 'any-page',
  // The page state first; mentions only where the extension is on (lib/services/handlers).
  scanWindow: 'any-page',
  reportMentions: 'enabled-page',
  saveClip: 'enabled-page',
  deleteClip: 'enabled-page',
  updateClipNote: 'enabled-page',
  getPageClips: 'enabled-page',
  loadClipUi: 'enabled-page',
  loadCardUi: 'enabled-page',
  reportAnchors: 'enabled-page',
  toggleHighlights: 'enabled-page',
  openPlanBrowser: 'enabled-page',
  loadContentApp: 'enabled-page',
} as const satisfies Record<keyof ContentToBackground, ContentAccess>;

/** The fields of `runtime.MessageSender` that name the sender's page. */
interface SenderWithUrl {
  url?: string;
  frameId?: number;
  tab?: { url?: string };
}

/**
 * The URL of the frame that sent the message: `sender.url` (set by the browser for every frame), or
 * for a top frame whose sender lacks it, the tab's URL. A subframe never borrows its tab's URL: a
 * frame of another site inside a government page is that other site.
 */
export function senderPageUrl(sender: SenderWithUrl): string | undefined {
  if (typeof sender.url === 'string' && sender.url !== '') return sender.url;
  const top = sender.frameId === undefined || sender.frameId === 0;
  return top && typeof sender.tab?.url === 'string' && sender.tab.url !== '' ? sender.tab.url : undefined;
}
