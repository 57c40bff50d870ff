import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getMessage } from '../../components/browser-i18n';
import { OptionsView, type OptionsStrings } from '../../components/options/OptionsView';
import { UserTerms } from '../../components/options/UserTerms';
import { useUserTerms } from '../../components/options/use-user-terms';
import { userTermsStrings } from '../../components/options/user-terms-strings';
import type { CardLang } from '../../lib/card/types';
import { createPageClient } from '../../lib/messages/client';
import type { Settings, SiteList, UiPrefs } from '../../lib/messages/protocol';
import { sendToBackground } from '../../lib/messages/transport';

const client = createPageClient(sendToBackground);

function strings(): OptionsStrings {
  return {
    title: getMessage('optionsTitle'),
    intro: getMessage('optionsIntro'),
    pause: getMessage('popupPause'),
    cardLang: getMessage('optionsCardLang'),
    langs: {
      auto: getMessage('optionsCardLangAuto'),
      'zh-Hans': '简体中文',
      'zh-Hant': '繁體中文',
      en: 'English',
    },
    hoverDelay: getMessage('optionsHoverDelay'),
    saved: getMessage('optionsSaved'),
    defaultSites: getMessage('optionsDefaultSites'),
    yourSites: getMessage('optionsYourSites'),
    noSites: getMessage('optionsNoSites'),
    remove: getMessage('optionsRemove'),
    removeSite: (host) => getMessage('optionsRemoveSite', [host]),
    reasons: {
      'default-site': getMessage('popupReasonDefault'),
      'user-enabled': getMessage('popupReasonUserEnabled'),
      'user-disabled': getMessage('popupReasonUserDisabled'),
      paused: getMessage('popupReasonPaused'),
      'not-enabled': getMessage('popupReasonNotEnabled'),
    },
    kinds: getMessage('optionsKinds'),
    kindNames: {
      topic: getMessage('popupKindTopic'),
      agency: getMessage('popupKindAgency'),
      standard: getMessage('popupKindStandard'),
      clip: getMessage('optionsKindClip'),
    },
  };
}

/** The page's language, for item titles and the background's refusals. */
function uiLang(): CardLang {
  const locale = getMessage('@@ui_locale');
  return locale === 'zh_TW' ? 'zh-Hant' : locale.startsWith('zh') ? 'zh-Hans' : 'en';
}

function OptionsApp() {
  const [settings, setSettings] = useState<Settings>();
  const [sites, setSites] = useState<SiteList>();
  const [notice, setNotice] = useState<string>();
  const s = strings();
  const loadSites = () =>
    void client.listSites({}).then((r) => (r.ok ? setSites(r.value) : setNotice(r.error.message)));
  useEffect(() => {
    void client.getSettings().then((r) => (r.ok ? setSettings(r.value) : setNotice(r.error.message)));
    loadSites();
  }, []);
  const sitesSaved = (message: string) => (r: Awaited<ReturnType<typeof client.listSites>>) => {
    if (r.ok) {
      setSites(r.value);
      setNotice(message);
    } else setNotice(r.error.message);
  };
  const saved = (r: Awaited<ReturnType<typeof client.getSettings>>) => {
    if (r.ok) {
      setSettings(r.value);
      setNotice(s.saved);
    } else setNotice(r.error.message);
  };
  // Kinds reach open pages at once (the background tells their content scripts).
  const kindsSaved = (r: Awaited<ReturnType<typeof client.getSettings>>) => {
    if (r.ok) {
      setSettings(r.value);
      setNotice(getMessage('optionsKindsSaved'));
    } else setNotice(r.error.message);
  };
  const updateUi = (ui: Partial<UiPrefs>) => void client.updateSettings({ ui }).then(saved);
  const termStrings = useMemo(() => userTermsStrings(getMessage), []);
  const userTerms = useUserTerms(client, termStrings, useMemo(uiLang, []));
  return (
    <OptionsView
      strings={s}
      settings={settings}
      notice={notice}
      sites={sites}
      onPause={(paused) =>
        void client.setPaused({ paused }).then((r) => {
          saved(r);
          loadSites();
        })
      }
      onKinds={(kinds) => void client.updateSettings({ ui: { kinds } }).then(kindsSaved)}
      onDefaultSite={(domain, enabled) =>
        void client.setDefaultSiteEnabled({ domain, enabled }).then(sitesSaved(s.saved))
      }
      onRemoveSite={(origin) =>
        void client.removeSite({ origin }).then(sitesSaved(getMessage('optionsSiteRemoved')))
      }
      onCardLang={(cardLang) => updateUi({ cardLang })}
      onHoverDelay={(hoverDelayMs) => updateUi({ hoverDelayMs })}
      userTerms={<UserTerms strings={termStrings} {...userTerms} />}
    />
  );
}

export function mountOptions(root: HTMLElement): void {
  document.title = getMessage('optionsTitle');
  render(<OptionsApp />, root);
}
