import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getMessage } from '../../components/browser-i18n';
import { AnnotateText } from '../../components/popup/AnnotateText';
import { PlanLookup } from '../../components/popup/PlanLookup';
import { PopupView } from '../../components/popup/PopupView';
import { HostAccess } from '../../components/site-access/HostAccess';
import { cardStrings } from '../../lib/card/strings';
import { createPageClient } from '../../lib/messages/client';
import type { SiteState, TabSummary } from '../../lib/messages/protocol';
import { sendToBackground } from '../../lib/messages/transport';
import { pageKind, type PageKind } from '../../lib/sites/page-kind';
import { annotateStrings } from './annotate-strings';
import { popupLang, popupStrings } from './popup-strings';
import { usePlanLookup } from './use-plan-lookup';

const client = createPageClient(sendToBackground);
/** How long a freshly opened popup waits for a page that is loading to report (10 × 300 ms). */
const SCAN_WAIT_ATTEMPTS = 10;
const SCAN_WAIT_MS = 300;

/** Glue between the popup view and the background: the active tab's site, pause, and summary. */
function PopupApp() {
  const [page, setPage] = useState<PageKind>('unknown');
  const [tabId, setTabId] = useState<number>();
  const [site, setSite] = useState<SiteState>();
  const [paused, setPaused] = useState(false);
  const [summary, setSummary] = useState<TabSummary>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const s = popupStrings();
  // `?tab=ID` shows the popup for a given tab when popup.html is opened as a page (browser tests).
  const requested = Number(new URLSearchParams(location.search).get('tab'));

  useEffect(() => {
    void (async () => {
      const [tab] = requested
        ? [await browser.tabs.get(requested)]
        : await browser.tabs.query({ active: true, currentWindow: true });
      const settings = await client.getSettings();
      // Without the database (IndexedDB unavailable) the popup says why instead of staying blank.
      if (settings.ok) setPaused(settings.value.paused);
      else failed(settings.error.message);
      // The toolbar click shows the popup the URL of every page it may run on (lib/sites/page-kind).
      const kind = pageKind(tab?.url);
      setPage(kind);
      let enabled = false;
      if (tab?.url && kind === 'web') {
        const state = await client.getSiteState({ origin: tab.url });
        if (state.ok) setSite(state.value);
        else failed(state.error.message);
        enabled = state.ok && state.value.enabled;
      }
      if (tab?.id === undefined) return;
      setTabId(tab.id);
      // A page that has just loaded reports its counts a moment after its first pass: on a site
      // where it runs, wait a little for them before calling it "not scanned".
      for (let attempt = 0; ; attempt++) {
        const counts = await client.getTabSummary({ tabId: tab.id, lang: popupLang() });
        if (!counts.ok) return failed(counts.error.message);
        if (counts.value.scanned || !enabled || attempt >= SCAN_WAIT_ATTEMPTS) {
          setSummary(counts.value);
          return;
        }
        await new Promise((r) => setTimeout(r, SCAN_WAIT_MS));
      }
    })();
  }, []);

  const failed = (message: string) => setNotice(getMessage('popupError') + message);
  const lookup = usePlanLookup(client, popupLang(), failed);

  const onToggleSite = async (enabled: boolean) => {
    if (!site) return;
    setBusy(true);
    // The permission prompt needs this click's user gesture, so it is asked here, not in the background.
    // A refusal is not an error; a rejection is (issue 9: a pattern the manifest does not declare).
    if (enabled && !site.isDefault) {
      const granted = await browser.permissions
        .request({ origins: [site.pattern] })
        .catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
      if (granted !== true) {
        if (granted) failed(granted.message);
        else setNotice(getMessage('popupPermissionDenied'));
        setBusy(false);
        return;
      }
    }
    const next = await client.setSiteEnabled({ origin: site.origin, enabled });
    if (next.ok) {
      // Switched off: give the host permission back too (no gesture needed). Chromium remembers the
      // user's grant, so switching on again does not prompt a second time.
      if (!enabled && !site.isDefault) {
        await browser.permissions.remove({ origins: [site.pattern] }).catch(() => false);
      }
      setSite(next.value);
      setNotice(s.reloadHint);
    } else failed(next.error.message);
    setBusy(false);
  };

  const onTogglePause = async (value: boolean) => {
    setBusy(true);
    const next = await client.setPaused({ paused: value });
    if (next.ok) {
      setPaused(next.value.paused);
      if (site) {
        const state = await client.getSiteState({ origin: site.origin });
        if (state.ok) setSite(state.value);
      }
      setNotice(s.reloadHint);
    } else failed(next.error.message);
    setBusy(false);
  };

  const onToggleHighlights = async (hidden: boolean) => {
    if (tabId === undefined || !summary) return;
    const next = await client.setHighlightsHidden({ tabId, hidden });
    if (next.ok) setSummary({ ...summary, highlightsHidden: next.value.hidden });
    else failed(next.error.message);
  };

  const onShowItem = async (no: number) => {
    if (tabId === undefined) return;
    const shown = await client.showItemInTab({ tabId, no });
    if (!shown.ok) failed(shown.error.message);
    else if (!shown.value.found) setNotice(getMessage('popupItemGone'));
    // Out of the way of the card it opened. Opened as a page (`?tab=`), it stays.
    else if (!requested) window.close();
  };

  return (
    <PopupView
      strings={s}
      page={page}
      site={site}
      paused={paused}
      summary={summary}
      notice={notice}
      busy={busy}
      onToggleSite={(v) => void onToggleSite(v)}
      onTogglePause={(v) => void onTogglePause(v)}
      onToggleHighlights={(v) => void onToggleHighlights(v)}
      onShowItem={(no) => void onShowItem(no)}
      annotate={
        <AnnotateText
          strings={annotateStrings(popupLang())}
          lang={popupLang()}
          cardStrings={cardStrings(popupLang())}
          annotate={(text) => client.annotateText({ text, lang: popupLang() })}
          getCard={(ref) => client.getCard({ ref, lang: popupLang() })}
        />
      }
      lookup={<PlanLookup {...lookup} />}
      access={<HostAccess permissions={browser.permissions} />}
    />
  );
}

export function mountPopup(root: HTMLElement): void {
  document.title = getMessage('popupTitle');
  // The language the messages came in (a French browser gets the default, zh_CN), not the browser's.
  document.documentElement.lang = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en' }[popupLang()];
  render(<PopupApp />, root);
}
