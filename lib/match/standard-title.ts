/**
 * A standard's title, read from the text around its designation (issue 10, "Standard codes that say
 * which standard"). Pages print the title next to the code, in a few layouts:
 *
 * - in marks after the code: `GB/T 24067-2024《温室气体 产品碳足迹 量化要求和指南》`, `“…”`, `「…」`, `"…"`;
 * - in marks before it, the code in parentheses: `《…》（GB/T 24067—2024）`, `"…" (ISO 14067:2018)`;
 * - as the rest of a list line or table cell that starts with the code (numbering allowed before it):
 *   `1. T/CESA 1266-2023 信息技术 …`, `ISO 14067:2018 Greenhouse gases — Carbon footprint of products`;
 * - in the next table cell (序号 | 标准编号 | 标准名称 | 代替标准号 | 实施日期), or the previous one when
 *   the code's cell is followed by no title (标准名称 | 标准编号 | …);
 * - after a label: `标准编号：GB/T 24067-2024` with `标准名称：…` on the same or the next line;
 * - in English prose, an ISO-style title (`Greenhouse gases — Carbon footprint of products`) after the
 *   code, cut before the sentence's verb.
 *
 * The text is the code's block as the reader sees it, with `\t` between table cells and `\n` between
 * lines (lib/dom/standard-title-context.ts cuts it out of the page in the content script; the
 * background reads the title when it builds the card). Unquoted Chinese prose after a code
 * (`GB/T 24067-2024 规定了…`) is not a title and is not read.
 *
 * Bounded and linear: only `TITLE_REACH` units either side of the code are read, whatever the text's
 * size.
 */
import {
  CLOSE_OF,
  cutAtPredicate,
  cutAtStop,
  isInlineSpace,
  isLeadIn,
  isProse,
  isTitleLike,
  looksLikeCode,
  NUMBER_LABEL_BEFORE,
  OPEN_OF,
  TITLE_LABEL,
} from './standard-title-text';
import { MAX_STANDARD_TITLE, TITLE_REACH as WINDOW, textAround } from './standard-title-window';

export { MAX_STANDARD_TITLE } from './standard-title-window';

export interface StandardTitle {
  /** The title as printed (without its marks), `text.slice(start, end)`. */
  title: string;
  start: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
}

/** The title printed next to the designation at `[start, end)` of `text`, if there is one. */
export function readStandardTitle(text: string, start: number, end: number): StandardTitle | undefined {
  const near = textAround(text, start, end);
  if (!near) return undefined;
  const found = readIn(near.text, near.start, near.end);
  if (!found) return undefined;
  const lo = start - near.start;
  return { title: near.text.slice(found.start, found.end), start: found.start + lo, end: found.end + lo };
}

function readIn(t: string, s: number, e: number): Span | undefined {
  return (
    quotedAfter(t, e) ??
    quotedBefore(t, s) ??
    labelled(t, skipSpaces(t, e)) ??
    listTitle(t, s, e) ??
    englishAfter(t, e)
  );
}

function skipSpaces(t: string, i: number): number {
  while (i < t.length && isInlineSpace(t[i])) i++;
  return i;
}

function skipSpacesBack(t: string, i: number): number {
  while (i > 0 && isInlineSpace(t[i - 1])) i--;
  return i;
}

/** `[start, end)` without surrounding spaces and trailing commas, when what is left reads as a title. */
function titled(t: string, start: number, end: number): Span | undefined {
  while (start < end && /[\s\u3000]/.test(t[start]!)) start++;
  while (end > start && /[\s\u3000,，、:：]/.test(t[end - 1]!)) end--;
  if (end - start > MAX_STANDARD_TITLE) return undefined;
  return isTitleLike(t.slice(start, end)) ? { start, end } : undefined;
}

/** The inside of a pair of marks opening at `open`, on one line. */
function inside(t: string, open: number): Span | undefined {
  const close = CLOSE_OF.get(t[open]!);
  if (!close) return undefined;
  const limit = Math.min(t.length, open + 1 + MAX_STANDARD_TITLE + 1);
  for (let i = open + 1; i < limit; i++) {
    const c = t[i]!;
    if (c === close) return titled(t, open + 1, i);
    if (c === '\n' || c === '\t' || (c === t[open] && close !== c)) return undefined;
  }
  return undefined;
}

/** `GB/T 24067-2024《…》`, `GB/T 24067-2024 “…”`. */
function quotedAfter(t: string, e: number): Span | undefined {
  return inside(t, skipSpaces(t, e));
}

