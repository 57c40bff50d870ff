import { readPartyList, splitAt, splitGeneric } from './party-list';
import { foldForParse } from './to-hans';

/**
 * Reads the content of one duty bracket:
 *   国家发展改革委、…、市场监管总局(国家标准委)、国家数据局牵头，各有关部门和地方人民政府有关主管部门
 *   按职责分工负责。以下均需地方人民政府有关主管部门负责，不再列出
 * Clauses split on 。; a clause naming parties is split on ， into parts that each end in a role word
 * (牵头 → lead; 按职责分工负责 / 负责 / 参与 / 配合 → partner; none → partner, the usual reading of a bare
 * list of responsible units). Clauses that assign nothing (以下均需……，不再列出) are the note. Each list of
 * parties is read by party-list.ts (names apart from generic tails such as 等部门和地方人民政府).
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
      readPartyList(content.slice(ps, listEnd), { names: target, others: duty.others });
    }
  }
  duty.note = notes.join('。');
  if (!duty.leads.length && !duty.partners.length && !duty.others.length && !duty.note) {
    return 'agency names such as 工业和信息化部牵头 inside the duty bracket';
  }
  return duty;
}
