/**
 * Chinese context rules (issue 13, "Chinese"): whether a Chinese dictionary match is a mention depends on
 * the units around it in ways a surface list cannot say. Each rule reads a few units of the FOLDED text
 * (one rule for Simplified and Traditional) next to the match and may say "no mention"; scan.ts then
 * rescans what the match hid, as for the guards (guards.ts). The words they read are zh-words.ts, which
 * the matcher carries (Matcher.zh): a matcher without them (built before these rules) applies none.
 *
 *   local       各地[工信部]  省级[发改委]  县级以上地方人民政府[卫健委]  广东[统计局]   a local body
 *   right       [农业农村部]门  [科技部]署  汽车[标准委]员会                       the name's last unit starts a word
 *   left        高[标准联通]  扩[大数据]  大[数据局]  电子[商务部]                 the term's first units end a word
 *   name        某某[智慧家居]科技有限公司  北京[北斗]星通导航技术股份有限公司  某某[人工智能]集团
 *               工业和信息化部[信息通信]发展司  市[大数据]局     a topic inside a company's name or starting an office's
 *   department  某集团[科技部]  某大学继续[教育部]                                  an organisation's own department
 *   mainland    臺灣[農業部] (any Traditional-only unit nearby, no 原 before)       Taiwan's ministry, not the old mainland name
 *
 * Which rules a match gets depends only on its key and kind (`zhRulesFor`, once per automaton group);
 * agency forms that start with a national marker (国家, 中国, 中央, 国务院 …) are never local. Every rule
 * reads a bounded number of units, so a scan stays linear.
 */
import type { LeftWord, RightWord, ZhWords } from './zh-words';

/**
 * The word lists' units that every match may test, as bit flags over all 64K units (one lookup per test;
 * built once per ZhWords): LOCAL_UNITS, the last units of the local words and provinces (地方, 广东 …),
 * the first units of the name words and ends, the office owners, the ends of offices in a list, the
 * first units of the company ends, the function units.
 */
const LOCAL = 1;
const LOCAL_LAST = 2;
const NAME_FIRST = 4;
const OWNER = 8;
const LIST_END = 16;
const COMPANY_FIRST = 32;
const FUNCTION = 64;

interface Units {
  flags: Uint8Array;
  /** Local words and provinces. */
  localWords: string[];
}

/** The rules a match of one key is checked against (see the header). */
export interface ZhRules {
  words: ZhWords;
  units: Units;
  local: boolean;
  department: boolean;
  name: boolean;
  mainland: boolean;
  left: readonly LeftWord[];
  right: readonly RightWord[];
}

const WEI = '委'.charCodeAt(0);
const OPEN = 0x28; // `(` and `)`, and full-width （） folded
const CLOSE = 0x29;

const isCjk = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** `word` ends right before `at`. */
const endsAt = (text: string, word: string, at: number): boolean =>
  at >= word.length && text.startsWith(word, at - word.length);

/** The unit before `at` is one of `units` (there is none outside the text). */
function unitBefore(text: string, units: string | undefined, at: number): boolean {
  const c = text.charAt(at - 1);
  return c !== '' && units?.includes(c) === true;
}

const unitsOf = new WeakMap<ZhWords, Units>();

function unitsFor(w: ZhWords): Units {
  let u = unitsOf.get(w);
  if (u) return u;
  const flags = new Uint8Array(0x10000);
  const mark = (list: Iterable<string>, flag: number, last = false): void => {
    for (const s of list) {
      const c = s.charCodeAt(last ? s.length - 1 : 0);
      flags[c] = (flags[c] ?? 0) | flag;
    }
  };
  const localWords = [...w.localWords, ...w.provinces];
  mark(w.localUnits, LOCAL);
  mark(localWords, LOCAL_LAST, true);
  mark([...w.nameWords, ...w.nameEnds.map((e) => e.end)], NAME_FIRST);
  mark(w.officeOwners, OWNER);
  mark(w.officeListEnds, LIST_END);
  mark(w.companyEnds, COMPANY_FIRST);
  mark(w.functionUnits, FUNCTION);
  u = { flags, localWords };
  unitsOf.set(w, u);
  return u;
}

/** The flags of the unit at `at` (none outside the text). */
const flagsAt = (u: Units, text: string, at: number): number => u.flags[text.charCodeAt(at) & 0xffff] ?? 0;

/** The rules for matches of `key` (folded, canonical) meaning a `kind`; null when none applies. */
export function zhRulesFor(words: ZhWords, kind: string, key: string): ZhRules | null {
  if (![...key].some((c) => isCjk(c.charCodeAt(0)))) return null;
  const agency = kind === 'agency';
  const national = words.national.some((m) => key.startsWith(m));
  const rules: ZhRules = {
    words,
    units: unitsFor(words),
    local: agency && !national,
    department: agency && !national && key.endsWith('部'),
    name: kind === 'topic',
    mainland: agency && words.mainlandOnly.includes(key),
    left: words.left.filter((w) => key.startsWith(w.head)),
    right: words.right.filter((w) => key.endsWith(w.tail) && !(national && w.national === false)),
  };
  return rules.local || rules.name || rules.mainland || rules.left.length + rules.right.length > 0
    ? rules
    : null;
}

