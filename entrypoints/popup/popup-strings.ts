import { getMessage } from '../../components/browser-i18n';
import type { PopupStrings } from '../../components/popup/PopupView';
import type { CardLang } from '../../lib/card/types';

/** The language `_locales` answered in (zh_CN, zh_TW or en), for names the background supplies. */
export function popupLang(): CardLang {
  const lang = getMessage('popupLang');
  return lang === 'zh-Hant' || lang === 'en' ? lang : 'zh-Hans';
}

export function popupStrings(): PopupStrings {
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
    pageKinds: {
      browser: getMessage('popupPageBrowser'),
      store: getMessage('popupPageStore'),
      extension: getMessage('popupPageExtension'),
      file: getMessage('popupPageFile'),
      other: getMessage('popupPageOther'),
      unknown: getMessage('popupPageUnknown'),
    },
    notScanned: getMessage('popupNotScanned'),
    notScannedYet: getMessage('popupNotScannedYet'),
    mentionCount: (n) => getMessage('popupMentionCount', [String(n)]),
    kinds: {
      topic: getMessage('popupKindTopic'),
      agency: getMessage('popupKindAgency'),
      standard: getMessage('popupKindStandard'),
    },
    kindsLabel: getMessage('popupKindsLabel'),
    coverage: getMessage('popupCoverage'),
    coverageNote: getMessage('popupCoverageNote'),
    describeItem: (item) =>
      getMessage('popupItemDescription', [`${item.label} ${item.title}`.trim(), String(item.count)]),
    topItems: getMessage('popupTopItems'),
    itemMentions: (n) => getMessage('popupItemMentions', [String(n)]),
    agencies: getMessage('popupAgencies'),
    leads: getMessage('popupAgencyLeads'),
    responsible: getMessage('popupAgencyResponsible'),
    moreAgencies: (n) => getMessage('popupMoreAgencies', [String(n)]),
    myAgency: getMessage('popupMyAgency'),
    myLead: getMessage('popupMyLead'),
    none: getMessage('popupNone'),
    showHighlights: getMessage('popupShowHighlights'),
    showHighlightsHint: getMessage('popupShowHighlightsHint'),
    shortcut: getMessage('popupShortcut'),
    links: [
      { href: '/plan.html', label: getMessage('linkPlan') },
      { href: '/clips.html', label: getMessage('linkClips') },
      { href: '/options.html', label: getMessage('linkOptions') },
    ],
  };
}
