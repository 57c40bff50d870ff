/**
 * Simplified → Traditional for the plan strings a zh-Hant card or summary shows (item titles, sentences,
 * generic parties) and for the Traditional name of a reader's own term. Agency and topic names have
 * curated Traditional forms in the seeds and do not go through here.
 *
 * Character by character from a table generated at build time (scripts/gen-hant-table.ts): the bundled
 * plan's own Traditional edition says how each of its characters is written, OpenCC's character table
 * the rest. Every plan string therefore reads exactly as the plan's Traditional edition does, at the
 * cost of OpenCC's phrase table (1.1 MB of the background, issue 15): outside the plan a character with
 * two Traditional forms takes its most common one (头发 → 頭發, not 頭髮). The length never changes, so
 * ranges marked in a Simplified string fit its Traditional form.
 */
import { hantPairs } from './hant-table';

let table: Map<number, number> | undefined;

function lookup(): Map<number, number> {
  if (!table) {
    table = new Map();
    const pairs = hantPairs();
    for (let i = 0; i < pairs.length; i += 2) table.set(pairs.charCodeAt(i), pairs.charCodeAt(i + 1));
  }
  return table;
}

/** Simplified → Traditional (Taiwan character shapes, the plan's own choices), same length. */
export function toHant(text: string): string {
  const map = lookup();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const to = map.get(text.charCodeAt(i));
    if (to === undefined) continue;
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
