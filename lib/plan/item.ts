import { readDutyBracket, type RawDuty } from './duty-bracket';
import { error, type RawItem } from './outline';
import { splitSentences } from './sentences';
import { findTargets } from './targets';
import { foldForParse } from './to-hans';
import type { Item, PlanParseError } from './types';

/** An item whose duties still hold names (resolution happens in parse-plan). */
export interface BuiltItem extends Omit<Item, 'duties'> {
  duties: (RawDuty & { sentences: [number, number]; text: string; at: number; line: number })[];
}

interface Bracket {
  content: string;
  at: number;
  line: number;
}

/*
 * A `（…）` group is a duty when it assigns: (工业和信息化部牵头，……按职责分工负责) — its text matches
 * `/(牵头|负责)(,|。|$)/` (readParens tests exactly that without slicing). Ordinary asides —
 * (以下简称纲要), (元器件), (ISO) — stay in the text.
 */

/** Second pass: one item's paragraphs → text without brackets, sentences, duties, targets. */
export function buildItem(raw: RawItem, no: number): BuiltItem | PlanParseError {
  let text = '';
  const brackets: Bracket[] = [];
  for (const [p, paragraph] of raw.paragraphs.entries()) {
    if (p > 0) text += '\n';
    const folded = foldForParse(paragraph.text);
    const parens = readParens(folded);
    let i = 0;
    while (i < folded.length) {
      const ch = folded[i]!;
      if (ch === '〔') {
        const close = folded.indexOf('〕', i + 1);
        if (close < 0) return error(paragraph.line, '〕 closing the duty bracket 〔 on the same line', '');
        brackets.push({ content: paragraph.text.slice(i + 1, close), at: text.length, line: paragraph.line });
        i = close + 1;
        continue;
      }
      if (ch === '〕') return error(paragraph.line, '〔 before the 〕 that closes a duty bracket', '');
      if (ch === '(') {
        const close = parens.close[i]!;
        if (close > 0 && parens.assigns(i, close)) {
          brackets.push({
            content: paragraph.text.slice(i + 1, close),
            at: text.length,
            line: paragraph.line,
          });
          i = close + 1;
          continue;
        }
      }
      text += paragraph.text[i];
      i++;
    }
  }

  const folded = foldForParse(text);
  const breaks = brackets.map((b) => sentenceEndAfter(folded, b.at));
  const sentences = splitSentences(text, folded, breaks);
  const duties: BuiltItem['duties'] = [];
  let next = 0;
  for (const [k, bracket] of brackets.entries()) {
    let last = next - 1;
    while (last + 1 < sentences.length && sentences[last + 1]!.end <= breaks[k]!) last++;
    if (last < next) return error(bracket.line, `plan text before the duty bracket of item ${raw.label}`, '');
    const read = readDutyBracket(bracket.content);
    if (typeof read === 'string') return error(bracket.line, read, bracket.content);
    duties.push({
      ...read,
      sentences: [next, last],
      text: bracket.content,
      at: bracket.at,
      line: bracket.line,
    });
    next = last + 1;
  }
  if (!sentences.length) return error(raw.line, `the text of item ${raw.label}`, '');

  return {
    no,
    label: raw.label,
    section: raw.section,
    title: raw.title,
    text,
    sentences,
    duties,
    targets: findTargets(text, folded, no, sentences),
    line: raw.line,
  };
}

/** A bracket written before the 。 — 标准（A牵头）。 — still closes the sentence that 。 ends. */
function sentenceEndAfter(folded: string, at: number): number {
  let end = at;
  if (/[。;]/.test(folded[end] ?? '')) {
    end++;
    while (/[”’」』)》]/.test(folded[end] ?? '')) end++;
  }
  return end;
}

interface Parens {
  /** `close[i]`: the index of the `)` matching the `(` at `i`, or -1 (also for other characters). */
  close: Int32Array;
  /** Whether the text between `open` and `close` assigns (see above); asked for `open`s in increasing order. */
  assigns(open: number, close: number): boolean;
}

/**
 * Every `(`'s match and every role word that could end a duty clause, in one pass each. Scanning from
 * each `(` to its match and testing the text between would be quadratic on a hostile import of a
 * million nested or unclosed `(`; this stays linear.
 */
function readParens(folded: string): Parens {
  const close = new Int32Array(folded.length).fill(-1);
  const open: number[] = [];
  // Offsets of a , or 。 just after 牵头 / 负责.
  const roleEnds: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i];
    if (ch === '(') open.push(i);
    else if (ch === ')' && open.length) close[open.pop()!] = i;
    else if ((ch === ',' || ch === '。') && isRoleWord(folded, i)) roleEnds.push(i);
  }
  let next = 0;
  return {
    close,
    assigns(from, to) {
      // The role word must lie inside the parentheses: it starts at from + 1 or later.
      while (next < roleEnds.length && roleEnds[next]! < from + 3) next++;
      return (next < roleEnds.length && roleEnds[next]! < to) || (to - from > 2 && isRoleWord(folded, to));
    },
  };
}

/** 牵头 or 负责 ends just before `at`. */
function isRoleWord(folded: string, at: number): boolean {
  const word = folded.slice(at - 2, at);
  return at >= 2 && (word === '牵头' || word === '负责');
}
