/**
 * The short-form code as it was before issue 13 — quadratic, obviously right — kept as the reference the
 * linear implementation (lib/match/short-forms.ts, short-form-memory.ts) is tested against. The rules
 * changed on purpose are marked CHANGED: at most MAX_SHORT_FORMS short forms per page (and per text);
 * no short form holds a sentence end (。！？；), so a long block may be cut after one; and across
 * blocks a short form follows the same rules as within one text (its latest definition holds, the
 * leftmost and then longest occurrence wins), so a block cut into slices reads as the whole block.
 * Test code only: never imported by lib/.
 */
import { MAX_SHORT_FORMS, SENTENCE_ENDS } from '../../lib/match/short-forms';
import { isWordUnit } from '../../lib/text/char-class';
import { fold } from '../../lib/text/fold';
import type { Matcher } from '../../lib/match/matcher';
import { scanText } from '../../lib/match/scan';
import type { Mention } from '../../lib/match/types';

type Meaning = Omit<Mention, 'start' | 'end'>;

/** CHANGED (issue 13): a short form holding a sentence end is no short form. */
const noSentenceEnd = (d: ShortFormDefinition) => ![...fold(d.short)].some((c) => SENTENCE_ENDS.includes(c));

export function referenceDefinitions(folded: string, original: string = folded): ShortFormDefinition[] {
  return oldDefinitions(folded, original).filter(noSentenceEnd);
}

/** CHANGED (issue 13): definitions after the MAX_SHORT_FORMS-th that resolves are ignored. */
function capped(
  defs: ShortFormDefinition[],
  folded: string,
  sorted: readonly Mention[],
): ShortFormDefinition[] {
  let resolved = 0;
  const out: ShortFormDefinition[] = [];
  for (const def of defs) {
    if (resolved >= MAX_SHORT_FORMS) break;
    out.push(def);
    if (longFormMention(folded, sorted, def.longEnd)) resolved++;
  }
  return out;
}

