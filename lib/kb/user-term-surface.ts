/**
 * Whether a string can be a user term's surface at all — length, letters, characters, generic words —
 * judged on the string alone. The options page's add (user-term-validate.ts) and a backup's
 * `userTerms` row (lib/settings/user-terms-schema.ts) both apply it, so a restore cannot bring in what
 * the form would refuse.
 */
import { fold } from '../text/fold';
import { USER_TERM_LIMITS, normalizeSurface } from './user-terms';

export type SurfaceProblemCode =
  | 'empty'
  | 'too-long'
  /** A single Chinese character, or fewer than two Latin letters: it would mark words everywhere. */
  | 'too-short'
  /** Only digits, spaces and punctuation. */
  | 'no-letters'
  | 'bad-chars'
  /** A word so common in policy text that it would mark nearly every line (标准, data). */
  | 'generic';

export interface SurfaceProblem {
  code: SurfaceProblemCode;
  /** The surface as normalized (trimmed, whitespace runs as one space). */
  surface: string;
  /** For `bad-chars`: the refused characters, each once (at most 5). */
  chars?: string;
}

const isHan = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Latin-1 and Latin Extended-A/B letters (é, ü, ł …), × and ÷ excepted. */
const isOtherLatin = (c: number) => (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 0xdf;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/**
 * Punctuation a term may carry: joiners of names and codes (`-`, `·`, `/`, `&`, `+`, `.`), apostrophes,
 * brackets and the quotes terms like 企业标准“领跑者” are written with. Anything else (`<`, emoji,
 * control characters) is refused rather than guessed at.
 */
const PUNCTUATION = new Set([...' -·・/&+.\'’()（）《》“”"_#–—'].map((ch) => ch.charCodeAt(0)));

/**
 * Words that would light up every policy page. The shipped glossary keeps them out on purpose
 * (tests/unit/topics-data.test.ts); a user term may not bring them back. Compared after `fold`.
 */
const GENERIC_WORDS = [
  '标准',
  '标准化',
  '建设',
  '数据',
  '发展',
  '安全',
  '管理',
  '服务',
  '技术',
  '创新',
  '质量',
  '企业',
  '产品',
  '国家',
  '工作',
  '部门',
  '政府',
  '中国',
  '全国',
  '我国',
  '我们',
  '进行',
  '推进',
  '推动',
  '加强',
  '加快',
  '完善',
  '提升',
  '有关',
  '相关',
  '实施',
  '体系',
  '要求',
  '领域',
  '行业',
  '地方',
  '计划',
  '行动',
  '重点',
  'standard',
  'standards',
  'data',
  'safety',
  'service',
  'quality',
  'the',
  'and',
  'for',
  'of',
  'to',
  'in',
  'on',
  'by',
  'with',
  'from',
  'this',
  'that',
  'national',
  'china',
];
/** Folded on first use, not at load (folding builds the fold table: lib/card/parties-en.ts says why). */
let generic: Set<string> | undefined;
const isGeneric = (folded: string) => (generic ??= new Set(GENERIC_WORDS.map((w) => fold(w)))).has(folded);

/** The problem of one surface, or undefined when it may be a term (clashes are checked elsewhere). */
export function surfaceProblem(raw: string): SurfaceProblem | undefined {
  const surface = normalizeSurface(typeof raw === 'string' ? raw : '');
  if (surface === '') return { code: 'empty', surface };
  if (surface.length > USER_TERM_LIMITS.maxLength) return { code: 'too-long', surface };
  // Full-width letters and digits are read as ASCII (the matcher folds them the same way).
  const folded = fold(surface);
  let han = 0;
  let letters = 0;
  let digits = 0;
  const bad = new Set<string>();
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (isHan(c)) han++;
    else if (isAsciiLetter(c) || isOtherLatin(c)) letters++;
    else if (isDigit(c)) digits++;
    else if (!PUNCTUATION.has(c) && !PUNCTUATION.has(surface.charCodeAt(i))) {
      // A lone surrogate half is refused with its pair: report the whole character.
      const ch = String.fromCodePoint(surface.codePointAt(i) ?? c);
      if (bad.size < 5) bad.add(ch);
      if (ch.length === 2) i++;
    }
  }
  if (han === 0 && letters === 0) return { code: 'no-letters', surface };
  if (bad.size > 0) return { code: 'bad-chars', surface, chars: [...bad].join('') };
  // Chinese: at least two characters that mean something (a lone 网 or 电 is refused); Latin: two letters.
  if (han > 0 ? han + letters + digits < 2 : letters < 2) return { code: 'too-short', surface };
  if (isGeneric(folded.toLowerCase())) return { code: 'generic', surface };
  return undefined;
}
