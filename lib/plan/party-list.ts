import { foldForParse, normalizeName } from './to-hans';

/**
 * One list of parties in a duty bracket, before its role word, → agency names and generic parties:
 *
 *   国家发展改革委、科技部、农业农村部等部门和地方人民政府   → names …、科技部、农业农村部; others 地方人民政府
 *   市场监管总局（标准委）、民政部、有关行业协会           → names 市场监管总局、标准委、民政部; others 有关行业协会
 *   各有关部门和地方人民政府有关主管部门                 → others 各有关部门、地方人民政府有关主管部门
 *
 * The list splits on 、; a part then splits where a name ends and generic parties begin (issue 13: the
 * tail of `农业农村部等部门和地方人民政府` is not part of the ministry): after a closing 等 / 等部门 /
 * 等单位 … that a connective (和, 及, 以及, 与) or the end of the part follows, and at a connective
 * followed by a generic party (和地方人民政府, 及有关行业协会). A 和 inside a name — 工业和信息化部,
 * 文化和旅游部 — is followed by no generic party and stays. A part that starts generic stays whole
 * (各有关部门和单位 is one party), split only where two generic parties are joined.
 */
export interface PartyList {
  /** Simplified, `市场监管总局(国家标准委)` already split in two. */
  names: string[];
  /** As written. */
  others: string[];
}

export function readPartyList(list: string, into: PartyList = { names: [], others: [] }): PartyList {
  // 中国工程院等 / 中国残联等部门: the 等 closes the list, it names nobody.
  const whole = list.trim();
  const suffix = /等(部门|单位|机构)?$/.exec(foldForParse(whole));
  const trimmed = suffix ? whole.slice(0, suffix.index) : whole;
  const folded = foldForParse(trimmed);
  for (const [s, e] of splitAt(folded, 0, folded.length, /、/)) {
    readPart(trimmed.slice(s, e), folded.slice(s, e), into);
  }
  return into;
}

/** True for parties that are not one body: 各有关部门和单位, 地方人民政府有关主管部门, 有关行业协会 … */
export function isGenericParty(name: string): boolean {
  const n = foldForParse(name);
  return genericPrefixAt(n, 0) > 0 || GENERIC_WORDS.some((word) => n.includes(word));
}

/** Generic parties start so (各有关部门, 地方人民政府, 有关行业协会, 其他相关单位, 行业协会 …). */
const GENERIC_PREFIXES = [
  '各',
  '有关',
  '相关',
  '地方',
  '省级',
  '市级',
  '县级',
  '市县',
  '其他',
  '行业协会',
  '行业组织',
  '社会组织',
  '社会团体',
  '企业',
  '高校',
  '高等院校',
  '科研院所',
  '科研机构',
  '金融机构',
  '学会',
  '协会',
  '商会',
  '联盟',
  '标准化技术',
  '专业标准化',
];
/** …and these make a party generic wherever they stand (国务院有关部门, 省级人民政府). */
const GENERIC_WORDS = ['有关', '相关', '各级', '人民政府'];

/** What may follow a closing 等 before the part ends or a connective: 等部门, 等有关部门, 等单位 … */
const AFTER_DENG = ['有关部门和单位', '部门和单位', '有关部门', '有关单位', '部门', '单位', '机构', ''];

/** The length of the generic prefix (各, 有关 …) that `folded` has at `at`, or 0. */
function genericPrefixAt(folded: string, at: number): number {
  return GENERIC_PREFIXES.find((p) => folded.startsWith(p, at))?.length ?? 0;
}

/** The length of a connective (和, 及, 以及, 与) at `at`, or 0. */
function connectiveAt(folded: string, at: number): number {
  if (folded.startsWith('以及', at)) return 2;
  const ch = folded[at];
  return ch === '和' || ch === '及' || ch === '与' ? 1 : 0;
}

/**
 * Where the name at the start of `folded[from…]` ends and what follows it begins, or undefined when
 * the rest is one name. One forward scan; each candidate is decided by a bounded look-ahead, so a part
 * of many 等 or 和 stays linear.
 */
