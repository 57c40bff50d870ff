/**
 * The labels of the info table that State Council and ministry pages print above a document
 * (索引号 | 主题分类 | 发文机关 | 成文日期 | 标题 | 发文字号 | 发布日期, the 政府信息公开 fields), read into
 * one canonical Simplified form so Traditional pages and site-specific wording land on the same key.
 *
 * Decisions:
 * - 生成日期 (provincial 信息公开 directories: when the record was generated) is kept as its own label,
 *   not read as 发布日期: it is a different fact, and pages that show it usually show 发布日期 too.
 * - 主题词 / 关键词 are kept as they are (PageFacts.keywords reads 主题词 when the meta has none).
 * - 发文日期 is left alone: sites use it for both the written and the published date.
 */
import { fold } from '../text/fold';

export const CANONICAL_LABELS = [
  '索引号',
  '主题分类',
  '发文机关',
  '成文日期',
  '标题',
  '发文字号',
  '发布日期',
] as const;
export type CanonicalLabel = (typeof CANONICAL_LABELS)[number];

/** Folded, space- and colon-free variant → canonical label. */
const VARIANTS: Readonly<Record<string, CanonicalLabel>> = {
  索引号: '索引号',
  信息索引号: '索引号',
  主题分类: '主题分类',
  主题类别: '主题分类',
  发文机关: '发文机关',
  发文机构: '发文机关',
  发文单位: '发文机关',
  发布机构: '发文机关',
  发布机关: '发文机关',
  发布单位: '发文机关',
  成文日期: '成文日期',
  成文时间: '成文日期',
  标题: '标题',
  名称: '标题',
  文件名称: '标题',
  信息名称: '标题',
  发文字号: '发文字号',
  文号: '发文字号',
  发文文号: '发文字号',
  发文号: '发文字号',
  发布日期: '发布日期',
  发布时间: '发布日期',
  公开日期: '发布日期',
  公开时间: '发布日期',
};

/** Labels that are not canonical but still mark an info block (kept under their folded form). */
const KEPT = new Set([
  '主题词',
  '关键词',
  '生成日期',
  '有效性',
  '实施日期',
  '废止日期',
  '体裁分类',
  '组配分类',
  '服务对象',
  '来源',
]);

/** Longer than this (after normalizing) and it is not a label but text. */
export const MAX_LABEL_LENGTH = 10;

const COLONS = /[:﹕︰]/g;
const STRIP = /[\s【】[\]]/g;

/** fold(), then no spaces (full-width ones included), colons or 【】 brackets: "索 引 號：" → 索引号. */
export function normalizeLabel(text: string): string {
  return fold(text).replace(STRIP, '').replace(COLONS, '');
}

/** The canonical label for a label cell's text; an unknown label comes back normalized. */
export function canonicalLabel(text: string): string {
  const n = normalizeLabel(text);
  return VARIANTS[n] ?? n;
}

/** True for a canonical label or a kept one: what counts towards "this block is an info table". */
export function isRecognizedLabel(label: string): boolean {
  return (CANONICAL_LABELS as readonly string[]).includes(label) || KEPT.has(label);
}

/**
 * The recognized label a whole cell's text is (`索 引 号：`, `【发文机关】`, `發文字號`), or undefined.
 * With `allowUnknown`, any short text ending in a colon (`附件：`) is a label too.
 */
export function labelOfCell(text: string, allowUnknown = false): string | undefined {
  const n = normalizeLabel(text);
  if (n.length === 0 || n.length > MAX_LABEL_LENGTH) return undefined;
  const label = VARIANTS[n] ?? n;
  if (isRecognizedLabel(label)) return label;
  return allowUnknown && /[:﹕︰]\s*$/.test(fold(text)) ? label : undefined;
}

export interface LabeledPair {
  label: string;
  value: string;
}

let pairPattern: RegExp | undefined;

/** Recognized labels, each character allowing spaces after it (索 引 号), longest first. */
function pairRegex(): RegExp {
  if (pairPattern) return pairPattern;
  const labels = [...Object.keys(VARIANTS), ...KEPT].sort((a, b) => b.length - a.length);
  const alternation = labels.map((l) => [...l].join('\\s*')).join('|');
  // A label starts the text or follows a space or separator (not "文件的标题：" in prose), and has a colon.
  pairPattern = new RegExp(`(?:^|[\\s|;,、/])(${alternation})\\s*[:﹕︰]`, 'g');
  return pairPattern;
}

/** Collapses runs of whitespace to one space and trims. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * "发文机关：工业和信息化部 (U+3000) 成文日期：2024年3月5日" → two pairs (labels canonical, values collapsed).
 * Only recognized labels followed by a colon split the text; text before the first label is dropped.
 */
export function splitLabeledPairs(text: string): LabeledPair[] {
  const folded = fold(text);
  const re = pairRegex();
  // `start` is where the match begins, separator included, so a value never ends with the "|" after it.
  const hits: { label: string; start: number; valueStart: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    hits.push({ label: canonicalLabel(m[1] as string), start: m.index, valueStart: m.index + m[0].length });
  }
  return hits.map((h, i) => ({
    label: h.label,
    value: collapseSpaces(text.slice(h.valueStart, hits[i + 1]?.start ?? text.length)),
  }));
}

const KEYWORD_SEPARATORS = /[,;、|]/;
const CJK = /[\u3400-\u9fff]/;

/**
 * A keywords field as a list: split on , ， ; ； 、 |, and on spaces only where every space-separated
 * piece holds an ideograph ("碳足迹 标准化" is two keywords, "GB/T 1.1" and "5G 网络" stay one).
 * Duplicates (after folding) are dropped; the first spelling is kept.
 */
export function splitKeywords(s: string): string[] {
  const folded = fold(s);
  const out: string[] = [];
  const seen = new Set<string>();
  let at = 0;
  for (const part of folded.split(KEYWORD_SEPARATORS)) {
    const raw = s.slice(at, at + part.length);
    at += part.length + 1;
    const words = raw.trim().split(/\s+/);
    const pieces = words.length > 1 && words.every((w) => CJK.test(w)) ? words : [collapseSpaces(raw)];
    for (const p of pieces) {
      const key = fold(p);
      if (p === '' || seen.has(key)) continue;
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}
