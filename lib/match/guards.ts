/**
 * Guards: context checks on the (few) dictionary matches a surface is known to collide on, applied
 * after the scan so the automaton's hot loop stays as it is (DESIGN.md, "Budgets"). The dictionary
 * (lib/kb/dictionary.ts) says which surface carries which guard; `guardRejects` reads a match's
 * neighbourhood in the folded text (and the original, for letter case) and says whether it is no
 * mention after all:
 *
 *   逐步扩[大数据]库   最[大数据]量   [公共卫生]间      notFollowedBy / notPrecededBy (data)
 *   市[发改委]  省委[网信办]  县[卫生健康委]         `local`: an agency short form after a local prefix
 *   shot at [ISO] 400                                `notBeforeNumber`: film speed, not the ISO topic
 *   国际食品法典委员会（[CAC]）                       `ownParens`: an acronym glossing another name
 *   [MOST] VALUABLE PLAYER                           `notInCaps`: an English word in an all-caps line
 *   [SAC] Capital, the [MOST] valuable, the [MOT] test   acronym rules (acronym-guards.ts)
 */
import { createAcronymState, isAboutChina, matchesAt, type AcronymState } from './acronym-guards';
import { canonicalKey } from './automaton-build';
import type { Mention } from './types';

export { createAcronymState, type AcronymState } from './acronym-guards';

/** JSON-safe (it travels with the serialized matcher). Strings are folded (`fold`). */
export interface TermGuard {
  /** Not a mention when the text right after it starts with one of these (大数据 before 库). */
  notFollowedBy?: string[];
  /** Not a mention when the text right before it ends with one of these (大数据 after 扩). */
  notPrecededBy?: string[];
  /** An agency's short form (发改委): not a mention right after 省/市/区/县/州/盟/旗 or 省委/市委 …. */
  local?: true;
  /** The acronym of a body that numbers its standards (ISO): not a mention before a bare number. */
  notBeforeNumber?: true;
  /** An agency acronym: in parentheses, a mention only right after a name of the same agency. */
  ownParens?: true;
  /** An acronym that is also an English word (MOST): not a mention next to an all-caps word. */
  notInCaps?: true;
  /** With `ownParens`: bodies acting as one with this one (SAC ↔ SAMR): `SAMR (SAC)` is SAC too. */
  linked?: string[];
  /**
   * Not a mention when the text right after it (as written) matches this pattern (RegExp source, read
   * sticky from the match's end):
   * a company name or committee code (`SAC Capital`, `SAC/TC`), the superlative (`the MOST valuable`).
   */
  notBefore?: string;
  /** Not a mention when the text before it (as written) matches this pattern (`$`-anchored): `at MOST`. */
  notAfter?: string;
  /**
   * A collision-prone acronym (`MOT`, `MCA`, `SAC`; the topic's `GBA`): a mention only on a page about
   * China, or, for an agency, one that defined it after the agency's name.
   */
  needsContext?: true;
  /**
   * A short form newspapers use once they have named the topic (`Bay Area`, `TCs`): a mention only after
   * the topic's full name, earlier in the text or on the page (`AcronymState.named`).
   */
  afterNamed?: true;
}

/**
 * Local-government prefixes (folded, so 縣/區 are here as 县/区): a body named right after one is that
 * level's own commission or office — 市发改委, 区市场监管局, 县卫生健康委 — not the national one. Before a
 * 委 they name the Party committee whose office it is: 省委网信办, 市委网信办.
 */
const LOCAL_PREFIXES = new Set([...'省市区县州盟旗'].map((c) => c.charCodeAt(0)));
const WEI = '委'.charCodeAt(0);

/**
 * The guard key of a match, read from the FOLDED page text: the automaton key it matched (separators,
 * quotes). Not `fold(matched)`: calling fold on slices of the page slowed scanText's own fold of the
 * whole page from 31 to 65 ms on the benchmark corpus (V8 then sees two kinds of string in fold).
 */
export function guardKey(folded: string, start: number, end: number): string {
  return canonicalKey(folded.slice(start, end));
}

/** `b` added to `a`, lists merged without repeats (two surfaces may share a key). */
export function mergeGuards(a: TermGuard | undefined, b: TermGuard): TermGuard {
  if (!a) return b;
  const out: TermGuard = { ...a, ...b };
  const list = (x?: string[], y?: string[]): string[] | undefined =>
    x && y ? [...new Set([...x, ...y])] : (x ?? y);
  const after = list(a.notFollowedBy, b.notFollowedBy);
  const before = list(a.notPrecededBy, b.notPrecededBy);
  if (after) out.notFollowedBy = after;
  if (before) out.notPrecededBy = before;
  return out;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
/** An upper-case Latin letter, half- or full-width. */
const isUpper = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0xff21 && c <= 0xff3a);
const isLatin = (c: number): boolean => isUpper(c) || isLower(c) || (c >= 0xff41 && c <= 0xff5a);
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09;

