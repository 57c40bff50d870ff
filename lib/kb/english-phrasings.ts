/**
 * Other wordings of a topic's English name, by rule (issue 13). Where lib/match/english-variants.ts
 * spells a surface differently (British/American, plural, open/closed compounds) at compile time, this
 * words it differently — new surfaces of the same topic, made by buildDictionary:
 *
 *   renovation of old residential communities → old residential community renovation    (X of Y → Y X)
 *   adoption of international standards       → adopting international standards        (gerund)
 *   agricultural standardization              → agriculture standardization             (noun ↔ adjective)
 *   science and technology award              → scientific and technological award
 *
 * Only for common nouns: a surface with more than one capitalized word (`Internet of Things`,
 * `Measures for …`, `Belt and Road Initiative`) is a name and is not reworded. Input and output are folded-style: lower
 * case, separators as single spaces (`phraseKey`). Pure and linear in the surface's length.
 */
import { pluralOf } from '../match/english-variants';

/** Lower case, every run of spaces and dashes one space: how rules and synonym sets compare words. */
export function phraseKey(surface: string): string {
  return surface
    .toLowerCase()
    .replace(/[\s\-‐-―－]+/g, ' ')
    .trim();
}

/** Words that make `X of Y` more than a noun and its complement: no inversion across them. */
const FUNCTION_WORDS = new Set([
  'and',
  'or',
  'for',
  'on',
  'in',
  'to',
  'with',
  'between',
  'among',
  'by',
  'at',
  'from',
  'into',
  'a',
  'an',
  '&',
  'as',
  'under',
]);

/** Heads that are no noun of their own (`new type of infrastructure` is no `infrastructure new type`). */
const NOT_HEADS = new Set([
  'type',
  'types',
  'kind',
  'kinds',
  'form',
  'forms',
  'part',
  'number',
  'range',
  'variety',
  'set',
]);

/** Plural-only and -s words a singular must not be made of (`goods`, `sports`, `affairs`). */
const KEEP_S = new Set(['goods', 'sports', 'affairs', 'species', 'series', 'news', 'means', 'arms']);

