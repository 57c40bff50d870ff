/**
 * The short forms a page defined, indexed for one pass over a text (issue 13). Looking each short form
 * up with `indexOf` and checking every hit against every mention made a page that defines 碳迹 pay
 * ~0.6 / 2.8 / 11.5 s for a block of 100k / 200k / 400k units. Here a position is looked at only when
 * some short form may start with its unit, and then once per distinct short-form length (at most
 * MAX_SHORT_FORMS short forms of at most ~40 units): O(text × lengths), whatever the number of keys.
 * (A trie did the same in more bytes of the content script, which has a budget: DESIGN.md.)
 */

export interface KeyIndex {
  /** The keys, as given: a key's index is its place here. */
  readonly keys: readonly string[];
  /**
   * Calls `visit(start, key)` for every occurrence of every key in `text`, by start, shorter keys first
   * at one start. Occurrences may overlap.
   */
  find(text: string, visit: (start: number, key: number) => void): void;
}

export function createKeyIndex(keys: readonly string[]): KeyIndex {
  const index = new Map(keys.map((key, i) => [key, i]));
  // First units by their low byte: a cheap filter (a 64K table per text cost more than it saved).
  const first = new Uint8Array(256);
  for (const key of keys) first[key.charCodeAt(0) & 255] = 1;
  const lengths = [...new Set(keys.map((k) => k.length))].sort((a, b) => a - b);
  return {
    keys,
    find(text, visit) {
      for (let p = 0; p < text.length; p++) {
        if (first[text.charCodeAt(p) & 255] === 0) continue;
        for (const n of lengths) {
          const k = p + n <= text.length ? index.get(text.slice(p, p + n)) : undefined;
          if (k !== undefined) visit(p, k);
        }
      }
    },
  };
}
