import type { CardLang } from '../../lib/card/types';
import { guessScript } from '../../lib/text/script-guess';

const HANT = /^zh-(hant|tw|hk|mo)\b/;

/**
 * The card's language when the setting is `auto`: the page's (issue 10) — an English page gets an
 * English card, a Traditional one (declared zh-Hant / zh-TW / zh-HK / zh-MO, or written in Traditional
 * characters) a Traditional card. The text decides English against Chinese, since templates often
 * declare the wrong `lang`; the browser's language decides only what the page does not tell.
 */
export function readerLang(pageLang: string, uiLang: string, sample = ''): CardLang {
  const page = pageLang.toLowerCase();
  const ui = uiLang.toLowerCase();
  const text = guessScript(sample);
  if (text === 'en') return 'en';
  if (HANT.test(page) || text === 'zh-Hant') return 'zh-Hant';
  if (text === 'zh-Hans') return 'zh-Hans';
  if (text === 'zh' || page.startsWith('zh'))
    return HANT.test(ui) && !page.startsWith('zh') ? 'zh-Hant' : 'zh-Hans';
  if (page.startsWith('en')) return 'en';
  if (HANT.test(ui)) return 'zh-Hant';
  if (ui.startsWith('zh')) return 'zh-Hans';
  return 'en';
}
