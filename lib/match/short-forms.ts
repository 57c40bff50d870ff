/**
 * Short forms a text defines for itself (DESIGN.md, "Text and matching"):
 *
 *   贯彻实施《国家标准化发展纲要》行动计划（以下简称《行动计划》）   碳达峰碳中和（以下简称“双碳”）
 *   《国家标准化发展纲要》(以下简称纲要)   工业和信息化部（简称：工信部）   ……，简称“双碳”
 *   the Action Plan (hereinafter referred to as "the Plan")
 *   National Data Administration (NDA)        an acronym in capitals (and its singular: FIEs, FIE)
 *
 * When the long form — the text just before the definition — ends with a mention of the first pass,
 * every occurrence of the short form from the definition on resolves to that mention's ids. Only one
 * that ends it exactly: in `印发《关于建立碳足迹管理体系的实施方案》（以下简称《实施方案》）` the short form
 * names the document, not the 碳足迹 inside its title, so it resolves to nothing; and a title in 《》
 * stands for a term only when the whole title is that term (`《国家标准化发展纲要》`). Pure: folded text
 * and first-pass mentions in, extra mentions out. Runs on folded text (（ → (, ： → :), reading the
 * original only for English case.
 *
 * Linear in the text (issue 13): every occurrence of every short form is found in one pass
 * (short-form-index.ts), overlaps with the first pass by bisection; a text's first MAX_SHORT_FORMS short
 * forms count, later definitions are ignored (16,000 definitions in one text took seconds before).
 */
import { isWordUnit } from '../text/char-class';
import { createKeyIndex } from './short-form-index';
import type { Mention } from './types';

/**
 * How many short forms a page may define (in one text, and carried across a page's blocks:
 * short-form-memory.ts). Real pages define a handful; the bound keeps a hostile page cheap.
 */
export const MAX_SHORT_FORMS = 200;

/**
 * Sentence ends (as written and folded). No short form holds one, and no dictionary term or standard
 * designation does either, so a long block can be scanned in slices cut after one (scan-blocks.ts)
 * without losing a mention at the cut.
 */
export const SENTENCE_ENDS = '。｡！？；!?;';

export interface ShortFormDefinition {
  /** The short form as written in the original text. */
  short: string;
  /** Where the short form itself stands inside the definition. */
  start: number;
  end: number;
  /** End of the long form (the definition's opening parenthesis, or the trigger word). */
  longEnd: number;
  /** A bare acronym in parentheses (`(NDA)`): it defines only after a name that it fits. */
  acronym?: true;
}