interface ShortFormDefinition {
  /** The short form as written in the original text. */
  short: string;
  /** Where the short form itself stands inside the definition. */
  start: number;
  end: number;
  /** End of the long form (the definition's opening parenthesis, or the trigger word). */
  longEnd: number;
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

function skipSpaces(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

/** Definitions in `folded`, in text order. */
function oldDefinitions(folded: string, original: string = folded): ShortFormDefinition[] {
  const defs: ShortFormDefinition[] = [];
  for (const m of folded.matchAll(CJK_TRIGGER)) {
    const def = readCjkDefinition(folded, original, m.index, m.index + m[0].length);
    if (def) defs.push(def);
  }
  for (const m of folded.matchAll(EN_DEFINITION)) {
    const [, hereinafter, quote, quoted, bare] = m;
    // An unquoted short form needs "hereinafter": `(2024)` or `(see below)` define nothing.
    const body = quote ? quoted : hereinafter ? bare : undefined;
    // Chinese text quotes in parentheses too (（“十四五”）); that is no English definition.
    if (!body || !/[a-z]/.test(body)) continue;
    const end = m.index + m[0].lastIndexOf(body) + body.length;
    const start = end - body.length;
    const short = original.slice(start, end).trim();
    if (short.length >= 2) defs.push({ short, start, end: start + short.length, longEnd: m.index });
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
    end = folded.indexOf(close, start);
    if (end < 0 || end - start > MAX_SHORT) return undefined;
  } else {
    // Unquoted (以下简称纲要) only inside parentheses, where the closing one delimits it.
    if (!inParens) return undefined;
    start = i;
    end = start;
    while (end < folded.length && end - start <= MAX_SHORT && !/[),;。\n]/.test(folded[end] as string)) end++;
    if (folded[end] !== ')' && folded[end] !== ',' && folded[end] !== ';') return undefined;
  }
  if (end - start < 2) return undefined;
  let longEnd = inParens ? before : triggerStart;
  // A bare trigger follows its long form after a comma: 碳达峰碳中和，简称“双碳”.
  if (!inParens) while (longEnd > 0 && /[ ,、]/.test(folded[longEnd - 1] as string)) longEnd--;
  return { short: original.slice(start, end), start, end, longEnd };
}

/** Index of the first of `sorted` (by start, non-overlapping) that ends after `at`. */
function firstEndingAfter(sorted: readonly Mention[], at: number): number {
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

/**
 * Mentions of the short forms the text defines, for every occurrence from its definition on (up to a
 * redefinition of the same short form) that no first-pass mention covers. Sorted, non-overlapping.
 */
export function referenceResolveShortForms(
  folded: string,
  mentions: readonly Mention[],
  original: string = folded,
): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const defs = capped(referenceDefinitions(folded, original), folded, sorted);
  const found: Mention[] = [];
  defs.forEach((def, k) => {
    const target = longFormMention(folded, sorted, def.longEnd);
    if (!target) return;
    const key = folded.slice(def.start, def.end);
    const latin = /^[a-z0-9]/.test(key) || /[a-z0-9]$/.test(key);
    const redefined = defs.slice(k + 1).find((d) => folded.slice(d.start, d.end) === key);
    const stop = redefined ? redefined.start : folded.length;
    for (let p = folded.indexOf(key, def.start); p >= 0 && p < stop; p = folded.indexOf(key, p + 1)) {
      const q = p + key.length;
      // English short forms keep their case (`the Plan`, not every `plan`) and whole words.
      if (latin && (original.slice(p, q) !== def.short || isWordUnit(folded.charCodeAt(p - 1)))) continue;
      if (latin && q < folded.length && isWordUnit(folded.charCodeAt(q))) continue;
      if (overlapsAny(sorted, p, q)) continue;
      const { start: _s, end: _e, ...meaning } = target;
      found.push({ start: p, end: q, ...meaning, shortForm: true });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of found) {
    const prev = kept[kept.length - 1];
    if (!prev || m.start >= prev.end) kept.push(m);
  }
  return kept;
}

interface ReferenceMemory {
  readonly known: Map<string, { written: string; meaning: Meaning }>;
}

export function createReferenceMemory(): ReferenceMemory {
  return { known: new Map() };
}

const isLatinKey = (key: string) => /^[a-z0-9]/.test(key) || /[a-z0-9]$/.test(key);

function overlapsLinear(sorted: readonly Mention[], start: number, end: number): boolean {
  // Linear is fine: a block has few mentions and this runs only for remembered short forms.
  return sorted.some((m) => m.start < end && start < m.end);
}

/** `scanText`, plus the short forms earlier texts defined; learns the ones this text defines. */
export function referenceScanWithMemory(
  text: string,
  matcher: Matcher,
  memory: ReferenceMemory,
  scan: (text: string) => Mention[] = (t) => scanText(t, matcher),
): Mention[] {
  const mentions = scan(text);
  const folded = memory.known.size > 0 || mentions.some((m) => m.shortForm) ? fold(text) : '';
  // CHANGED (issue 13): the text's own definitions (folded short form → all of them, in order).
  const defs = new Map<string, ShortFormDefinition[]>();
  for (const d of folded ? referenceDefinitions(folded, text) : []) {
    const key = folded.slice(d.start, d.end);
    defs.set(key, [...(defs.get(key) ?? []), d]);
  }
  // CHANGED (issue 13): every occurrence first, then leftmost, then longest wins (as within one text),
  // where the short form defined first used to win.
  const found: Mention[] = [];
  for (const [key, { written, meaning }] of memory.known) {
    const latin = isLatinKey(key);
    for (let p = folded.indexOf(key); p >= 0; p = folded.indexOf(key, p + 1)) {
      const q = p + key.length;
      // CHANGED (issue 13): a remembered meaning holds only up to the text's own definition.
      if (defs.has(key) && p >= defs.get(key)![0]!.start) continue;
      if (latin && (text.slice(p, q) !== written || isWordUnit(folded.charCodeAt(p - 1)))) continue;
      if (latin && isWordUnit(folded.charCodeAt(q))) continue;
      if (overlapsLinear(mentions, p, q)) continue;
      found.push({ start: p, end: q, ...meaning, shortForm: true });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const extra: Mention[] = [];
  for (const m of found) if (!overlapsLinear(extra, m.start, m.end)) extra.push(m);
  // CHANGED (issue 13): a short form takes the meaning of its last definition in the text, or is
  // forgotten when that one resolves to nothing; at most MAX_SHORT_FORMS short forms per page.
  for (const [key, list] of defs) {
    const last = list[list.length - 1]!;
    const m = mentions.find((x) => x.shortForm && x.start === last.start && x.end === last.end);
    if (!m) {
      memory.known.delete(key);
      continue;
    }
    const { start, end, ...meaning } = m;
    if (!memory.known.has(key) && memory.known.size >= MAX_SHORT_FORMS) continue;
    memory.known.set(key, { written: text.slice(start, end), meaning });
  }
  if (extra.length === 0) return mentions;
  return [...mentions, ...extra].sort((a, b) => a.start - b.start);
}
