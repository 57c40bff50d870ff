/**
 * The card's `auto` language follows the page (issue 10): its text first for English against Chinese
 * and for the script, its declared `lang` where the text does not tell, the browser's language last.
 */
import { describe, expect, it } from 'vitest';
import { readerLang } from '../../entrypoints/content/reader-lang';
import { guessScript } from '../../lib/text/script-guess';

const HANS =
  '工业和信息化部会同市场监管总局加快集成电路、6G等关键领域标准研制，推动产品碳足迹核算标准体系建设。';
const HANT = '工業和信息化部表示，將加快智能網聯汽車與數據跨境傳輸標準研製，並推動碳足跡核算標準體系建設。';
const EN =
  'The Ministry of Industry and Information Technology (MIIT) and the State Administration for Market ' +
  'Regulation will publish standards on carbon footprints and age-friendly renovation (碳足迹).';
/** Chinese text whose characters are the same in both scripts. */
const NEUTRAL = '加快完善食品安全和药品安全工作，保障人民群众生命安全和身心健康。';

describe('guessScript', () => {
  it.each([
    [HANS, 'zh-Hans'],
    [HANT, 'zh-Hant'],
    [EN, 'en'],
    [NEUTRAL, 'zh'],
    ['GB/T 24001-2016', undefined],
    ['', undefined],
    // A Chinese page full of codes and Latin names is still Chinese.
    [`${HANS} GB/T 24001-2016 ISO 14067:2018 IPv6 MIIT SAMR`, 'zh-Hans'],
    // An English page quoting a Chinese term or two is still English.
    [`${EN} ${EN} 碳达峰碳中和`, 'en'],
  ])('%j → %s', (sample, expected) => {
    expect(guessScript(sample)).toBe(expected);
  });
});

describe('readerLang', () => {
  it.each([
    // [page lang, UI language, page text, card]
    ['en', 'zh-CN', EN, 'en'], // an English page in a Chinese browser: English
    ['', 'zh-CN', EN, 'en'],
    ['zh-CN', 'zh-CN', EN, 'en'], // the text is English whatever the template declares
    ['en', 'en-US', HANS, 'zh-Hans'], // a Chinese page on a template declaring en
    ['zh-Hant', 'zh-CN', HANT, 'zh-Hant'],
    ['zh-TW', 'en-US', '', 'zh-Hant'],
    ['zh-HK', 'zh-CN', NEUTRAL, 'zh-Hant'],
    ['zh-MO', 'zh-CN', '', 'zh-Hant'],
    ['zh-CN', 'zh-CN', HANT, 'zh-Hant'], // Traditional text declared zh-CN
    ['', 'en-US', HANT, 'zh-Hant'],
    ['zh-CN', 'en-US', HANS, 'zh-Hans'], // a Simplified page in an English browser: Simplified
    ['zh', 'zh-TW', NEUTRAL, 'zh-Hans'],
    ['', 'zh-TW', NEUTRAL, 'zh-Hant'], // Chinese of no telling script, nothing declared: the browser
    ['', 'en-US', NEUTRAL, 'zh-Hans'],
    ['en', 'zh-CN', '', 'en'], // too little text: the declared language
    ['', 'zh-TW', '', 'zh-Hant'], // nothing at all: the browser's
    ['', 'zh-CN', '', 'zh-Hans'],
    ['', 'fr-FR', '', 'en'],
  ])('page %j, browser %s, text %#: %s', (page, ui, sample, expected) => {
    expect(readerLang(page, ui, sample)).toBe(expected);
  });
});