/** `communities` → `community`, `standards` → `standard`; the word itself when it is no plural. */
function singular(word: string): string {
  if (word.length < 4 || !word.endsWith('s') || KEEP_S.has(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is|ics|ings|ous)$/.test(word)) return word;
  if (/(?:sses|shes|ches|xes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * Action nouns and their gerund (`renovation` → `renovating`): -ization → -izing, -fication → -fying,
 * -ment → -ing, -ction → -cting, -ption → -pting, -ation → -ating, with the words where English does
 * otherwise. A wrong form only costs a key nobody writes; the listed ones are those of the glossary.
 */
const GERUNDS: Readonly<Record<string, string>> = {
  transformation: 'transforming',
  implementation: 'implementing',
  conservation: 'conserving',
  preservation: 'preserving',
  consultation: 'consulting',
  exploitation: 'exploiting',
  adaptation: 'adapting',
  presentation: 'presenting',
  documentation: 'documenting',
  representation: 'representing',
  confirmation: 'confirming',
  transportation: 'transporting',
  information: '',
  production: 'producing',
  reduction: 'reducing',
  introduction: 'introducing',
  consumption: 'consuming',
  use: 'using',
  conversion: 'converting',
  revision: 'revising',
  supervision: 'supervising',
  provision: 'providing',
  extension: 'extending',
  expansion: 'expanding',
  inspection: 'inspecting',
  management: 'managing',
  governance: 'governing',
  alignment: 'aligning',
  assessment: 'assessing',
  recognition: 'recognizing',
  release: 'releasing',
  filing: '',
  upgrading: '',
  grading: '',
  coding: '',
  monitoring: '',
  tracking: '',
};

export function gerundOf(noun: string): string | undefined {
  const listed = GERUNDS[noun];
  if (listed !== undefined) return listed === '' ? undefined : listed;
  if (noun.length < 6) return undefined;
  if (noun.endsWith('ization')) return `${noun.slice(0, -7)}izing`;
  if (noun.endsWith('isation')) return `${noun.slice(0, -7)}ising`;
  if (noun.endsWith('fication')) return `${noun.slice(0, -8)}fying`;
  if (noun.endsWith('ment')) {
    const stem = noun.slice(0, -4);
    return stem.endsWith('e') ? `${stem.slice(0, -1)}ing` : `${stem}ing`;
  }
  if (noun.endsWith('ction') || noun.endsWith('ption')) return `${noun.slice(0, -3)}ing`;
  if (noun.endsWith('ation')) return `${noun.slice(0, -3)}ing`;
  return undefined;
}

/**
 * Nouns and the adjectives made from them, as modifiers before a head noun — only pairs English sources
 * write both ways (`industry chain` / `industrial chain`, `technology innovation` / `technological
 * innovation`); `financial risk` is never `finance risk`, and `agriculture standardization` too rare to
 * pay its ~700 trie states. `science and technology` / `scientific and technological` is a synonym set
 * (seeds/en-synonyms.json).
 */
const NOUN_ADJECTIVE: ReadonlyArray<readonly [string, string]> = [
  ['industry', 'industrial'],
  ['technology', 'technological'],
  ['culture', 'cultural'],
];
const TO_ADJECTIVE = new Map(NOUN_ADJECTIVE);
const TO_NOUN = new Map(NOUN_ADJECTIVE.map(([n, a]) => [a, n]));

/**
 * Modifiers written in the singular and the plural alike (`carbon emission accounting` / `carbon
 * emissions accounting`, `standard system` / `standards system`).
 */
const NUMBER_FREE_MODIFIERS = new Map([
  ['emission', 'emissions'],
  ['emissions', 'emission'],
  ['standard', 'standards'],
  ['standards', 'standard'],
]);

/** Every such modifier in its other number (a modifier: not the last word, not before `of`). */
function modifierNumberForm(words: readonly string[]): string[] {
  let changed = false;
  const out = words.map((w, i) => {
    const other = NUMBER_FREE_MODIFIERS.get(w);
    const next = words[i + 1];
    if (other === undefined || next === undefined || FUNCTION_WORDS.has(next) || next === 'of') return w;
    changed = true;
    return other;
  });
  return changed ? [out.join(' ')] : [];
}

/**
 * Heads of `X of Y` that take a plural (`English versions of national standards`): not abstract nouns,
 * which rarely do (`adoption`, `management`, `upgrading`), except the concrete ones in -ion.
 */
const ABSTRACT = /(?:ion|ment|ing|ance|ence|ity|ness|ism|ure|age)$/;
const CONCRETE_ION = new Set(['version', 'edition', 'station', 'institution', 'organization', 'region']);

function pluralHead(head: string): string | undefined {
  if (ABSTRACT.test(head) && !CONCRETE_ION.has(head)) return undefined;
  return pluralOf(head);
}

/**
 * A common noun phrase, which rules may reword — not a name: names capitalize more than one word
 * (`Internet of Things`, `Belt and Road Initiative`); `English version of national standards` is none.
 */
function isCommonNoun(surface: string): boolean {
  return (surface.match(/(?:^|[\s-])[A-Z]/g) ?? []).length <= 1;
}

/** `H of [the] M` → `M H` (and `M' H` with M's last word singular), and `Hing M`. */
function ofForms(words: readonly string[]): string[] {
  const of = words.indexOf('of');
  if (of < 1 || of !== words.lastIndexOf('of')) return [];
  if (words.some((w) => FUNCTION_WORDS.has(w) || w.includes(','))) return [];
  const head = words.slice(0, of);
  let modifier = words.slice(of + 1);
  if (modifier[0] === 'the') modifier = modifier.slice(1);
  if (head.length > 3 || modifier.length === 0 || modifier.length > 4) return [];
  if (head.some((w) => NOT_HEADS.has(w))) return [];
  const out: string[] = [];
  const last = modifier[modifier.length - 1] as string;
  // As a modifier the noun is singular (`old residential community renovation`).
  out.push([...modifier.slice(0, -1), singular(last), ...head].join(' '));
  if (head.length === 1) {
    const gerund = gerundOf(head[0] as string);
    if (gerund !== undefined) out.push([gerund, ...words.slice(of + 1)].join(' '));
  }
  const heads = pluralHead(head[head.length - 1] as string);
  if (heads !== undefined) out.push([...head.slice(0, -1), heads, ...words.slice(of)].join(' '));
  return out;
}

/**
 * True when `words[i]` modifies a noun: a content word follows it, or it is coordinated with another
 * modifier that does (`science and technology award`). `digital technology and the real economy` has
 * no modifier `technology`.
 */
function isModifier(words: readonly string[], i: number, table: ReadonlyMap<string, string>): boolean {
  const next = words[i + 1];
  if (next === undefined) return false;
  if (next === 'and' || next === 'or') {
    const partner = words[i + 2];
    return partner !== undefined && table.has(partner) && isModifier(words, i + 2, table);
  }
  return !FUNCTION_WORDS.has(next) && next !== 'of' && next !== 'the';
}

/** Every modifier noun as its adjective, and every modifier adjective as its noun (the head stays). */
function modifierForms(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const table of [TO_ADJECTIVE, TO_NOUN]) {
    let changed = false;
    const swapped = words.map((w, i) => {
      const other = table.get(w);
      if (other === undefined || !isModifier(words, i, table)) return w;
      changed = true;
      return other;
    });
    if (changed) out.push(swapped.join(' '));
  }
  return out;
}

/** `H for M` → `Hs for M` for a concrete head (`biomaterials for medical use`). */
function forForms(words: readonly string[]): string[] {
  const at = words.indexOf('for');
  if (at < 1 || at > 3 || at !== words.lastIndexOf('for') || words.includes('of')) return [];
  const heads = pluralHead(words[at - 1] as string);
  return heads === undefined ? [] : [[...words.slice(0, at - 1), heads, ...words.slice(at)].join(' ')];
}

/** `industrial chain and supply chain` → `industrial chains and supply chains`: one head, both plural. */
function coordinatedPlural(words: readonly string[]): string[] {
  const and = words.indexOf('and');
  const head = words[words.length - 1] as string;
  if (and < 1 || and !== words.lastIndexOf('and') || words[and - 1] !== head) return [];
  const heads = pluralHead(head);
  return heads === undefined ? [] : [words.map((w) => (w === head ? heads : w)).join(' ')];
}

/** Other wordings of one English surface of a topic, none equal to it; empty for names. */
export function englishPhrasings(surface: string): string[] {
  if (!isCommonNoun(surface)) return [];
  const key = phraseKey(surface);
  const words = key.split(' ');
  const out = new Set<string>();
  for (const form of [
    ...ofForms(words),
    ...forForms(words),
    ...coordinatedPlural(words),
    ...modifierForms(words),
    ...modifierNumberForm(words),
  ]) {
    if (form !== key) out.add(form);
  }
  return [...out];
}
