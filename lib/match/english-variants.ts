/**
 * English surfaces are matched the way English is written. The automaton splits the work:
 *
 * - at scan time (unbounded, so it cannot be enumerated): case (via `fold`), runs of spaces, line
 *   breaks, and hyphen-or-space — every whitespace or dash unit is one separator symbol and a run of
 *   them is consumed as one (`low-carbon` = `low carbon`); possessives (`footprint's`) need nothing,
 *   because `'` ends a word and Latin terms only match on word boundaries;
 * - at compile time (bounded, and it changes the stem), expanded here into extra keys of the same term:
 *   `&`/`and`; British and American spelling (english-spelling.ts: `standardisation`, `ageing`,
 *   `labelling`, `centre`, `programme`); open and closed compounds (`health care` / `healthcare`,
 *   `e-commerce` / `ecommerce`); plural and singular of the last word.
 *
 * Rewordings that change word order or wording (`renovation of X` → `X renovation`, synonyms) are the
 * glossary's business (lib/kb/english-phrasings.ts): they are new surfaces, these are new spellings.
 *
 * Surfaces are expected folded (lower case); seeds should give the singular form. Generated keys never
 * have fewer than 3 letters and are never a generic word (english-stoplist.ts); each surface yields at
 * most `MAX_KEYS`, in a fixed order, so the work is linear in the surface's length. Written with
 * string tests rather than regular expressions where it runs per term: the whole dictionary's variants
 * are part of the 15 ms build budget.
 */
import { mayRespell, spellingPair, wordForms } from './english-spelling';
import { isAcceptableGenerated } from './english-stoplist';
import { isSeparatorUnit } from './separators';

const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** Keys one surface compiles to, at most (itself included). */
export const MAX_KEYS = 24;
/** Spellings of one surface, at most, before inflection. */
const MAX_SPELLINGS = 8;