function afterLocalPrefix(folded: string, start: number): boolean {
  const c = folded.charCodeAt(start - 1);
  if (LOCAL_PREFIXES.has(c)) return true;
  return c === WEI && LOCAL_PREFIXES.has(folded.charCodeAt(start - 2));
}

/** `ISO 400`, `ISO 3200,`: one space and digits that end the word (`ITU 6G` is no number). */
function beforeNumber(folded: string, end: number): boolean {
  let p = end;
  if (isSpace(folded.charCodeAt(p))) p++;
  const from = p;
  while (isDigit(folded.charCodeAt(p))) p++;
  return p > from && !isLower(folded.charCodeAt(p));
}

/** The word that `step` (±1) reaches from `at` across spaces only is all capitals, 2+ letters. */
function capsWordAt(original: string, at: number, step: 1 | -1): boolean {
  let p = at;
  if (!isSpace(original.charCodeAt(p))) return false;
  while (isSpace(original.charCodeAt(p))) p += step;
  let letters = 0;
  for (; p >= 0 && p < original.length && isLatin(original.charCodeAt(p)); p += step) {
    if (!isUpper(original.charCodeAt(p))) return false;
    letters++;
  }
  return letters >= 2;
}

/**
 * The acronym rules (acronym-guards.ts) for an agency acronym with `ownParens`. In parentheses it is kept
 * only right after a name of this body or of a body linked to it (SAMR (SAC)), and is then defined as
 * ours for the rest of the text; right after another name the glossary knows (a topic:
 * 国际食品法典委员会（CAC）) it is defined as that one's, and its bare occurrences after that are dark. A
 * collision-prone acronym (`needsContext`) needs a page about China unless the text defined it as ours.
 */
function acronymRejects(
  guard: TermGuard,
  folded: string,
  original: string,
  start: number,
  end: number,
  ids: readonly string[],
  prev: Mention | undefined,
  state: AcronymState,
): boolean {
  const key = folded.slice(start, end);
  const { defined } = state;
  if (guard.ownParens && folded[start - 1] === '(' && folded[end] === ')') {
    let at = start - 1;
    while (isSpace(folded.charCodeAt(at - 1))) at--;
    if (prev?.end !== at) return true;
    const own =
      prev.kind === 'agency' &&
      [prev.id, ...(prev.ids ?? [])].some((id) => ids.includes(id) || guard.linked?.includes(id));
    defined.set(key, own ? 'ours' : 'foreign');
    return !own;
  }
  const known = defined.get(key);
  if (known === 'foreign') return true;
  return guard.needsContext === true && known !== 'ours' && !(state.china ??= isAboutChina(original));
}

/**
 * True when the match text[start, end) is no mention: one of its guard's conditions holds. `ids` are
 * the match's ids; `prev` the mention kept just before it (for `ownParens`); `state` what the text has
 * defined so far (acronym-guards.ts), one per text or page.
 */
/**
 * The checks of a guard that read only the text next to the match — also for a short form the page
 * defined (`the International Electrotechnical Commission (IEC)` … `IEC TC 59`): a committee's code is no
 * mention however the page introduced the acronym.
 */
export function neighboursReject(
  guard: TermGuard,
  folded: string,
  original: string,
  start: number,
  end: number,
): boolean {
  if (guard.notFollowedBy?.some((s) => folded.startsWith(s, end))) return true;
  if (guard.notPrecededBy?.some((s) => start >= s.length && folded.startsWith(s, start - s.length))) {
    return true;
  }
  if (guard.local && afterLocalPrefix(folded, start)) return true;
  if (guard.notBeforeNumber && beforeNumber(folded, end)) return true;
  if (guard.notInCaps && (capsWordAt(original, start - 1, -1) || capsWordAt(original, end, 1))) return true;
  if (guard.notBefore && matchesAt(guard.notBefore, original, end)) return true;
  return (
    guard.notAfter !== undefined &&
    matchesAt(guard.notAfter, original.slice(Math.max(0, start - 20), start), 0)
  );
}

export function guardRejects(
  guard: TermGuard,
  folded: string,
  original: string,
  start: number,
  end: number,
  ids: readonly string[],
  prev: Mention | undefined,
  state: AcronymState = createAcronymState(),
): boolean {
  if (neighboursReject(guard, folded, original, start, end)) return true;
  if (guard.afterNamed && !ids.some((id) => state.named?.has(id) === true)) return true;
  return (
    (guard.ownParens || guard.needsContext) === true &&
    acronymRejects(guard, folded, original, start, end, ids, prev, state)
  );
}
