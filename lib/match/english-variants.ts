/**
 * English surfaces are matched the way English is written. The automaton splits the work:
 *
 * - at scan time (unbounded, so it cannot be enumerated): case (via `fold`), runs of spaces, line
 *   breaks, and hyphen-or-space — every whitespace or dash unit is one separator symbol and a run of
 *   them is consumed as one; possessives (`footprint's`, `footprints'`) need nothing, because `'` ends
 *   a word and Latin terms only match on word boundaries;
 * - at compile time (bounded, and it changes the stem): plural endings and `&`/`and`, expanded here into
 *   extra keys of the same term. That costs a few trie states per term and nothing per scanned unit.
 *
 * Surfaces are expected folded (lower case); seeds should give the singular form. Written with
 * charCode tests rather than regular expressions where it runs per term: the whole dictionary's
 * variants are part of the 15 ms build budget.
 */

const isSeparator = (c: number): boolean => c === 0x20 || c === 0x2d || (c >= 0x09 && c <= 0x0d);
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** Folded surface → canonical key: separator runs become one space; no leading/trailing separator. */
export function normalizeSeparators(folded: string): string {
  let clean = true;
  for (let i = 0; i < folded.length && clean; i++) {
    const c = folded.charCodeAt(i);
    if (
      isSeparator(c) &&
      (c !== 0x20 || i === 0 || i === folded.length - 1 || folded.charCodeAt(i + 1) === 0x20)
    ) {
      clean = false;
    }
  }
  return clean ? folded : folded.replace(/[\s-]+/g, ' ').trim();
}

/** True for surfaces written in Latin script (a letter, no CJK), which get English variants. */
export function isLatinSurface(folded: string): boolean {
  let letter = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c > 0x24f && c !== 0x2018 && c !== 0x2019) return false;
    if (isLower(c)) letter = true;
  }
  return letter;
}

/** `footprint` → `footprints`, `technology` → `technologies`, `tax` → `taxes`, `analysis` → `analyses`. */
export function pluralOf(word: string): string | undefined {
  const n = word.length;
  // Short words are too often acronyms or particles (`ai`, `of`) to inflect.
  if (n < 3) return undefined;
  for (let i = 0; i < n; i++) if (!isLower(word.charCodeAt(i))) return undefined;
  const last = word[n - 1];
  const before = word[n - 2] as string;
  if (word.endsWith('sis')) return `${word.slice(0, -2)}es`;
  if (last === 'y' && !'aeiou'.includes(before)) return `${word.slice(0, -1)}ies`;
  if (last === 's' || last === 'x' || last === 'z' || (last === 'h' && (before === 'c' || before === 's'))) {
    return `${word}es`;
  }
  return `${word}s`;
}

/** `a and b`, `a & b` and `a&b` are one term. */
function ampersandVariants(key: string): string[] {
  if (!key.includes('&') && !key.includes(' and ')) return [key];
  const tokens = key.replace(/\s*&\s*/g, ' & ').split(' ');
  // Joining the chunks by each spelling of the conjunction covers terms with several of them.
  const chunks: string[][] = [[]];
  for (const token of tokens) {
    if (token === 'and' || token === '&') chunks.push([]);
    else (chunks[chunks.length - 1] as string[]).push(token);
  }
  const parts = chunks.map((p) => p.join(' '));
  return [' and ', ' & ', '&'].map((joint) => parts.join(joint));
}

/** All keys an English surface (folded, separator-normalized) compiles to, the surface itself first. */
export function englishVariants(key: string): string[] {
  const out = [key];
  for (const variant of ampersandVariants(key)) {
    if (!out.includes(variant)) out.push(variant);
    const lastSpace = variant.lastIndexOf(' ');
    const plural = pluralOf(variant.slice(lastSpace + 1));
    if (plural !== undefined) {
      const inflected = variant.slice(0, lastSpace + 1) + plural;
      if (!out.includes(inflected)) out.push(inflected);
    }
  }
  return out;
}