/** Folded surface → canonical key: separator runs become one space; no leading/trailing separator. */
export function normalizeSeparators(folded: string): string {
  let clean = true;
  for (let i = 0; i < folded.length && clean; i++) {
    const c = folded.charCodeAt(i);
    if (
      isSeparatorUnit(c) &&
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

function allLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isLower(word.charCodeAt(i))) return false;
  return true;
}

/** `footprint` → `footprints`, `technology` → `technologies`, `tax` → `taxes`, `analysis` → `analyses`. */
export function pluralOf(word: string): string | undefined {
  const n = word.length;
  // Short words are too often acronyms or particles (`ai`, `of`) to inflect.
  if (n < 3 || !allLower(word)) return undefined;
  // Already plural (`industries`, `tailings`, `diagnostics`): no plural of a plural (`industrieses`).
  if (word.endsWith('ings') || singularOf(word) !== undefined) return undefined;
  // Plural-only words (`series`, `goods`), uncountable ones and adjectives (`old for new`): none.
  if (NO_SINGULAR.has(word) || NO_PLURAL.has(word)) return undefined;
  const last = word[n - 1];
  const before = word[n - 2] as string;
  if (word.endsWith('sis')) return `${word.slice(0, -2)}es`;
  if (last === 'y' && !'aeiou'.includes(before)) return `${word.slice(0, -1)}ies`;
  if (last === 's' || last === 'x' || last === 'z' || (last === 'h' && (before === 'c' || before === 's'))) {
    return `${word}es`;
  }
  return `${word}s`;
}

/** Plural-only words and words that merely end in s: no singular. */
const NO_SINGULAR = new Set([
  'goods',
  'sports',
  'news',
  'means',
  'series',
  'species',
  'affairs',
  'arms',
  'savings',
  'earnings',
  'headquarters',
  'premises',
  'proceeds',
  'surroundings',
  'clothes',
  'glasses',
  'outskirts',
  'whereabouts',
  'lens',
  'canvas',
  'atlas',
  'alias',
  'bias',
]);

/**
 * `communities` → `community`, `standards` → `standard`, `diagnostics` → `diagnostic`; undefined when the
 * word is no plural.
 */
export function singularOf(word: string): string | undefined {
  const n = word.length;
  if (n < 4 || word[n - 1] !== 's' || !allLower(word) || NO_SINGULAR.has(word)) return undefined;
  if (word.endsWith('ies') && n >= 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses') || word.endsWith('shes') || word.endsWith('ches') || word.endsWith('xes')) {
    return word.slice(0, -2);
  }
  // `diagnostics` → `diagnostic`, the form before a noun (`molecular diagnostic reagents`).
  if (word.endsWith('ics')) return n >= 6 ? word.slice(0, -1) : undefined;
  if (
    word.endsWith('ss') ||
    word.endsWith('us') ||
    word.endsWith('is') ||
    word.endsWith('ings') ||
    word.endsWith('ous')
  ) {
    return undefined;
  }
  return word.slice(0, -1);
}

/** Words a key may have and still get a ` & ` form. */
const AMPERSAND_WORDS = 4;

/**
 * `a and b`, `a & b` and `a&b` are one term. The closed `a&b` only between short words (`r&d`, `s&t`):
 * nobody writes `research&development`, and each such key is one more branch of the trie.
 */
function ampersandVariants(key: string): string[] {
  const hasAmpersand = key.includes('&');
  if (!hasAmpersand && !key.includes(' and ')) return [key];
  // The ` and ` form first; a key's own `&` (`r&d`, `s & t`) reads as ` and `.
  const base = hasAmpersand ? key.replace(/\s*&\s*/g, ' and ') : key;
  const out = [base];
  let words = 1;
  for (let i = base.indexOf(' '); i >= 0; i = base.indexOf(' ', i + 1)) words++;
  // ` & ` in short names only (`research & development`, `textile & apparel`): long official names
  // are not written with it, and each form is a whole branch of the trie.
  if (words <= AMPERSAND_WORDS) out.push(base.replaceAll(' and ', ' & '));
  if (shortJoints(base)) out.push(base.replaceAll(' and ', '&'));
  return out;
}

/** Every ` and ` of the key stands between words of 3 letters at most (`r and d`, `s and t`). */
function shortJoints(key: string): boolean {
  for (let i = key.indexOf(' and '); i >= 0; i = key.indexOf(' and ', i + 1)) {
    const before = i - (key.lastIndexOf(' ', i - 1) + 1);
    let after = key.indexOf(' ', i + 5);
    if (after < 0) after = key.length;
    if (before > 3 || after - (i + 5) > 3) return false;
  }
  return true;
}

const isWordChar = (c: number): boolean => isLower(c) || (c >= 0x30 && c <= 0x39);

/** End of the word part of `key[from, to)`: trailing punctuation (`capture,`) stays outside. */
function coreEnd(key: string, from: number, to: number): number {
  let end = to;
  while (end > from && !isWordChar(key.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The key in its other spellings, itself first: all-British, all-American (a page keeps to one), and
 * each compound open or closed, one at a time. One pass over the words; strings are built only where a
 * word changes, which is rare.
 */
export function spellingVariants(key: string): string[] {
  // The British and American forms are built as the words are read: text up to `ukAt` / `usAt` is in.
  let uk: string | undefined;
  let us: string | undefined;
  let ukAt = 0;
  let usAt = 0;
  let compounds: string[] | undefined;
  for (let from = 0; from < key.length;) {
    let to = key.indexOf(' ', from);
    if (to < 0) to = key.length;
    const end = coreEnd(key, from, to);
    if (end > from && mayRespell(key, from, end)) {
      const core = key.slice(from, end);
      const forms = wordForms(core);
      const spelled = end - from >= 4 ? spellingPair(core, forms) : undefined;
      if (spelled !== undefined && spelled[0] !== core) {
        uk = (uk ?? '') + key.slice(ukAt, from) + spelled[0];
        ukAt = end;
      }
      if (spelled !== undefined && spelled[1] !== core) {
        us = (us ?? '') + key.slice(usAt, from) + spelled[1];
        usAt = end;
      }
      // At most MAX_SPELLINGS compound forms, each a copy of the key: linear in the key's length.
      const room = (compounds?.length ?? 0) < MAX_SPELLINGS;
      if (room && forms?.open !== undefined) {
        (compounds ??= []).push(key.slice(0, from) + forms.open + key.slice(end));
      }
      if (room && forms?.closes !== undefined && end === to && to < key.length) {
        let next = key.indexOf(' ', to + 1);
        if (next < 0) next = key.length;
        const nextEnd = coreEnd(key, to + 1, next);
        const closed = forms.closes.get(key.slice(to + 1, nextEnd));
        if (closed !== undefined) (compounds ??= []).push(key.slice(0, from) + closed + key.slice(nextEnd));
      }
    }
    from = to + 1;
  }
  if (uk === undefined && us === undefined && !compounds) return [key];
  const out = [key];
  if (uk !== undefined) out.push(uk + key.slice(ukAt));
  if (us !== undefined) out.push(us + key.slice(usAt));
  for (const form of compounds ?? []) if (!out.includes(form)) out.push(form);
  return out.length > MAX_SPELLINGS ? out.slice(0, MAX_SPELLINGS) : out;
}

/**
 * All keys an English surface (folded, separator-normalized) compiles to, the surface itself first:
 * its `&`/`and` forms and its other spellings, each also inflected. Spellings are not crossed with the
 * `&` forms: `standardisation & x` is a rare sight and would cost a branch of the trie each.
 */
export function englishVariants(key: string): string[] {
  const out = [key];
  const amps = ampersandVariants(key);
  for (let a = 0; a < amps.length; a++) {
    const variant = amps[a] as string;
    if (a > 0 || variant !== key) addKey(out, variant);
    addInflections(out, variant);
  }
  const spelled = spellingVariants(amps[0] as string);
  for (let i = 1; i < spelled.length; i++) {
    addKey(out, spelled[i] as string);
    addInflections(out, spelled[i] as string);
  }
  return out;
}

/** Adds a generated key unless it is there, too many are, or it is too short or generic. */
function addKey(out: string[], key: string): void {
  if (out.length < MAX_KEYS && !out.includes(key) && isAcceptableGenerated(key)) out.push(key);
}

/**
 * Last words nobody writes in the plural — uncountable nouns, names, adjectives used as nouns
 * (`standardizations`, `chinas`, `elderlies`): each would be one more key to build and scan for.
 */
const NO_PLURAL = new Set([
  'standardization',
  'standardisation',
  'digitalization',
  'informatization',
  'industrialization',
  'urbanization',
  'modernization',
  'revitalization',
  'utilization',
  'infrastructure',
  'governance',
  'security',
  'safety',
  'equipment',
  'software',
  'research',
  'information',
  'management',
  'education',
  'protection',
  'conservation',
  'supervision',
  'cooperation',
  'integration',
  'pollution',
  'commerce',
  'agriculture',
  'aviation',
  'transport',
  'health',
  'china',
  'prc',
  'elderly',
  'people',
  'children',
  'data',
  // Adjectives a surface may end on (`old for new`): `news` and `olds` are other words.
  'new',
  'old',
]);

/** Phrasal nouns (folded, hyphen as space) whose plural adds -s to the particle. */
const PHRASAL_NOUNS = new Set([
  'trade in',
  'start up',
  'roll out',
  'set up',
  'check up',
  'break through',
  'spin off',
]);

/** Nouns in -ing that do have a plural (`green buildings`); other -ing words (`retrofitting`) do not. */
const ING_PLURAL = new Set([
  'building',
  'bearing',
  'dwelling',
  'setting',
  'meeting',
  'finding',
  'hearing',
  'listing',
  'ranking',
  'rating',
  'filing',
  'warning',
  'opening',
  'holding',
  'saving',
  'offering',
]);

/**
 * The singular of the last word when it is plural, else its plural — none for uncountable nouns, names,
 * adjectives used as nouns and most -ing words (NO_PLURAL, ING_PLURAL).
 */
export function inflections(key: string): string[] {
  const lastSpace = key.lastIndexOf(' ');
  const lastWord = lastSpace < 0 ? key : key.slice(lastSpace + 1);
  // Phrasal nouns take their plural on the particle: `trade-in` → `trade-ins`, `start-up` → `start-ups`.
  if (PHRASAL_NOUNS.has(key.slice(key.lastIndexOf(' ', lastSpace - 1) + 1))) return [`${key}s`];
  // …and so does one heading `X of Y`: `trade-ins of consumer goods`.
  const of = key.indexOf(' of ');
  if (of > 0 && PHRASAL_NOUNS.has(key.slice(key.lastIndexOf(' ', key.lastIndexOf(' ', of - 1) - 1) + 1, of)))
    return [`${key.slice(0, of)}s${key.slice(of)}`];
  // `industries of the future`, `care for the elderly`: after `the`, the last word is not the head.
  if (key.endsWith(` the ${lastWord}`)) return [];
  // `forensics` alone is a field; `forensic` alone an adjective (`forensic accounting`): no singular.
  if (lastSpace < 0 && lastWord.endsWith('ics')) return [];
  const singular = singularOf(lastWord);
  // Already plural: its singular, and no plural of a plural.
  if (singular !== undefined) return [key.slice(0, lastSpace + 1) + singular];
  if (NO_PLURAL.has(lastWord) || NO_SINGULAR.has(lastWord)) return [];
  if (lastWord.endsWith('ing') && !ING_PLURAL.has(lastWord)) return [];
  const plural = pluralOf(lastWord);
  return plural === undefined ? [] : [key.slice(0, lastSpace + 1) + plural];
}

/** Adds the inflections of `key` (no closure: this runs per key in the build). */
function addInflections(out: string[], key: string): void {
  for (const form of inflections(key)) addKey(out, form);
}
