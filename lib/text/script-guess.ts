/**
 * What a page is written in, from a sample of its text: English, or Chinese in Simplified or
 * Traditional script (issue 10: the card follows the page). Pages often declare a wrong `lang` — CMS
 * templates ship `lang="en"` on Chinese pages, Hong Kong sites `zh-CN` on Traditional ones — so the text
 * is read too.
 *
 * The script is told by frequent characters that exist in only one script (這/这, 們/们, 標/标 …);
 * characters both scripts use (后, 准, 台, 里 …) are left out, so Simplified text scores no
 * Traditional point and the reverse.
 */

// Pairs: Traditional, then its Simplified form. Government-text frequent, each unique to its script.
const PAIRS =
  '這这們们國国會会來来說说時时對对學学與与為为個个發发標标體体產产業业關关經经濟济進进開开動动務务' +
  '實实現现區区縣县際际歷历門门場场環环質质數数據据員员計计綠绿術术應应機机構构設设項项議议傳传統统' +
  '總总級级監监辦办廳厅規规認认證证類类導导農农鄉乡鎮镇資资點点還还過过種种頭头問问題题見见長长東东' +
  '車车條条線线網网電电話话華华讓让價价兩两書书畫画樣样碼码氣气護护驗验強强讀读錄录營营億亿萬万';

// By unit, not by one-character string: a content script reads a sample of every page at its start,
// and making a string of each Chinese character to look it up took most of that (~1 ms).
const SCRIPT = new Map<number, 'hant' | 'hans'>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  SCRIPT.set(PAIRS.charCodeAt(i), 'hant');
  SCRIPT.set(PAIRS.charCodeAt(i + 1), 'hans');
}

export type PageScript = 'zh-Hans' | 'zh-Hant' | 'zh' | 'en';

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * `en` when Latin letters outnumber Chinese characters more than four to one (an English word is ~5
 * letters, a Chinese one 1–2 characters) and there are at least 40; Chinese when there are at least
 * 10 Chinese characters and not so many letters — `zh-Hant` / `zh-Hans` when the script shows, `zh`
 * when it does not. Undefined for too little text to tell.
 */
export function guessScript(sample: string): PageScript | undefined {
  let han = 0;
  let latin = 0;
  let hant = 0;
  let hans = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (isLatin(c)) latin++;
    else if (isHan(c)) {
      han++;
      const script = SCRIPT.get(c);
      if (script === 'hant') hant++;
      else if (script === 'hans') hans++;
    }
  }
  if (latin >= 40 && latin > han * 4) return 'en';
  if (han < 10) return undefined;
  if (hant > hans) return 'zh-Hant';
  if (hans > hant) return 'zh-Hans';
  return 'zh';
}