/**
 * A local prefix ends right before `start`: 省 / 市 / 各 / …地 / …级 / …府 (one unit), a Party committee of
 * one (省委, 市委), 地方 / 基层, or a province named bare (广东, 内蒙古).
 */
export function afterLocalPrefix(words: ZhWords, folded: string, start: number): boolean {
  return localBefore(unitsFor(words), folded, start);
}

function localBefore(u: Units, folded: string, start: number): boolean {
  const before = flagsAt(u, folded, start - 1);
  if (before & LOCAL) return true;
  if (folded.charCodeAt(start - 1) === WEI) return (flagsAt(u, folded, start - 2) & LOCAL) !== 0;
  return (before & LOCAL_LAST) !== 0 && u.localWords.some((w) => endsAt(folded, w, start));
}

/**
 * The term starts an office's name: right after the body's (工业和信息化部[信息通信]发展司), after another
 * office of a list (…发展司、[消费品]工业司), or after a local prefix (市[大数据]局).
 */
function startsOfficeName(u: Units, folded: string, start: number): boolean {
  const before = flagsAt(u, folded, start - 1);
  if (before & OWNER) return true;
  if (folded.charAt(start - 1) === '、' && flagsAt(u, folded, start - 2) & LIST_END) return true;
  return localBefore(u, folded, start);
}

/**
 * 某某[智慧家居]科技有限公司, 海尔[智能家居]（青岛）有限公司: a company's legal end within maxCompanyGap units of
 * CJK text (parentheses allowed) that hold no function word (zh-words.ts, COMPANY_ENDS).
 */
function inCompanyName(w: ZhWords, u: Units, folded: string, end: number): boolean {
  const limit = Math.min(folded.length, end + w.maxCompanyGap + 1);
  for (let p = end; p < limit; p++) {
    const c = folded.charCodeAt(p);
    const flags = u.flags[c] ?? 0;
    if (flags & COMPANY_FIRST && startsOne(w.companyEnds, folded, p)) return true;
    if (c === OPEN || c === CLOSE) continue;
    if (!isCjk(c) || flags & FUNCTION) return false;
  }
  return false;
}

/**
 * 某某[人工智能]集团, 工业和信息化部[信息通信]发展司, 市[大数据]局: after the term, up to maxNameWords name
 * words, then the end of a name that the next unit does not turn into another word (处于, 局面); an
 * office's end only where the term starts the office's name (zh-words.ts, NAME_ENDS).
 */
function beginsName(w: ZhWords, u: Units, folded: string, start: number, end: number): boolean {
  let p = end;
  for (let count = 0; flagsAt(u, folded, p) & NAME_FIRST; count++) {
    const last = w.nameEnds.find((e) => folded.startsWith(e.end, p));
    if (last && !unitBefore(folded, last.unless, p + last.end.length + 1)) {
      return !last.office || startsOfficeName(u, folded, start);
    }
    const word = count < w.maxNameWords ? w.nameWords.find((x) => folded.startsWith(x, p)) : undefined;
    if (!word) return false;
    p += word.length;
  }
  return false;
}

/** Any Traditional-only unit (one that folding changes) within `window` units of the match. */
function traditionalAround(
  window: number,
  folded: string,
  text: string,
  start: number,
  end: number,
): boolean {
  for (let i = Math.max(0, start - window); i < Math.min(text.length, end + window); i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c) && c !== folded.charCodeAt(i)) return true;
  }
  return false;
}

/** [农业农村部]门: from the term's last unit on, the text starts one of the words and none of the exceptions. */
function startsWordAfter(right: readonly RightWord[], folded: string, end: number): boolean {
  for (const r of right) {
    if (startsOne(r.words, folded, end - 1) && !startsOne(r.unless, folded, end - 1)) return true;
  }
  return false;
}

function startsOne(list: readonly string[] | undefined, folded: string, at: number): boolean {
  if (list) for (const x of list) if (folded.startsWith(x, at)) return true;
  return false;
}

/** 高[标准联通]: a unit that takes the term's head ends right before it, and nothing takes that unit. */
function endsWordBefore(left: readonly LeftWord[], folded: string, start: number): boolean {
  return left.some((l) =>
    l.before.some((b) => endsAt(folded, b, start) && !unitBefore(folded, l.unless, start - b.length)),
  );
}

/** True when the match text[start, end) is no mention by one of its Chinese rules. */
export function zhRejects(rules: ZhRules, folded: string, text: string, start: number, end: number): boolean {
  const w = rules.words;
  if (rules.right.length > 0 && startsWordAfter(rules.right, folded, end)) return true;
  if (rules.left.length > 0 && endsWordBefore(rules.left, folded, start)) return true;
  if (rules.local && localBefore(rules.units, folded, start)) return true;
  if (rules.department && w.organisations.some((o) => endsAt(folded, o, start))) return true;
  if (
    rules.name &&
    (beginsName(w, rules.units, folded, start, end) || inCompanyName(w, rules.units, folded, end))
  ) {
    return true;
  }
  return (
    rules.mainland &&
    !unitBefore(folded, w.former, start) &&
    traditionalAround(w.scriptWindow, folded, text, start, end)
  );
}