/** `《…》（GB/T 24067-2024）`, `《…》（标准号：GB/T …）`, `"…" (ISO 14067:2018)`, `《…》GB/T …`. */
function quotedBefore(t: string, s: number): Span | undefined {
  let i = skipSpacesBack(t, s);
  if (t[i - 1] === '（' || t[i - 1] === '(') {
    i = skipSpacesBack(t, i - 1);
  } else {
    const label = NUMBER_LABEL_BEFORE.exec(t.slice(Math.max(0, i - 16), i));
    const j = label ? skipSpacesBack(t, i - label[0].length) : -1;
    if (label && (t[j - 1] === '（' || t[j - 1] === '(')) i = skipSpacesBack(t, j - 1);
  }
  const closeAt = i - 1;
  const open = OPEN_OF.get(t[closeAt] ?? '');
  if (!open) return undefined;
  const limit = Math.max(0, closeAt - MAX_STANDARD_TITLE - 1);
  for (let k = closeAt - 1; k >= limit; k--) {
    const c = t[k]!;
    if (c === open) return titled(t, k + 1, closeAt);
    if (c === '\n' || c === '\t' || (c === t[closeAt] && open !== c)) return undefined;
  }
  return undefined;
}

/** `标准名称：…` from `at` to the end of its line. */
function labelled(t: string, at: number): Span | undefined {
  const m = TITLE_LABEL.exec(t.slice(at, at + 24));
  if (!m) return undefined;
  const start = at + m[0].length;
  const quoted = inside(t, start);
  if (quoted) return quoted;
  return titled(t, start, lineEnd(t, start));
}

function lineEnd(t: string, i: number): number {
  const limit = Math.min(t.length, i + WINDOW);
  while (i < limit && t[i] !== '\n') i++;
  return i;
}

/** End of the cell (or line) holding `i`. */
function cellEnd(t: string, i: number): number {
  const limit = Math.min(t.length, i + WINDOW);
  while (i < limit && t[i] !== '\n' && t[i] !== '\t') i++;
  return i;
}

/** Start of the cell (or line) holding position `i`. */
function cellStart(t: string, i: number): number {
  while (i > 0 && t[i - 1] !== '\n' && t[i - 1] !== '\t') i--;
  return i;
}

/** A list line or table cell that starts with the code: the rest of it, the next cell, the previous one. */
function listTitle(t: string, s: number, e: number): Span | undefined {
  const ls = cellStart(t, s);
  if (!isLeadIn(t.slice(ls, s))) return undefined;
  let i = skipSpaces(t, e);
  while (i < t.length && /[:：,，—–]/.test(t[i]!)) i = skipSpaces(t, i + 1);
  const end = cellEnd(t, i);
  if (i < end && !isProse(t.slice(i, end))) {
    const rest = titled(t, i, i + cutAtStop(t.slice(i, end)).length);
    if (rest) return rest;
  }
  if (t[end] === '\t') {
    const next = cellEnd(t, end + 1);
    const cell = titled(t, end + 1, next);
    if (cell) return cell;
  }
  // 标准名称 | 标准编号: the cell before — unless a code stands before that one, whose title it is
  // (the replaced code in 标准编号 | 标准名称 | 代替标准号).
  if (ls > 0 && t[ls - 1] === '\t') {
    const prev = cellStart(t, ls - 1);
    const cell = titled(t, prev, ls - 1);
    const owner = prev > 0 && t[prev - 1] === '\t' ? t.slice(cellStart(t, prev - 1), prev - 1) : '';
    if (cell && !isLeadIn(t.slice(cell.start, cell.end)) && !looksLikeCode(owner)) return cell;
  }
  // `标准编号：GB/T …` ending its row, `标准名称：…` on the next line.
  const nextLine = t.indexOf('\n', end);
  return nextLine >= 0 && nextLine - e <= WINDOW ? labelled(t, nextLine + 1) : undefined;
}

/** English prose: `ISO 14067:2018 Greenhouse gases — Carbon footprint of products — … was …`. */
function englishAfter(t: string, e: number): Span | undefined {
  let i = skipSpaces(t, e);
  if (t[i] === ',') i = skipSpaces(t, i + 1);
  if (!/[A-Z]/.test(t[i] ?? '')) return undefined;
  const line = t.slice(i, cellEnd(t, i));
  const cut = cutAtPredicate(cutAtStop(line).split(/[(,]/, 1)[0]!);
  // Only ISO-style titles, whose parts are joined by dashes: other capitalized words are prose.
  if (!/\s[—–-]\s/.test(cut)) return undefined;
  return titled(t, i, i + cut.length);
}
