import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getMessage } from '../../components/browser-i18n';
import { PopupView, type PopupStrings } from '../../components/popup/PopupView';
import { createPageClient } from '../../lib/messages/client';
import type { SiteState, TabSummary } from '../../lib/messages/protocol';
import { sendToBackground } from '../../lib/messages/transport';

const client = createPageClient(sendToBackground);

function strings(): PopupStrings {
  return {
    title: getMessage('popupTitle'),
    thisSite: getMessage('popupThisSite'),
    enableSite: getMessage('popupEnableSite'),
    pause: getMessage('popupPause'),
    reasons: {
      'default-site': getMessage('popupReasonDefault'),
      'user-enabled': getMessage('popupReasonUserEnabled'),
      'user-disabled': getMessage('popupReasonUserDisabled'),
      paused: getMessage('popupReasonPaused'),
      'not-enabled': getMessage('popupReasonNotEnabled'),
    },
    reloadHint: getMessage('popupReloadHint'),
    noPage: getMessage('popupNoPage'),
    mentions: getMessage('popupMentions'),
    kinds: {
      topic: getMessage('popupKindTopic'),
      agency: getMessage('popupKindAgency'),
      standard: getMessage('popupKindStandard'),
    },
    topItems: getMessage('popupTopItems'),
    none: getMessage('popupNone'),
    shortcut: getMessage('popupShortcut'),
    links: [
      { href: '/plan.html', label: getMessage('linkPlan') },
      { href: '/clips.html', label: getMessage('linkClips') },
      { href: '/options.html', label: getMessage('linkOptions') },
    ],
  };
}

/** Glue between the popup view and the background: the active tab's site, pause, and summary. */
function PopupApp() {
  const [site, setSite] = useState<SiteState>();
  const [paused, setPaused] = useState(false);
  const [summary, setSummary] = useState<TabSummary>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const s = strings();

  useEffect(() => {
    void (async () => {
      // `?tab=ID` shows the popup for a given tab when popup.html is opened as a page (browser tests).
      const requested = Number(new URLSearchParams(location.search).get('tab'));
      const [tab] = requested
        ? [await browser.tabs.get(requested)]
        : await browser.tabs.query({ active: true, currentWindow: true });
      const settings = await client.getSettings();
      if (settings.ok) setPaused(settings.value.paused);
      if (tab?.url && /^https?:/.test(tab.url)) {
        const state = await client.getSiteState({ origin: tab.url });
        if (state.ok) setSite(state.value);
      }
      if (tab?.id !== undefined) {
        const counts = await client.getTabSummary({ tabId: tab.id });
        if (counts.ok) setSummary(counts.value);
      }
    })();
  }, []);

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
        setNotice(granted ? getMessage('popupError') + granted.message : getMessage('popupPermissionDenied'));
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
    } else setNotice(getMessage('popupError') + next.error.message);
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
    } else setNotice(getMessage('popupError') + next.error.message);
    setBusy(false);
  };

  return (
    <PopupView
      strings={s}
      site={site}
      paused={paused}
      summary={summary}
      notice={notice}
      busy={busy}
      onToggleSite={(v) => void onToggleSite(v)}
      onTogglePause={(v) => void onTogglePause(v)}
    />
  );
}

export function mountPopup(root: HTMLElement): void {
  document.title = getMessage('popupTitle');
  render(<PopupApp />, root);
}
