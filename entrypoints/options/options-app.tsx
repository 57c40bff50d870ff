import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getMessage } from '../../components/browser-i18n';
import { OptionsView, type OptionsStrings } from '../../components/options/OptionsView';
import { createPageClient } from '../../lib/messages/client';
import type { Settings, UiPrefs } from '../../lib/messages/protocol';
import { sendToBackground } from '../../lib/messages/transport';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites/default-sites';

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
  };
}

function OptionsApp() {
  const [settings, setSettings] = useState<Settings>();
  const [notice, setNotice] = useState<string>();
  const s = strings();
  useEffect(() => {
    void client.getSettings().then((r) => (r.ok ? setSettings(r.value) : setNotice(r.error.message)));
  }, []);
  const saved = (r: Awaited<ReturnType<typeof client.getSettings>>) => {
    if (r.ok) {
      setSettings(r.value);
      setNotice(s.saved);
    } else setNotice(r.error.message);
  };
  const updateUi = (ui: Partial<UiPrefs>) => void client.updateSettings({ ui }).then(saved);
  return (
    <OptionsView
      strings={s}
      settings={settings}
      notice={notice}
      defaultSites={DEFAULT_SITE_MATCHES}
      onPause={(paused) => void client.setPaused({ paused }).then(saved)}
      onCardLang={(cardLang) => updateUi({ cardLang })}
      onHoverDelay={(hoverDelayMs) => updateUi({ hoverDelayMs })}
    />
  );
}

export function mountOptions(root: HTMLElement): void {
  document.title = getMessage('optionsTitle');
  render(<OptionsApp />, root);
}
