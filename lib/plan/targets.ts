import type { Sentence, Target, TargetBound } from './types';

/**
 * Quantitative goals in an item's text: a number with a counting unit, and the words that bound it —
 * 达到50%以上, 试点50个, 700项, 缩短至18个月以内, 不少于50个.
 *
 * Not targets: years (2025年 — 年 counts only with a bound, as in 3年以内), numbers inside Latin
 * designations (6G, IPv6, WP29, ISO 14067), and Chinese numerals (两年, 一批), which the plan uses for
 * wording rather than goals.
 */
const PREFIXES: Record<string, TargetBound> = {
  不少于: 'at-least',
  不低于: 'at-least',
  至少: 'at-least',
  超过: 'at-least',
  不超过: 'at-most',
  不高于: 'at-most',
  不多于: 'at-most',
};
const SUFFIXES: Record<string, TargetBound> = {
  及以上: 'at-least',
  以上: 'at-least',
  以内: 'at-most',
  之内: 'at-most',
  以下: 'at-most',
};
// Longest first within the alternation: 个月 before 个, 万人 before 万, 亿元 before 亿.
const UNITS = [
  '%',
  '个月',
  '个',
  '项',
  '家',
  '座',
  '所',
  '处',
  '套',
  '名',
  '人次',
  '万人',
  '人',
  '万元',
  '亿元',
  '万',
  '亿',
  '倍',
  '天',
  '小时',
  '周',
  '年',
];

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

// `(?<!\d)`: a number starts where its digits start. Without it every position inside a long digit run
// is tried again (quadratic on a hostile import); those matches were discarded as codes anyway.
const TARGET_RE = new RegExp(
  `(${alternation(Object.keys(PREFIXES))})?(?<!\\d)(\\d+(?:\\.\\d+)?)(${alternation(UNITS)})(${alternation(Object.keys(SUFFIXES))})?`,
  'g',
);

/**
 * Finds the targets of item `item` in `text` (its prose). `folded` is `foldForParse(text)` — units and
 * bound words are matched there (個 → 个, ％ → %), `text` and `unit` are sliced from the original.
 */
export function findTargets(text: string, folded: string, item: number, sentences: Sentence[]): Target[] {
  const targets: Target[] = [];
  // Matches come in text order, so the sentence holding each is found by walking forward once (a
  // search per target would be quadratic on a hostile import full of targets and sentences).
  let k = 0;
  const sentenceOf = (start: number): number => {
    while (k < sentences.length && sentences[k]!.end <= start) k++;
    return k < sentences.length && start >= sentences[k]!.start ? k : 0;
  };
  for (const m of folded.matchAll(TARGET_RE)) {
    const [whole, prefix, digits, unit, suffix] = m;
    const numberStart = m.index + (prefix?.length ?? 0);
    // A digit run glued to Latin letters, digits or designation punctuation is a code, not a count.
    if (numberStart > 0 && /[A-Za-z0-9./\-_:]/.test(folded[numberStart - 1]!)) continue;
    const value = Number(digits);
    if (unit === '年' && (!(prefix || suffix) || value >= 1000)) continue;
    const bound: TargetBound = (prefix && PREFIXES[prefix]) || (suffix && SUFFIXES[suffix]) || 'exact';
    const start = m.index;
    const end = start + whole.length;
    const unitStart = numberStart + digits!.length;
    targets.push({
      text: text.slice(start, end),
      value,
      unit: text.slice(unitStart, unitStart + unit!.length),
      bound,
      item,
      start,
      end,
      sentence: sentenceOf(start),
    });
  }
  return targets;
}
