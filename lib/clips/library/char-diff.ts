/**
 * A character-level diff of a `changed` clip's original quote and the page's current text (issue 11),
 * hand-written rather than a dependency: the texts are one passage each (quotes are capped at 20,000
 * units), so the common prefix and suffix are trimmed and the middle is diffed by LCS dynamic
 * programming when it is small, else shown as one replacement. ~50 lines against jsdiff's ~30 kB or
 * diff-match-patch (unmaintained since 2019) for the one thing the library needs.
 */

export type DiffOp = '=' | '-' | '+';
export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Beyond this many DP cells (middle × middle) the middle is one replacement: memory stays < 4 MB. */
const MAX_CELLS = 1_000_000;

function push(parts: DiffPart[], op: DiffOp, text: string) {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last?.op === op) last.text += text;
  else parts.push({ op, text });
}

function lcsDiff(a: string, b: string, parts: DiffPart[]) {
  const n = a.length;
  const m = b.length;
  // table[i][j] = LCS length of a[i:] and b[j:], in one typed array.
  const w = m + 1;
  const table = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] =
        a[i] === b[j]
          ? table[(i + 1) * w + j + 1]! + 1
          : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(parts, '=', a[i++]!);
      j++;
    } else if (table[(i + 1) * w + j]! >= table[i * w + j + 1]!) push(parts, '-', a[i++]!);
    else push(parts, '+', b[j++]!);
  }
  push(parts, '-', a.slice(i));
  push(parts, '+', b.slice(j));
}

/** `original` → `current` as kept (`=`), removed (`-`) and added (`+`) runs. */
export function charDiff(original: string, current: string): DiffPart[] {
  let start = 0;
  const max = Math.min(original.length, current.length);
  while (start < max && original[start] === current[start]) start++;
  let end = 0;
  while (end < max - start && original[original.length - 1 - end] === current[current.length - 1 - end])
    end++;
  const parts: DiffPart[] = [];
  push(parts, '=', original.slice(0, start));
  const a = original.slice(start, original.length - end);
  const b = current.slice(start, current.length - end);
  if (a.length * b.length <= MAX_CELLS && Math.max(a.length, b.length) < 65_535) lcsDiff(a, b, parts);
  else {
    push(parts, '-', a);
    push(parts, '+', b);
  }
  push(parts, '=', original.slice(original.length - end));
  return parts;
}
