/**
 * Chinese document numbers (发文字号, GB/T 9704-2012 §7.2.4 "发文字号由发文机关代字、年份、发文顺序号组成"):
 * organ abbreviation + 〔year〕 + sequence number + 号, e.g. 国办发〔2024〕12号, 工信部科〔2023〕1号.
 *
 * Pages write the year brackets many ways (〔〕 is the standard's; [ ] 【】 ［］ ( ) （） ﹝﹞ 〖〗 are common
 * on the web): the value returned always uses 〔〕 and ASCII digits, and keeps the organ and 号/號 as
 * written (a Traditional page's 國辦發〔2024〕12號 stays Traditional: a citation quotes its source).
 *
 * Deliberately not document numbers:
 * - announcement numbers `2024年第12号公告` / `公告2024年第12号` (公告号, no bracketed year: a different
 *   series; an info table's 发文字号 cell still carries them verbatim),
 * - ordinals `第12号`, and building or line numbers `〔2024〕3号楼`,
 * - years outside 1950–2099 (dates and amounts in brackets rarely fit the rest of the shape anyway).
 *
 * Matching runs over `fold(text)` (same length, so offsets hold) with one regex whose only repetition
 * is a bounded `{1,12}` run of ideographs: linear in the input, no catastrophic backtracking.
 */
import { fold } from '../text/fold';

export interface DocNumberMatch {
  /** Normalized: organ as written + 〔year〕 + number + 号/號 as written. */
  value: string;
  /** UTF-16 offsets of the matched span in the input text. */
  start: number;
  end: number;
}

// Over folded text: ［ → [ and （ → ( already, 號 → 号, full-width digits → ASCII, U+3000 → space.
const OPEN = '〔\\[【(﹝〖';
const CLOSE = '〕\\]】)﹞〗';
const SHAPE =
  `([\\u3400-\\u4dbf\\u4e00-\\u9fff]{1,12})[${OPEN}] ?((?:19[5-9]|20\\d)\\d) ?[${CLOSE}] ?(第?) ?(\\d{1,5}) ?号` +
  // Not a building, metro line, courtyard, gate or room: 〔2024〕3号楼.
  '(?![楼线院门房])';

/** The whole-span shape (anchored), for tests and callers that validate a span. */
export const DOC_NUMBER_SHAPE = new RegExp(`^${SHAPE}$`);

/**
 * Characters that never sit inside an organ abbreviation but often stand right before one in prose
 * ("根据国办发〔…〕", "的通知国办发〔…〕"): the organ starts after the last of them.
 */
const STOP_CHARS = new Set('的了和与及或在是对将把被从向等即按据照见并也已为以由因于号');
/**
 * Words that lead into a citation ("现印发国办发〔…〕", "按照工信部科〔…〕要求"): the organ starts after the
 * last of them, as long as something is left.
 */
const LEAD_WORDS =
  '印发 转发 关于 根据 依据 按照 参照 依照 遵照 对照 落实 贯彻 执行 详见 参见 通知 文件 规定 要求 精神'.split(
    ' ',
  );

function organStart(folded: string, start: number, end: number): number {
  let s = start;
  for (let i = end - 1; i >= start; i--) {
    if (STOP_CHARS.has(folded[i] as string)) {
      s = i + 1;
      break;
    }
  }
  const run = folded.slice(s, end);
  let cut = 0;
  for (const w of LEAD_WORDS) {
    const at = run.lastIndexOf(w, run.length - w.length - 1);
    if (at >= 0 && at + w.length > cut) cut = at + w.length;
  }
  return s + cut;
}

/** Every document number in `text`, in order. */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const folded = fold(text);
  const out: DocNumberMatch[] = [];
  for (const m of folded.matchAll(new RegExp(SHAPE, 'g'))) {
    const [whole, organ = '', year, ordinal, num] = m;
    const runStart = m.index;
    const start = organStart(folded, runStart, runStart + organ.length);
    // "…的〔2024〕1号": the run ends with a stop character, so there is no organ.
    if (start >= runStart + organ.length) continue;
    const end = runStart + whole.length;
    out.push({
      value: `${text.slice(start, runStart + organ.length)}〔${year}〕${ordinal}${num}${text[end - 1]}`,
      start,
      end,
    });
  }
  return out;
}

/** The first document number in `text`, normalized (国标委发[2024]5号 → 国标委发〔2024〕5号). */
export function findDocNumber(text: string): string | undefined {
  return findDocNumbers(text)[0]?.value;
}
