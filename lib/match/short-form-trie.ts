/**
 * The short forms a page defined, compiled for one pass over a text (issue 13). Looking each short form
 * up with `indexOf` and checking every hit against every mention made a page that defines 碳迹 pay
 * ~0.6 / 2.8 / 11.5 s for a block of 100k / 200k / 400k units; a trie over the (at most
 * MAX_SHORT_FORMS, each at most ~40 units) keys finds every occurrence of every key in
 * O(text × longest key), whatever the number of keys.
 */

export interface KeyTrie {
  /** The keys, as given: a key's index is its place here. */
  readonly keys: readonly string[];
  /**
   * Calls `visit(start, key)` for every occurrence of every key in `text[from, to)` (an occurrence may
   * run past `to`), by start, shorter keys first at one start. Occurrences may overlap.
   */
  find(text: string, visit: (start: number, key: number) => void, from?: number, to?: number): void;
}

/** Children per node as one map keyed `node * 0x10000 + unit` (a Map per node costs more to build). */
export function createKeyTrie(keys: readonly string[]): KeyTrie {
  const edges = new Map<number, number>();
  const terminal: number[] = [-1];
  /** Units that start some key: most positions of a page are rejected by this one test. */
  const first = new Uint8Array(0x10000);
  keys.forEach((key, index) => {
    if (key.length === 0) return;
    first[key.charCodeAt(0)] = 1;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const edge = node * 0x10000 + key.charCodeAt(i);
      let next = edges.get(edge);
      if (next === undefined) {
        next = terminal.length;
        terminal.push(-1);
        edges.set(edge, next);
      }
      node = next;
    }
    terminal[node] = index;
  });
  return {
    keys,
    find(text, visit, from = 0, to = text.length) {
      const n = text.length;
      for (let p = from; p < to; p++) {
        if (first[text.charCodeAt(p)] === 0) continue;
        let node = 0;
        for (let q = p; q < n; q++) {
          const next = edges.get(node * 0x10000 + text.charCodeAt(q));
          if (next === undefined) break;
          node = next;
          const key = terminal[node] as number;
          if (key >= 0) visit(p, key);
        }
      }
    },
  };
}
