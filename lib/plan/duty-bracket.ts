import { foldForParse, normalizeName } from './to-hans';

/**
 * Reads the content of one duty bracket:
 *   国家发展改革委、…、市场监管总局(国家标准委)、国家数据局牵头，各有关部门和地方人民政府有关主管部门
 *   按职责分工负责。以下均需地方人民政府有关主管部门负责，不再列出
 * Clauses split on 。; a clause naming parties is split on ， into parts that each end in a role word
 * (牵头 → lead; 按职责分工负责 / 负责 / 参与 / 配合 → partner; none → partner, the usual reading of a bare
 * list of responsible units). Clauses that assign nothing (以下均需……，不再列出) are the note.
 */
export interface RawDuty {
  /** Simplified names, `市场监管总局(国家标准委)` already split in two. */
  leads: string[];
  partners: string[];
  /** Generic parties as written. */
  others: string[];
  note: string;
  /**
   * The role word after the partner list as written, Simplified: 按职责分工负责, 分工负责, 负责, 参与, 配合,
   * 协助; '' for a bare list. The card labels the partners with what the plan says (配合 is not 负责).
   */
  partnerWord: string;
  /** Parties a standing note names (以下均需X负责 → X), generic or not, as written. */
  standingParties: string[];
}

const ROLE_RE = /^(.*?)(牵头|按职责分工负责|分工负责|负责|参与|配合|协助)$/;
const NOTE_RE = /^以下|不再列出|不再重复/;
const STANDING_RE = /以下均?需?由?(.+?)负责/;

export function readDutyBracket(content: string): RawDuty | string {
  const folded = foldForParse(content);
  const duty: RawDuty = {
    leads: [],
    partners: [],
    others: [],
    note: '',
    partnerWord: '',
    standingParties: [],
  };
  const notes: string[] = [];
  const readNote = (start: number, end: number) => {
    notes.push(content.slice(start, end).trim());
    const clause = folded.slice(start, end);
    // Only when a 负责 follows the first 以下 can the pattern match, and then it matches from there:
    // without this check a clause of many 以下 and no 负责 costs quadratic time (hostile imports).
    const from = clause.indexOf('以下');
    const standing = from >= 0 && clause.includes('负责', from + 3) ? STANDING_RE.exec(clause) : null;
    if (standing) {
      const s = start + standing.index + standing[0].indexOf(standing[1]!);
      duty.standingParties.push(...splitGeneric(content.slice(s, s + standing[1]!.length)));
    }
  };
  for (const [start, end] of splitAt(folded, 0, folded.length, /[。;]/)) {
    for (const [ps, pe] of splitAt(folded, start, end, /,/)) {
      const part = folded.slice(ps, pe).trim();
      // The note runs to the end of its clause: 以下均需……负责，不再列出 (with or without a 。 before it).
      if (NOTE_RE.test(part)) {
        readNote(ps, end);
        break;
      }
      const role = ROLE_RE.exec(part);
      const lead = folded.slice(ps, pe).length - folded.slice(ps, pe).trimStart().length;
      const listEnd = ps + lead + (role ? role[1]!.length : part.length);
      const target = role?.[2] === '牵头' ? duty.leads : duty.partners;
      if (role?.[2] !== '牵头' && part) duty.partnerWord = role?.[2] ?? '';
      readNames(content.slice(ps, listEnd), target, duty.others);
    }
  }
  duty.note = notes.join('。');
  if (!duty.leads.length && !duty.partners.length && !duty.others.length && !duty.note) {
    return 'agency names such as 工业和信息化部牵头 inside the duty bracket';
  }
  return duty;
}

/** True for parties that are not one body: 各有关部门和单位, 地方人民政府有关主管部门, 各地区 … */
export function isGenericParty(name: string): boolean {
  const n = foldForParse(name);
  return genericPrefixAt(n, 0) > 0 || GENERIC_WORDS.some((word) => n.includes(word));
}

function readNames(list: string, names: string[], others: string[]): void {
  // 中国工程院等 / 中国残联等部门: the 等 closes the list, it names nobody.
  const whole = list.trim();
  const suffix = /等(部门|单位|机构)?$/.exec(foldForParse(whole));
  const trimmed = suffix ? whole.slice(0, suffix.index) : whole;
  const folded = foldForParse(trimmed);
  for (const [s, e] of splitAt(folded, 0, folded.length, /、/)) {
    const raw = trimmed.slice(s, e).trim();
    if (!raw) continue;
    if (isGenericParty(raw)) {
      others.push(...splitGeneric(raw));
      continue;
    }
    // 市场监管总局(国家标准委): two bodies acting as one (SAMR hosts SAC).
    // Tested only for a name that ends in ), where the pattern succeeds at its first ( (linear).
    const paren = /[)）]$/.test(raw) ? /^(.+?)[(（](.+)[)）]$/.exec(raw) : null;
    for (const name of paren ? [paren[1]!, paren[2]!] : [raw]) names.push(normalizeName(name));
  }
}

/** 各有关部门和地方人民政府有关主管部门 is two generic parties; 各有关部门和单位 is one. */
function splitGeneric(text: string): string[] {
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

const GENERIC_PREFIXES = ['各', '有关', '相关', '地方', '省级', '市级', '县级', '市县'];
const GENERIC_WORDS = ['有关', '相关', '各级', '人民政府'];

/** The length of the generic prefix (各, 有关 …) that `folded` has at `at`, or 0. */
function genericPrefixAt(folded: string, at: number): number {
  return GENERIC_PREFIXES.find((p) => folded.startsWith(p, at))?.length ?? 0;
}

/** Ranges of `folded[from, to)` between separators that sit outside parentheses. */
function splitAt(folded: string, from: number, to: number, sep: RegExp): [number, number][] {
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
