/**
 * Agency acronyms in English text (issue 13), checked after the scan like the other guards (guards.ts):
 *
 *   State Administration for Market Regulation ([SAMR])   kept: after the body's own name
 *   SAMR ([SAC]) · 市场监管总局（[SAC]）                     kept: after its linked body's name
 *   Codex Alimentarius Commission ([CAC]) … the [CAC]      dark: it glosses another name the glossary
 *                                                          knows, and the text means that by it after
 *   某协会（[CAC]）                                          dark: after no name of ours
 *   [SAC] Capital · [SAC]/TC 260 · at [MOST] · the [MOST] valuable   dark: `notBefore` / `notAfter`
 *                                                          patterns (lib/kb/acronym-words.ts)
 *   the [MOT] test (no China on the page)                  dark: a collision-prone acronym needs a page
 *                                                          about China, or one that defined it
 *
 * What a text defined — an acronym as ours, or as another's — holds for the rest of it, and across
 * blocks when the caller keeps the state (short-form-memory.ts).
 */

/** What one text (or page) has said about acronyms so far. Mutable; one per scan or per page. */
export interface AcronymState {
  /** Folded acronym → whose it is by the text's own definition. */
  defined: Map<string, 'ours' | 'foreign'>;
  /** Whether the text is about China (computed on first need). */
  china?: boolean;
  /**
   * Topics named so far (ids), for short forms that need their topic named first (guards.ts
   * `afterNamed`); kept only with a matcher that has such forms.
   */
  named?: Set<string>;
}

export const createAcronymState = (): AcronymState => ({ defined: new Map() });

/** A page about China: its name, adjective, capital or acronym, or Chinese script (`china` is porcelain). */
export const isAboutChina = (text: string): boolean =>
  /\bChin(?:a|ese)\b|\bBeijing\b|\bPRC\b|\bP\.R\.C\.|\bSino-|[\u3400-\u9fff]/.test(text);

/** Compiled guard patterns, by source (a handful per matcher); sticky, so they read the text in place. */
const patterns = new Map<string, RegExp>();

/** `source` (a guard's pattern) matches `text` at `at` (a sticky match: no copy of the text). */
export function matchesAt(source: string, text: string, at: number): boolean {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source, 'y')));
  re.lastIndex = at;
  return re.test(text);
}
