import type { Sentence } from './types';

/** Sentence ends (DESIGN.md: split on 。；). The input is folded, so ； and ！ arrive as ; and !. */
const TERMINATORS = new Set(['。', ';', '!', '?']);
/** Closing marks that belong to the sentence they follow: `……“领跑者”。”` keeps its quote. */
const CLOSERS = new Set(['”', '’', '」', '』', ')', '》']);

/**
 * Splits `text` into sentences after 。；!? and at line breaks, and additionally at each offset in
 * `breaks` (where a duty bracket stood: a bracket ends the sentences it covers even without a 。).
 * `folded` is `foldForParse(text)`; offsets index both. Leading and trailing blanks are left out of
 * each sentence; empty sentences are dropped.
 */
export function splitSentences(text: string, folded: string, breaks: readonly number[] = []): Sentence[] {
  const forced = new Set(breaks);
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isBlank(folded.charCodeAt(s))) s++;
    while (e > s && isBlank(folded.charCodeAt(e - 1))) e--;
    if (e > s) sentences.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < folded.length; i++) {
    if (forced.has(i) && i > start) push(i);
    const ch = folded[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
    } else if (TERMINATORS.has(ch)) {
      let end = i + 1;
      while (end < folded.length && CLOSERS.has(folded[end]!)) end++;
      push(end);
      i = end - 1;
    }
  }
  push(folded.length);
  return sentences;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000;
}
