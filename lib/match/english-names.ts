/**
 * English topics inside the name of something else (issue 13, precision; tests/fixtures/ANNOTATION.md):
 * an annotator reads
 *
 *   the [Certification and Accreditation] Administration     a topic, capitalized, before a body's head noun
 *   the Hong Kong [Chinese Medicine] Hospital · Dongsheng [New Materials] Co., Ltd. · the CSI [New Energy
 *   Vehicle] index · [National Fitness] Day · the [Conformity Assessment] Working Group
 *   the Department of [Elderly Care] Services · the ministry's department of [agricultural product …] ·
 *   the committee on smart [elderly care] products            after a unit that names bodies
 *   the Humanoid Robot Standardization [Technical Committee]   a body's own name, the topic itself
 *   Zhipu [AI] and …, Haier [Smart Home], the …, Aoxin [IoT] Cloud   a name word before, a name's end after
 *   the [Data Security] Law, the [AI] Act, the Action Plan for Promoting [Large-scale Equipment Renewal]
 *                                                            a law's or a document's title
 *
 * as that name, not as the topic — the English side of the Chinese company-name and department rules
 * (zh-context.ts). Checked after the scan for every Latin-script topic match (scan.ts). Kept: a qualifier
 * or a sentence's determiner before (`Chinese AI`, `Several TCs`), a lower-case noun after (`Baidu AI
 * models`), a topic that is itself a document's title (`Measures for the Administration of Group
 * Standards`), and a title-case headline, where capitals say nothing. The words and patterns are data
 * that travels with the matcher (english-name-words.ts); every check reads a bounded neighbourhood, so
 * the rules are linear in the text.
 */
import type { EnNameWords } from './english-name-words';
import { SENTENCE_ENDS } from './short-forms';

/** The rules compiled from their words, once per matcher (scan.ts). */
export interface EnNames {
  bodyOf: RegExp;
  bodyHead: RegExp;
  ownHead: RegExp;
  nameBefore: RegExp;
  wordBefore: RegExp;
  nameEnd: RegExp;
  docTitleBefore: RegExp;
  docTitleAfter: RegExp;
  qualifiers: ReadonlySet<string>;
}

export function compileEnNames(w: EnNameWords): EnNames {
  return {
    bodyOf: new RegExp(w.bodyOf),
    bodyHead: new RegExp(w.bodyHead, 'y'),
    ownHead: new RegExp(w.ownHead),
    nameBefore: new RegExp(w.nameBefore),
    wordBefore: new RegExp(w.wordBefore),
    nameEnd: new RegExp(w.nameEnd, 'y'),
    // `… Plan for Promoting Large-scale` right before the topic: inside a document's title.
    docTitleBefore: new RegExp(
      `\\b(?:${w.docHead})[^\\S\\n]+(?:for|on|of|to)[^\\S\\n]+(?:(?:[A-Z][\\w-]*|and|the|of|for|on|in|to)[^\\S\\n]+)*$`,
    ),
    // `… Management Regulations` after it: the capitalized run ends in a document's head noun.
    docTitleAfter: new RegExp(
      `(?:[^\\S\\n]+(?:[A-Z][\\w-]*|and|of|for|on)){0,6}?[^\\S\\n]+(?:${w.docHead})\\b`,
      'y',
    ),
    qualifiers: new Set(w.qualifiers),
  };
}

const isUpperAscii = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** Whether text[start, end) is an acronym: one word of at most 5 letters, 2 of them capitals (`AI`, `IoT`). */
function isAcronym(text: string, start: number, end: number): boolean {
  if (end - start > 5) return false;
  let capitals = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (isUpperAscii(c)) capitals++;
    else if (!isLowerAscii(c)) return false;
  }
  return capitals >= 2;
}

/** Every word of text[start, end) starts with a capital (`Standardization Technical Committee`). */
function allCapitalized(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if ((p === start || text.charCodeAt(p - 1) === 0x20) && !isUpperAscii(c)) return false;
  }
  return true;
}

/** The last word of text[start, end) starts with a capital (`… Chinese Medicine`). */
function endsCapitalized(text: string, start: number, end: number): boolean {
  let p = end - 1;
  while (p > start && text.charCodeAt(p - 1) !== 0x20 && text.charCodeAt(p - 1) !== 0x2d) p--;
  return isUpperAscii(text.charCodeAt(p));
}

/**
 * A capitalized topic right after a name word, ending where a name ends: `Zhipu AI and`, `Haier Smart
 * Home, the listed arm`, `Guohong Hydrogen Energy Technology`.
 */
function afterNameWord(r: EnNames, text: string, before: string, end: number): boolean {
  const word = r.wordBefore.exec(before)?.[1];
  if (word === undefined || r.qualifiers.has(word)) return false;
  r.nameEnd.lastIndex = end;
  return r.nameEnd.test(text);
}

const LINE_ENDS = `\n${SENTENCE_ENDS}`;

/**
 * A headline written in title case (`Haier Leads Smart Home Standards`): capitals say nothing about
 * names there. Most of its longer words capitalized, short, no full stop at its end.
 */
function inTitleCaseLine(text: string, start: number, end: number): boolean {
  // Read at most 160 units either side: a longer line is no headline (and the check stays linear).
  // A line ends at a line break or a sentence end (where scan-blocks.ts may cut a long block).
  let from = start;
  while (from > 0 && start - from < 160 && !LINE_ENDS.includes(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && to - end < 160 && !LINE_ENDS.includes(text[to] as string)) to++;
  if (to - from > 160 || text.charCodeAt(to - 1) === 0x2e) return false;
  const words = text.slice(from, to).match(/[A-Za-z]{4,}/g) ?? [];
  const capitalized = words.filter((w) => isUpperAscii(w.charCodeAt(0))).length;
  return words.length >= 3 && capitalized >= 0.85 * words.length;
}

/**
 * A capitalized topic inside the title of a law or a document — `the Data Security Law`, `the AI Act`,
 * `the Network Data Security Management Regulations`, `the Action Plan for Promoting Large-scale
 * Equipment Renewal` — is part of that title, not a mention (tests/fixtures/ANNOTATION.md); a topic that
 * is itself a document's title (`Measures for the Administration of Group Standards`) ends in the head
 * noun and is kept. Not in a title-case headline, where every word is capitalized.
 */
function inDocumentTitle(r: EnNames, text: string, before: string, start: number, end: number): boolean {
  if (!endsCapitalized(text, start, end)) return false;
  r.docTitleAfter.lastIndex = end;
  if (!r.docTitleAfter.test(text) && !r.docTitleBefore.test(before)) return false;
  return !inTitleCaseLine(text, start, end);
}

/** Whether the topic matched at text[start, end) (as written) is part of a body's or a company's name. */
export function inProperName(r: EnNames, text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  if (r.bodyOf.test(before)) return true;
  if (inDocumentTitle(r, text, before, start, end)) return true;
  const acronym = isAcronym(text, start, end);
  if (acronym || (allCapitalized(text, start, end) && text.slice(start, end).includes(' '))) {
    if (afterNameWord(r, text, before, end) && !inTitleCaseLine(text, start, end)) return true;
  }
  if (!endsCapitalized(text, start, end)) return false;
  if (r.ownHead.test(text.slice(start, end)) && allCapitalized(text, start, end) && r.nameBefore.test(before))
    return true;
  r.bodyHead.lastIndex = end;
  return r.bodyHead.test(text);
}
