import { getMessage } from '../../components/browser-i18n';
import type { AnnotateStrings } from '../../components/popup/annotate-strings';
import type { CardLang } from '../../lib/card/types';

const LOCALES: Record<CardLang, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en' };

/** "Annotate text" in the language `_locales` answered in; numbers grouped as that language writes them. */
export function annotateStrings(lang: CardLang): AnnotateStrings {
  const number = new Intl.NumberFormat(LOCALES[lang]);
  const n = (value: number) => number.format(value);
  return {
    toggle: getMessage('annotateToggle'),
    intro: getMessage('annotateIntro'),
    label: getMessage('annotateLabel'),
    placeholder: getMessage('annotatePlaceholder'),
    submit: getMessage('annotateSubmit'),
    shortcut: getMessage('annotateShortcut'),
    chars: (count, max) => getMessage('annotateChars', [n(count), n(max)]),
    empty: getMessage('annotateEmpty'),
    tooLong: (count, max) => getMessage('annotateTooLong', [n(count), n(max)]),
    working: getMessage('annotateWorking'),
    failed: (message) => getMessage('annotateFailed', [message]),
    found: (mentions, terms) => getMessage('annotateFound', [n(mentions), n(terms)]),
    none: getMessage('annotateNone'),
    truncated: (count) => getMessage('annotateTruncated', [n(count)]),
    results: getMessage('annotateResults'),
    kinds: {
      topic: getMessage('popupKindTopic'),
      agency: getMessage('popupKindAgency'),
      standard: getMessage('popupKindStandard'),
    },
    kindsLabel: getMessage('popupKindsLabel'),
    terms: getMessage('annotateTerms'),
    kind: {
      topic: getMessage('annotateKindTopic'),
      agency: getMessage('annotateKindAgency'),
      standard: getMessage('annotateKindStandard'),
    },
    times: (count) => getMessage('popupItemMentions', [n(count)]),
    writtenAs: getMessage('annotateWrittenAs'),
    items: getMessage('annotateItems'),
    alsoItems: getMessage('annotateAlsoItems'),
    markedText: getMessage('annotateMarkedText'),
    cardLoading: getMessage('annotateCardLoading'),
    cardMissing: getMessage('annotateCardMissing'),
    cardFailed: (message) => getMessage('annotateCardFailed', [message]),
  };
}