/** Chinese trigger words; the alternation is leftmost, so 以下简称 wins over the 简称 inside it. */
const CJK_TRIGGER = /以下简称|以下称|下称|简称/g;
/** `(hereinafter referred to as "the Plan")`, `(hereinafter the "Plan")`, `(the "Plan")`. */
const EN_DEFINITION =
  /\((\s*(?:hereinafter|hereafter)(?:\s+(?:referred\s+to\s+as|called|cited\s+as|as))?)?\s*(?:the\s+)?(?:([“"‘'])(?:the\s+)?([^“”"‘’'()\n]{1,40}?)[”"’']|([^“”"‘’'()\n,;]{1,40}?))\s*\)/g;
const CLOSING: Record<string, string> = {
  '“': '”',
  '"': '"',
  '「': '」',
  '『': '』',
  '《': '》',
  '‘': '’',
  "'": "'",
};
const MAX_SHORT = 20;
/** How far back a title's 《 is looked for. */
const MAX_TITLE = 120;
/** What may stand between a long form's last term and the definition: spaces, closing quotes, 》. */
const TRAILING = /[\s》”"’'」』]/;
/** What may open a title before its first term: spaces and opening quotes (《“双碳”》). */
const OPENING = /[\s“"‘'「『]/;

const SENTENCE_END = new RegExp(`[${SENTENCE_ENDS}]`);
const hasSentenceEnd = (s: string, from: number, to: number) => SENTENCE_END.test(s.slice(from, to));

function skipSpaces(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

/** Definitions in `folded`, in text order. */
export function findShortFormDefinitions(folded: string, original: string = folded): ShortFormDefinition[] {
  const defs: ShortFormDefinition[] = [];
  // Most blocks define nothing: every trigger has 称 and every English definition a parenthesis (fold
  // makes （ one), and `indexOf` rules a block out for far less than `matchAll`, which copies its
  // RegExp on each call (~55 ms over the 5 MB page's 50,000 blocks).
  if (folded.includes('称')) {
    for (const m of folded.matchAll(CJK_TRIGGER)) {
      const def = readCjkDefinition(folded, original, m.index, m.index + m[0].length);
      if (def) defs.push(def);
    }
  }
  if (!folded.includes('(')) return defs.sort((a, b) => a.start - b.start);
  for (const m of folded.matchAll(EN_DEFINITION)) {
    const [all, hereinafter, quote, quoted, bare] = m;
    // An unquoted short form needs "hereinafter" — or is an acronym in capitals (checked when resolved):
    // `(2024)` or `(see below)` define nothing.
    const written = bare && original.substr(m.index + all.lastIndexOf(bare), bare.length);
    const acronym = !quote && !hereinafter && /^[A-Z]{2,8}s?$/.test(written ?? '');
    const body = quote ? quoted : hereinafter || acronym ? bare : undefined;
    // Chinese text quotes in parentheses too (（“十四五”）); that is no English definition.
    if (!body || !/[a-z]/.test(body)) continue;
    const end = m.index + all.lastIndexOf(body) + body.length;
    const start = end - body.length;
    const short = original.slice(start, end).trim();
    if (short.length >= 2 && !hasSentenceEnd(folded, start, end)) {
      const def: ShortFormDefinition = { short, start, end: start + short.length, longEnd: m.index };
      defs.push(def);
      if (acronym) {
        def.acronym = true;
        // `(FIEs)` defines `FIE` too.
        if (short.endsWith('s')) defs.push({ ...def, short: short.slice(0, -1), end: def.end - 1 });
      }
    }
  }
  return defs.sort((a, b) => a.start - b.start);
}

function readCjkDefinition(
  folded: string,
  original: string,
  triggerStart: number,
  triggerEnd: number,
): ShortFormDefinition | undefined {
  let before = triggerStart - 1;
  while (before >= 0 && folded[before] === ' ') before--;
  const inParens = folded[before] === '(';
  let i = skipSpaces(folded, triggerEnd);
  if (folded[i] === '为') i++;
  if (folded[i] === ':') i = skipSpaces(folded, i + 1);
  const close = CLOSING[folded[i] ?? ''];
  let start: number;
  let end: number;
  if (close !== undefined) {
    start = i + 1;
    // Bounded: an unclosed quote must not send every trigger to the end of the text.
    end = folded.slice(start, start + MAX_SHORT + 1).indexOf(close);
    if (end < 0) return undefined;
    end += start;
  } else {
    // Unquoted (以下简称纲要) only inside parentheses, where the closing one delimits it.
    if (!inParens) return undefined;
    start = i;
    end = start;
    while (end < folded.length && end - start <= MAX_SHORT && !/[),;。\n]/.test(folded[end] as string)) end++;
    if (folded[end] !== ')' && folded[end] !== ',' && folded[end] !== ';') return undefined;
  }
  if (end - start < 2 || hasSentenceEnd(folded, start, end)) return undefined;
  let longEnd = inParens ? before : triggerStart;
  // A bare trigger follows its long form after a comma: 碳达峰碳中和，简称“双碳”.
  if (!inParens) while (longEnd > 0 && /[ ,、]/.test(folded[longEnd - 1] as string)) longEnd--;
  return { short: original.slice(start, end), start, end, longEnd };
}

/** Index of the first of `sorted` (by start, non-overlapping) that ends after `at`. */
export function firstEndingAfter(sorted: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  // Non-overlapping and sorted by start, so the ends ascend too.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as Mention).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the title that closes just before `end` opens (after its 《), or -1 when none does. */
function titleStart(folded: string, end: number): number {
  let depth = 0;
  for (let p = end - 1; p >= 0 && end - p <= MAX_TITLE; p--) {
    const c = folded[p];
    if (c === '》') depth++;
    else if (c === '《' && --depth === 0) {
      let q = p + 1;
      while (q < end && OPENING.test(folded[q] as string)) q++;
      return q;
    } else if (c === '\n') break;
  }
  return -1;
}

/**
 * The first-pass mention that ends the long form exactly (spaces and closing quotes aside). When the
 * long form is a title (《…》), the mention must be the whole title: a document is not a term it names.
 */
function longFormMention(folded: string, sorted: readonly Mention[], longEnd: number): Mention | undefined {
  let end = longEnd;
  let title = false;
  while (end > 0 && TRAILING.test(folded[end - 1] as string)) {
    if (folded[end - 1] === '》') title = true;
    end--;
  }
  const m = sorted[firstEndingAfter(sorted, end - 1)];
  if (!m || m.end !== end) return undefined;
  if (title && m.start !== titleStart(folded, longEnd)) return undefined;
  return m;
}

function overlapsAny(sorted: readonly Mention[], start: number, end: number): boolean {
  const m = sorted[firstEndingAfter(sorted, start)];
  return m !== undefined && m.start < end;
}

type Meaning = Omit<Mention, 'start' | 'end'>;

/**
 * A short form's definitions in text order, each in force from its start up to the next one: what it
 * stands for (null: nothing — a definition that resolves to nothing ends the earlier meaning) and how
 * it is written (English short forms keep their case).
 */
export interface ShortFormDefinitions {
  starts: number[];
  meanings: Array<Meaning | null>;
  written: string[];
}

/** Folded short form → its definitions. */
export type ShortFormTable = Map<string, ShortFormDefinitions>;

/** A short form that starts or ends with a Latin letter or digit: English rules (case, whole words). */
const LATIN_EDGE = /^[a-z0-9]|[a-z0-9]$/;

/** The definitions that count, by short form: up to the MAX_SHORT_FORMS-th that resolves. */
function definitionsByKey(
  folded: string,
  original: string,
  sorted: readonly Mention[],
  acronyms?: ReadonlyMap<string, unknown>,
): ShortFormTable {
  const table: ShortFormTable = new Map();
  let resolved = 0;
  for (const def of findShortFormDefinitions(folded, original)) {
    if (resolved >= MAX_SHORT_FORMS) break;
    const target = longFormMention(folded, sorted, def.longEnd);
    // An acronym starts as its English name does (`Ministry of Commerce (PRC)` defines nothing), and
    // one an agency's guard has judged (`Codex Alimentarius Commission (CAC)`: acronym-guards.ts) stays so.
    if (def.acronym) {
      const key = folded.slice(def.start, def.end);
      if (!target) continue;
      const first = folded.charCodeAt(target.start);
      if (acronyms?.has(key) || (first < 0x80 && first !== key.charCodeAt(0))) continue;
    }
    let meaning: Meaning | null = null;
    if (target) {
      resolved++;
      const { start: _s, end: _e, ...rest } = target;
      meaning = rest;
    }
    const key = folded.slice(def.start, def.end);
    let entry = table.get(key);
    if (!entry) table.set(key, (entry = { starts: [], meanings: [], written: [] }));
    entry.starts.push(def.start);
    entry.meanings.push(meaning);
    entry.written.push(def.short);
  }
  return table;
}

/**
 * Every occurrence of the table's short forms while a definition with a meaning is in force, that no
 * mention of `sorted` (by start, non-overlapping) covers. Sorted, non-overlapping: where occurrences
 * overlap, the leftmost wins, then the longest. One pass over the text (short-form-index.ts).
 */
export function applyShortForms(
  folded: string,
  original: string,
  sorted: readonly Mention[],
  table: ShortFormTable,
): Mention[] {
  const keys = [...table.keys()];
  const defs = [...table.values()];
  /** Per key: the index of the definition in force at the scan position (-1: none yet). */
  const active = keys.map(() => -1);
  const kept: Mention[] = [];
  createKeyIndex(keys).find(folded, (p, k) => {
    const d = defs[k]!;
    let a = active[k]!;
    while (a + 1 < d.starts.length && d.starts[a + 1]! <= p) a++;
    active[k] = a;
    const meaning = d.meanings[a];
    const key = keys[k]!;
    const q = p + key.length;
    // English short forms keep their case (`the Plan`, not every `plan`) and whole words.
    const latin = LATIN_EDGE.test(key);
    if (!meaning || (latin && original.slice(p, q) !== d.written[a]) || overlapsAny(sorted, p, q)) return;
    if (latin && (isWordUnit(folded.charCodeAt(p - 1)) || isWordUnit(folded.charCodeAt(q)))) return;
    // By start, shorter first at one start: a longer one replaces the one kept at its start.
    const last = kept[kept.length - 1];
    const m: Mention = { start: p, end: q, ...meaning, shortForm: true };
    if (last?.start === p) kept[kept.length - 1] = m;
    else if (!last || p >= last.end) kept.push(m);
  });
  return kept;
}

/**
 * Mentions of the short forms the text defines, for every occurrence from its definition on (up to a
 * redefinition of the same short form) that no first-pass mention covers. Sorted, non-overlapping:
 * where occurrences overlap, the leftmost wins, then the longest. `acronyms`: the acronyms the agency
 * guards have already judged in this text (acronym-guards.ts).
 */
export function resolveShortForms(
  folded: string,
  mentions: readonly Mention[],
  original: string = folded,
  acronyms?: ReadonlyMap<string, unknown>,
): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const table = definitionsByKey(folded, original, sorted, acronyms);
  return table.size === 0 ? [] : applyShortForms(folded, original, sorted, table);
}
