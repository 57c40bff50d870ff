/**
 * Why an import cannot be stored, in the reader's language: refusals (lib/plan/import/refusal.ts) and
 * the parser's first error, which names its line and what it expected there. The parser words
 * `expected` in English with Chinese examples (the CLI contract's messages); the patterns below give it
 * in Chinese too, and an unknown pattern falls back to the parser's own words.
 */
import type { CardLang } from '../../lib/card/types';
import type { PlanImportRefusal } from '../../lib/plan/import';
import type { PlanParseError } from '../../lib/plan/types';
import type { PlanImportStrings } from './import-strings';

/** Why nothing was stored: kept as data so it is worded in whatever language is shown. */
export type ImportProblem =
  | { kind: 'refused'; refusal: PlanImportRefusal }
  | { kind: 'unreadable'; error: PlanParseError }
  /** The background answered an error (or none): its message, as it came. */
  | { kind: 'failed'; message: string };

export function problemText(s: PlanImportStrings, problem: ImportProblem): string {
  switch (problem.kind) {
    case 'refused':
      return refusalText(s.lang, problem.refusal);
    case 'unreadable':
      return parseErrorText(s.lang, problem.error);
    case 'failed':
      return s.failed(problem.message);
  }
}

type Zh = [hans: string, hant: string];

/** English `expected` → Simplified, Traditional; `$1` is the pattern's first group. */
const EXPECTED: [RegExp, Zh][] = [
  [/^a title after (.+)$/, ['“$1”之后的标题', '「$1」之後的標題']],
  [
    /^an item heading like \(一\) or a section heading like 一、$/,
    ['条目标题（如“(一)”）或部分标题（如“一、”）', '條目標題（如「(一)」）或部分標題（如「一、」）'],
  ],
  [
    /^a section heading like 一、 or an item heading like \(一\)$/,
    ['部分标题（如“一、”）或条目标题（如“(一)”）', '部分標題（如「一、」）或條目標題（如「(一)」）'],
  ],
  [
    /^items under the section/,
    [
      '这一部分下的条目：“(一)标题”行，或在同一行写“一、标题。正文”',
      '這一部分下的條目：「(一)標題」行，或在同一行寫「一、標題。正文」',
    ],
  ],
  [/document is empty$/, ['规划正文，但文件是空的', '規劃正文，但文件是空的']],
  [/^the text of item (.+?)( after its heading)?$/, ['条目 $1 的正文', '條目 $1 的正文']],
  [/^〕 closing the duty bracket 〔/, ['同一行内与“〔”配对的“〕”', '同一行內與「〔」配對的「〕」']],
  [/^〔 before the 〕/, ['“〕”之前的“〔”', '「〕」之前的「〔」']],
  [
    /^plan text before the duty bracket of item (.+)$/,
    ['条目 $1 职责括号之前的正文', '條目 $1 職責括號之前的正文'],
  ],
  [
    /^agency names such as/,
    ['职责括号内的部门名称，如“工业和信息化部牵头”', '職責括號內的部門名稱，如「工業和信息化部牽頭」'],
  ],
  [
    /^at most (\d+) standing notes/,
    ['一个规划至多 $1 处“以下均需……负责”', '一個規劃至多 $1 處「以下均需……負責」'],
  ],
  [/^plan text$/, ['规划文本', '規劃文本']],
];

function expectedIn(lang: CardLang, expected: string): string {
  if (lang === 'en') return expected;
  for (const [pattern, zh] of EXPECTED) {
    const m = pattern.exec(expected);
    if (m) return zh[lang === 'zh-Hant' ? 1 : 0].replace('$1', m[1] ?? '');
  }
  return expected;
}

/** `line 4: expected …, found “…”` → the part in quotes. */
function foundOf(error: PlanParseError): string {
  return /, found “(.*)”$/s.exec(error.message)?.[1] ?? '';
}

export function parseErrorText(lang: CardLang, error: PlanParseError): string {
  const expected = expectedIn(lang, error.expected);
  const found = foundOf(error);
  switch (lang) {
    case 'en':
      return `Line ${error.line} cannot be read: expected ${expected}${found ? `, found “${found}”` : ''}.`;
    case 'zh-Hant':
      return `第 ${error.line} 行無法讀取：此處應為${expected}${found ? `，實為「${found}」` : ''}。`;
    default:
      return `第 ${error.line} 行无法读取：此处应为${expected}${found ? `，实为“${found}”` : ''}。`;
  }
}

const n = (value = 0) => value.toLocaleString('en');

export function refusalText(lang: CardLang, r: PlanImportRefusal): string {
  const hant = lang === 'zh-Hant';
  const zh = (hans: string, trad: string) => (hant ? trad : hans);
  const size = r.unit === 'bytes' ? `${(r.limit ?? 0) / 1024 / 1024} MB` : n(r.limit);
  if (lang === 'en') {
    const at = r.line ? ` (line ${r.line})` : '';
    return {
      empty: 'The text is empty.',
      'too-large':
        r.unit === 'bytes'
          ? `The file is larger than ${size} and was not read.`
          : `The text has ${n(r.count)} characters; at most ${size} can be imported.`,
      binary: `This is not a text file${at}: it holds binary data.`,
      'not-text': 'The file is neither UTF-8 nor GB18030 text.',
      'too-many-lines': `The text has more than ${n(r.limit)} lines.`,
      'too-many-brackets': `More than ${n(r.limit)} duty brackets${at}: this is not a plan that can be imported.`,
      'too-many-items': `More than ${n(r.limit)} items${at}: this is not a plan that can be imported.`,
      'too-many-unknown-agencies': `${n(r.count)} agency names are not recognized; at most ${n(r.limit)} can be kept.`,
    }[r.code];
  }
  const at = r.line ? zh(`（第 ${r.line} 行）`, `（第 ${r.line} 行）`) : '';
  return {
    empty: zh('文本是空的。', '文字是空的。'),
    'too-large':
      r.unit === 'bytes'
        ? zh(`文件超过 ${size}，未读取。`, `檔案超過 ${size}，未讀取。`)
        : zh(
            `文本有 ${n(r.count)} 个字符，至多可导入 ${size} 个。`,
            `文字有 ${n(r.count)} 個字元，至多可匯入 ${size} 個。`,
          ),
    binary: zh(`这不是文本文件${at}：含有二进制数据。`, `這不是文字檔${at}：含有二進位資料。`),
    'not-text': zh(
      '文件既不是 UTF-8 也不是 GB18030 编码的文本。',
      '檔案既不是 UTF-8 也不是 GB18030 編碼的文字。',
    ),
    'too-many-lines': zh(`文本超过 ${n(r.limit)} 行。`, `文字超過 ${n(r.limit)} 行。`),
    'too-many-brackets': zh(
      `职责括号超过 ${n(r.limit)} 个${at}，不是可导入的规划。`,
      `職責括號超過 ${n(r.limit)} 個${at}，不是可匯入的規劃。`,
    ),
    'too-many-items': zh(
      `条目超过 ${n(r.limit)} 个${at}，不是可导入的规划。`,
      `條目超過 ${n(r.limit)} 個${at}，不是可匯入的規劃。`,
    ),
    'too-many-unknown-agencies': zh(
      `有 ${n(r.count)} 个未识别的部门名称，至多可保留 ${n(r.limit)} 个。`,
      `有 ${n(r.count)} 個未識別的部門名稱，至多可保留 ${n(r.limit)} 個。`,
    ),
  }[r.code];
}
