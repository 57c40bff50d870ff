import type { CardLang } from '../../lib/card/types';

/**
 * The script the card speaks: the page's own language when it declares Traditional Chinese (a Hong Kong
 * or Taiwan page is read in Traditional), otherwise the browser's UI language.
 */
export function readerLang(pageLang: string, uiLang: string): CardLang {
  const page = pageLang.toLowerCase();
  if (/^zh-(hant|tw|hk|mo)/.test(page)) return 'zh-Hant';
  const ui = uiLang.toLowerCase();
  if (/^zh-(hant|tw|hk|mo)/.test(ui)) return 'zh-Hant';
  if (ui.startsWith('zh')) return 'zh-Hans';
  if (page.startsWith('zh')) return 'zh-Hans';
  return 'en';
}
