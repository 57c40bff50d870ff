/**
 * Simplified → Traditional for the plan strings a zh-Hant card shows (item titles, sentences, generic
 * parties). The plan is written in Simplified; agency and topic names have curated Traditional forms in
 * the seeds and do not go through here.
 *
 * `cn` → `tw` (phrase-aware, Taiwan characters, no Taiwan vocabulary swap): the bundled plan's own
 * Traditional edition keeps mainland vocabulary, so `twp` (软件 → 軟體) would be wrong for it — see
 * lib/plan/to-hans.ts for the reverse direction.
 *
 * Bundle: opencc-js/cn2t carries OpenCC's phrase table (~1.1 MB). Only the background imports lib/card
 * (the card model crosses to the content script by message), so the content script never ships it.
 * The converter is built on first use, not at import.
 */
import * as OpenCC from 'opencc-js/cn2t';

let convert: ((text: string) => string) | undefined;

/** Simplified → Traditional (Taiwan characters), phrase-aware. */
export function toHant(text: string): string {
  if (text === '') return text;
  convert ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return convert(text);
}
