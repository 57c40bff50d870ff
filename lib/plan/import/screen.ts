/**
 * The one pass over an import's text before the parser sees it: size, lines, 〔 duty brackets, heading
 * lines, NUL and control characters. Linear, allocation-free, and it stops at the first bound crossed —
 * so a million brackets are refused after reading two thousand of them.
 */
import {
  MAX_CONTROL_SHARE,
  MAX_DUTY_BRACKETS,
  MAX_PLAN_CHARS,
  MAX_PLAN_ITEMS,
  MAX_PLAN_LINES,
} from './limits';
import type { PlanImportRefusal } from './refusal';

const LF = 0x0a;
const CR = 0x0d;
const OPEN_BRACKET = 0x3014; // 〔

export function screenPlanText(text: string): PlanImportRefusal | undefined {
  if (text.length > MAX_PLAN_CHARS) {
    const line = lineAt(text, MAX_PLAN_CHARS);
    return { code: 'too-large', count: text.length, limit: MAX_PLAN_CHARS, unit: 'chars', line };
  }
  let line = 1;
  let atLineStart = true;
  let brackets = 0;
  let headings = 0;
  let controls = 0;
  let firstControlLine = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Lines as the parser splits them: \r\n, \r, \n.
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
      if (++line > MAX_PLAN_LINES) return { code: 'too-many-lines', line, limit: MAX_PLAN_LINES };
      atLineStart = true;
      continue;
    }
    if (c === CR) continue;
    if (c === 0) return { code: 'binary', line };
    if (isControl(c)) {
      controls++;
      firstControlLine ||= line;
      continue;
    }
    if (isBlank(c)) continue;
    blank = false;
    if (c === OPEN_BRACKET && ++brackets > MAX_DUTY_BRACKETS) {
      return { code: 'too-many-brackets', line, limit: MAX_DUTY_BRACKETS };
    }
    if (atLineStart) {
      atLineStart = false;
      if (headingAt(text, i) && ++headings > MAX_PLAN_ITEMS) {
        return { code: 'too-many-items', line, limit: MAX_PLAN_ITEMS };
      }
    }
  }
  if (controls > 8 && controls > text.length * MAX_CONTROL_SHARE) {
    return { code: 'binary', line: firstControlLine };
  }
  return blank ? { code: 'empty' } : undefined;
}

/** 1-based line of offset `at`, lines ending as the parser ends them (\r\n, \r, \n). */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
  }
  return line;
}

/** C0 controls but tab, line feed, vertical tab, form feed, carriage return; DEL; C1; U+FFFD. */
function isControl(c: number): boolean {
  return (c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

const NUMERALS = new Set('一二三四五六七八九十百零〇两兩');
const PAREN_OPEN = new Set(['(', '（']);
const PAREN_CLOSE = new Set([')', '）']);

/**
 * `一、` or `(一)` / `（一）` at `i` — what outline.ts takes for a heading, read without folding. At most
 * a few numerals are read, so the pass stays linear.
 */
function headingAt(text: string, i: number): boolean {
  const paren = PAREN_OPEN.has(text[i]!);
  let j = paren ? i + 1 : i;
  const start = j;
  while (j < text.length && j - start < 8 && NUMERALS.has(text[j]!)) j++;
  if (j === start) return false;
  return paren ? PAREN_CLOSE.has(text[j]!) : text[j] === '、';
}
