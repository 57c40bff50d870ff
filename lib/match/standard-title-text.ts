/**
 * The small text tests `standard-title.ts` reads a standard's title with: quote pairs, the lead-in of
 * a list line or table cell, the labels of announcement lists and detail tables, and where the title
 * of an unquoted list line stops (the next column). Every pattern runs on a bounded slice.
 */

/** Opening mark → closing mark, for titles written in marks: 《》 first, as Chinese pages write them. */
export const CLOSE_OF: ReadonlyMap<string, string> = new Map([
  ['《', '》'],
  ['〈', '〉'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
  ['＂', '＂'],
  ['〝', '〞'],
]);

/** Closing mark → opening mark. */
export const OPEN_OF: ReadonlyMap<string, string> = new Map([...CLOSE_OF].map(([o, c]) => [c, o]));

/** Spaces inside a line (not tab or newline, which separate cells and lines). */
export const isInlineSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\u00a0' || c === '\u3000' || c === '\u2009' || c === '\u202f';

/** What may stand before the code on its line or in its cell: numbering, a bullet, a number label. */
const NUMBER_LABEL =
  '(?:标准号|标准编号|标准代号|標準號|標準編號|標準代號|编号|編號|Standard No\\.?|Designation|No\\.)';
const LEAD_IN = new RegExp(
  '^[\\s\\u3000]*(?:(?:[(（]?\\d{1,4}[.)）、．]?|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[•·*▪◆●■-])[\\s\\u3000]*)?' +
    `(?:${NUMBER_LABEL}[\\s\\u3000]*[：:]?[\\s\\u3000]*)?$`,
);
export const isLeadIn = (s: string): boolean => LEAD_IN.test(s);

/** A number label right before the code inside parentheses: `《…》（标准号：GB/T …）`. */
export const NUMBER_LABEL_BEFORE = new RegExp(`${NUMBER_LABEL}[\\s\\u3000]*[：:]?[\\s\\u3000]*$`);

/** A title label that introduces the title: `标准名称：…`, `Title: …` (at the start of a slice). */
export const TITLE_LABEL =
  /^[\s\u3000]*(?:标准中文名称|中文标准名称|標準中文名稱|中文標準名稱|标准名称|標準名稱|中文名称|中文名稱|名称|名稱|Standard title|Title)[\s\u3000]*(?:[：:]|\t)[\s\u3000]*/;

/** Cells that are column headers or labels, never titles. */
const LABELS = new Set(
  (
    '序号 序號 标准号 标准编号 标准代号 標準號 標準編號 標準代號 编号 編號 标准名称 標準名稱 名称 名稱 ' +
    '代替标准号 代替標準號 代替标准 代替標準 被代替标准号 被代替標準號 实施日期 實施日期 发布日期 發布日期 备注 備註 ' +
    'no. no designation title standard title replaces remarks'
  ).split(' '),
);

/** Where an unquoted list title stops: a sentence end, a wide gap, or the next column (a date, a code). */
const TITLE_STOP = new RegExp(
  [
    '[。；;\\t\\n]',
    '\\.(?:\\s|$)',
    ' {2,}|\\u3000{2,}',
    '[\\s\\u3000](?=\\d{4}[\\s\\u3000]*[-./年][\\s\\u3000]*\\d{1,2})',
    '[\\s\\u3000]*(?=代替|替代|被代替)',
    '[\\s\\u3000](?=[A-Z]{1,6}(?:/[A-Z]{1,3})?[\\s\\u3000]?\\d{1,6}(?:[.\\-—]\\d{1,4})*[-—:]\\d{2,4}\\b)',
  ].join('|'),
);

/** English prose: words that start the sentence's predicate, after the title. */
const PREDICATE =
  /\s+(?:is|are|was|were|has|have|had|will|would|can|may|which|that|who|specifies|provides|sets|defines|describes|establishes|gives|helps|requires|applies|published|issued|released|came)\b/;

/** The title part of an unquoted list line or cell. */
export function cutAtStop(s: string): string {
  const m = TITLE_STOP.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** The title part of an English sentence that continues after it. */
export function cutAtPredicate(s: string): string {
  const m = PREDICATE.exec(s);
  return m ? s.slice(0, m.index) : s;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const WORD = /[A-Za-z]*[a-z]{3}/;
const DATE_ONLY = /^[\d\s\u3000年月日.\-/]+$/;
const REPLACED = /^(?:代替|替代|被代替)/;

/** A string that reads as a standard's title: words, not a date, a code, a column header or a label. */
export function isTitleLike(s: string): boolean {
  if (s.length < 2) return false;
  if (!CJK.test(s) && !WORD.test(s)) return false;
  if (DATE_ONLY.test(s) || REPLACED.test(s)) return false;
  if (/[：:]$/.test(s)) return false;
  return !LABELS.has(s.toLowerCase());
}

/** A cell that starts with a designation (`GB/T 24067-2024`, `T/CESA 1266`, `DB11/T 1234`, `ISO/IEC 27001`). */
export const looksLikeCode = (s: string): boolean =>
  /^[A-Z]{1,6}\d{0,2}(?:\/[A-Z]{1,5})?[\s\u3000]?\d/.test(s.trim());

/** Words that start a Chinese predicate: `GB/T 24067-2024 规定了…` goes on as a sentence, not a title. */
const PREDICATE_ZH =
  /^(?:规定|規定|是|为|為|由|于|於|已|将|將|等|和|与|與|及|或|的|中|要求|明确|明確|适用|適用|对|對|自|从|從)/;

/**
 * The rest of a line after a code that goes on as a sentence: it starts with punctuation (a list of
 * codes), a lower-case word or a predicate, or holds a comma before the title would stop.
 */
export function isProse(rest: string): boolean {
  if (!/^[\p{L}\p{N}]/u.test(rest) || /^[a-z]/.test(rest) || PREDICATE_ZH.test(rest)) return true;
  return /[，,]/.test(cutAtStop(rest));
}