function nextCut(folded: string, from: number): { end: number; next: number } | undefined {
  for (let i = from + 1; i < folded.length; i++) {
    const ch = folded[i];
    if (ch === '等') {
      for (const word of AFTER_DENG) {
        if (!folded.startsWith(word, i + 1)) continue;
        const after = skipBlanks(folded, i + 1 + word.length);
        if (after === folded.length) return { end: i, next: after };
        const link = connectiveAt(folded, after);
        if (link) return { end: i, next: skipBlanks(folded, after + link) };
      }
      continue;
    }
    const link = connectiveAt(folded, i);
    if (link && genericPrefixAt(folded, skipBlanks(folded, i + link)) > 0) {
      return { end: i, next: skipBlanks(folded, i + link) };
    }
  }
  return undefined;
}

function skipBlanks(folded: string, at: number): number {
  while (at < folded.length && /\s/.test(folded[at]!)) at++;
  return at;
}

function readPart(raw: string, folded: string, into: PartyList): void {
  let start = skipBlanks(folded, 0);
  while (start < raw.length) {
    if (genericPrefixAt(folded, start) > 0) {
      into.others.push(...splitGeneric(raw.slice(start)));
      return;
    }
    const cut = nextCut(folded, start);
    const name = raw.slice(start, cut?.end ?? raw.length).trim();
    if (name) pushName(name, into);
    if (!cut) return;
    start = cut.next;
  }
}

function pushName(raw: string, into: PartyList): void {
  if (isGenericParty(raw)) {
    into.others.push(...splitGeneric(raw));
    return;
  }
  // 市场监管总局(国家标准委): two bodies acting as one (SAMR hosts SAC).
  // Tested only for a name that ends in ), where the pattern succeeds at its first ( (linear).
  const paren = /[)）]$/.test(raw) ? /^(.+?)[(（](.+)[)）]$/.exec(raw) : null;
  for (const name of paren ? [paren[1]!, paren[2]!] : [raw]) into.names.push(normalizeName(name));
}

/** 各有关部门和地方人民政府有关主管部门 is two generic parties; 各有关部门和单位 is one. */
export function splitGeneric(text: string): string[] {
  const raw = text.trim();
  const folded = foldForParse(raw);
  // The first 和 with a generic party on both sides. Testing isGenericParty on both halves at every 和
  // is quadratic in the number of 和 (a hostile import); what it reads is known in one pass: where
  // the first keyword ends, where the last one starts, and which prefix a part starts with.
  let firstKeywordEnd = Infinity;
  let lastKeywordStart = -1;
  for (const word of GENERIC_WORDS) {
    const first = folded.indexOf(word);
    if (first >= 0) firstKeywordEnd = Math.min(firstKeywordEnd, first + word.length);
    lastKeywordStart = Math.max(lastKeywordStart, folded.lastIndexOf(word));
  }
  const leftPrefix = genericPrefixAt(folded, 0);
  let right = 0;
  for (let i = folded.indexOf('和'); i > 0; i = folded.indexOf('和', i + 1)) {
    right = Math.max(right, i + 1);
    while (right < raw.length && /\s/.test(raw[right]!)) right++;
    if (right >= raw.length) break;
    const leftGeneric = (leftPrefix > 0 && leftPrefix <= i) || firstKeywordEnd <= i;
    const rightGeneric = genericPrefixAt(folded, right) > 0 || lastKeywordStart > i;
    if (leftGeneric && rightGeneric) return [raw.slice(0, i).trim(), raw.slice(i + 1).trim()];
  }
  return raw ? [raw] : [];
}

/** Ranges of `folded[from, to)` between separators that sit outside parentheses. */
export function splitAt(folded: string, from: number, to: number, sep: RegExp): [number, number][] {
  const ranges: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = folded[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && sep.test(ch)) {
      ranges.push([start, i]);
      start = i + 1;
    }
  }
  ranges.push([start, to]);
  return ranges;
}
