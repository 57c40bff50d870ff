/**
 * Dates as government pages print them, read into ISO `YYYY-MM-DD` for PageFacts. The whole value must
 * be a date (an optional time after it is allowed and dropped): a cell such as "2024年3月5日（星期二）"
 * is not read and stays verbatim in the caller, rather than half-read.
 *
 * - 2024年3月5日, 2024 年 03 月 05 日, 2024年3月5日 10:20
 * - 2024-03-05, 2024/3/5, 2024.03.05 (one separator throughout), full-width digits and separators
 * - 2024-03-05 10:20:30, 2024-03-05T10:20:30+08:00 (meta PubDate, dc.date)
 * - 二〇二四年三月五日 (the 成文日期 line of a printed document; ○ and 零 as zero too)
 *
 * Impossible dates (2024-02-30, month 13) are not dates.
 */
import { fold } from '../text/fold';

// Matched over folded text, where Latin is lower case: the `t` and `z` of ISO times, an `o` written for 0.
const TIME = String.raw`(?:(?:\s*t\s*|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?`;
const NUMERIC = new RegExp(
  String.raw`^((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-/.])(\d{1,2})\4(\d{1,2}))${TIME}$`,
);

function cnDigit(ch: string): number {
  if ('〇○零o'.includes(ch)) return 0;
  const d = '一二三四五六七八九'.indexOf(ch);
  return d < 0 ? NaN : d + 1;
}

const CN_YEAR = '[〇○零o一二三四五六七八九]{4}';
const CN_SMALL = '(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const CHINESE = new RegExp(`^(${CN_YEAR})\\s*年\\s*(${CN_SMALL})\\s*月\\s*(${CN_SMALL})\\s*日$`);

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31. */
function smallNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return cnDigit(s);
  const tens = ten === 0 ? 1 : cnDigit(s.slice(0, ten));
  const ones = ten === s.length - 1 ? 0 : cnDigit(s.slice(ten + 1));
  return tens * 10 + ones;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2024-03-05` when `s` reads as a date, else undefined. */
export function isoDate(s: string): string | undefined {
  const t = fold(s).trim();
  if (t.length > 64) return undefined;
  const n = NUMERIC.exec(t);
  if (n) return iso(Number(n[1]), Number(n[2] ?? n[5]), Number(n[3] ?? n[6]));
  const c = CHINESE.exec(t);
  if (c) {
    const year = [...(c[1] as string)].reduce((y, ch) => y * 10 + cnDigit(ch), 0);
    return iso(year, smallNumber(c[2] as string), smallNumber(c[3] as string));
  }
  return undefined;
}
