import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getMessage } from '../../components/browser-i18n';
import { agencyChoice } from '../../components/options/agency-choice';
import type { AgencyChoice } from '../../components/options/MyAgencies';
import { useNotice } from '../../components/options/use-notice';
import { OptionsView, type OptionsStrings } from '../../components/options/OptionsView';
import { UserTerms } from '../../components/options/UserTerms';
import { HostAccess } from '../../components/site-access/HostAccess';
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
    general: getMessage('optionsGeneral'),
    cards: getMessage('optionsCards'),
    sites: getMessage('optionsSites'),
    cardTrigger: getMessage('optionsCardTrigger'),
    triggers: {
      hover: getMessage('optionsTriggerHover'),
      modifier: getMessage('optionsTriggerModifier'),
    },
    triggerHint: getMessage('optionsTriggerHint'),
    myAgencies: {
      legend: getMessage('optionsMyAgency'),
      hint: getMessage('optionsMyAgencyHint'),
      filter: getMessage('optionsAgencyFilter'),
      chosen: getMessage('optionsAgencyChosen'),
      list: getMessage('optionsAgencyList'),
      none: getMessage('optionsAgencyNone'),
      noMatch: getMessage('optionsAgencyNoMatch'),
      matches: (n) => getMessage('optionsAgencyMatches', [String(n)]),
      leads: (n) => getMessage('optionsAgencyLeads', [String(n)]),
      remove: (name) => getMessage('optionsRemoveAgency', [name]),
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
  const [agencies, setAgencies] = useState<AgencyChoice[]>();
  const [notice, say] = useNotice();
  const s = strings();
  const loadSites = () =>
    void client.listSites({}).then((r) => (r.ok ? setSites(r.value) : say(r.error.message)));
  useEffect(() => {
    void client.getSettings().then((r) => (r.ok ? setSettings(r.value) : say(r.error.message)));
    loadSites();
    void client.getLibraryKnowledge().then((r) => {
      if (!r.ok) return say(r.error.message);
      const lang = getMessage('popupLang');
      setAgencies(r.value.agencies.map((a) => agencyChoice(a, lang)));
    });
  }, []);
  const sitesSaved = (message: string) => (r: Awaited<ReturnType<typeof client.listSites>>) => {
    if (r.ok) {
      setSites(r.value);
      say(message);
    } else say(r.error.message);
  };
  const saved = (r: Awaited<ReturnType<typeof client.getSettings>>) => {
    if (r.ok) {
      setSettings(r.value);
      say(s.saved);
    } else say(r.error.message);
  };
  // The card preferences reach open pages at once (the background tells their content scripts).
  const uiSaved = (r: Awaited<ReturnType<typeof client.getSettings>>) => {
    if (r.ok) {
      setSettings(r.value);
      say(getMessage('optionsKindsSaved'));
    } else say(r.error.message);
  };
  const updateUi = (ui: Partial<UiPrefs>) => {
    // At once, so a second change made before the answer builds on this one (two agencies picked fast).
    setSettings((now) => now && { ...now, ui: { ...now.ui, ...ui } });
    void client.updateSettings({ ui }).then(uiSaved);
  };
  const termStrings = useMemo(() => userTermsStrings(getMessage), []);
  const userTerms = useUserTerms(client, termStrings, useMemo(uiLang, []));
  return (
    <OptionsView
      strings={s}
      settings={settings}
      notice={notice}
      sites={sites}
      agencies={agencies}
      onPause={(paused) =>
        void client.setPaused({ paused }).then((r) => {
          saved(r);
          loadSites();
        })
      }
      onKinds={(kinds) => updateUi({ kinds })}
      onDefaultSite={(domain, enabled) =>
        void client.setDefaultSiteEnabled({ domain, enabled }).then(sitesSaved(s.saved))
      }
      onRemoveSite={(origin) =>
        void client.removeSite({ origin }).then(sitesSaved(getMessage('optionsSiteRemoved')))
      }
      onCardLang={(cardLang) => updateUi({ cardLang })}
      onHoverDelay={(hoverDelayMs) => updateUi({ hoverDelayMs })}
      userTerms={<UserTerms strings={termStrings} {...userTerms} />}
      access={<HostAccess permissions={browser.permissions} />}
      onCardTrigger={(cardTrigger) => updateUi({ cardTrigger })}
      onMyAgencies={(myAgencies) => updateUi({ myAgencies })}
    />
  );
}

export function mountOptions(root: HTMLElement): void {
  document.title = getMessage('optionsTitle');
  render(<OptionsApp />, root);
}
