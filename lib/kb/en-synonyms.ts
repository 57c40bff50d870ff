/**
 * Curated English synonym sets (seeds/en-synonyms.json, issue 13): the words and phrases English
 * sources use interchangeably for one concept — `elderly-friendly` / `age-friendly` / `senior-friendly`,
 * `renovation` / `retrofitting` / `modification`. Listed by hand because no rule knows them; applied to
 * every topic surface that contains a member (or only to the topics a set names), so one set serves
 * every topic built on the concept. Spelling (ageing/aging), plurals and hyphens are the matcher's
 * (lib/match/english-variants.ts): sets list each phrase once, in American spelling.
 *
 * A set may also say how the concept is written after its noun (`after`): `elderly-friendly renovation`
 * is also `renovation for the elderly`.
 */
import { pluralOf, singularOf } from '../match/english-variants';
import { phraseKey } from './english-phrasings';

export interface SynonymSet {
  /** What the set is about (for people reading the seeds). */
  concept: string;
  /** Interchangeable words or phrases; each is replaced by every other where a surface has it. */
  words: string[];
  /** The same concept as a phrase after the noun (`for the elderly`), for surfaces starting with a word. */
  after?: string[];
  /** Topic ids the set applies to; every topic when absent. */
  topics?: string[];
  /**
   * Members that name the concept only inside a longer surface: alone they mean something else as often
   * (`my old neighborhood` is where one used to live), so a member listed here is swapped into longer
   * surfaces (`old neighborhood renovation`) but never made a surface by itself, singular or plural.
   */
  notAlone?: string[];
}

export interface SynonymsFile {
  sets: SynonymSet[];
}

/** A set ready to apply: phrases split into words once. */
interface CompiledSet {
  words: string[][];
  after: string[];
  topics: ReadonlySet<string> | undefined;
  /** `notAlone` members as phrase keys, singular and plural. */
  notAlone: string[];
}

export function compileSynonyms(file: SynonymsFile): CompiledSet[] {
  return file.sets.map((set) => ({
    // Longest first: `new type of` is found before the `new type` inside it.
    words: set.words.map((w) => phraseKey(w).split(' ')).sort((a, b) => b.length - a.length),
    after: (set.after ?? []).map(phraseKey),
    topics: set.topics ? new Set(set.topics) : undefined,
    notAlone: (set.notAlone ?? []).flatMap((w) => {
      const words = phraseKey(w).split(' ');
      return [words.join(' '), pluralPhrase(words).join(' ')];
    }),
  }));
}

/**
 * Where `phrase` stands in `words` (whole words), or -1; its last word may stand in the plural
 * (`old residential communities` has `old residential community`). `plural` says whether it did.
 */
function indexOfPhrase(words: readonly string[], phrase: readonly string[]): { at: number; plural: boolean } {
  const last = phrase.length - 1;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < last; j++) if (words[i + j] !== phrase[j]) continue outer;
    const word = words[i + last] as string;
    if (word === phrase[last]) return { at: i, plural: false };
    if (singularOf(word) === phrase[last]) return { at: i, plural: true };
  }
  return { at: -1, plural: false };
}

/** Nouns with no plural: a plural member is replaced by them as they are (`farm produce`). */
const UNCOUNTABLE = new Set(['produce', 'equipment', 'care', 'software']);

/** `phrase` with its last word in the plural (`old neighborhood` → `old neighborhoods`). */
function pluralPhrase(phrase: readonly string[]): string[] {
  const last = phrase[phrase.length - 1] as string;
  return [...phrase.slice(0, -1), UNCOUNTABLE.has(last) ? last : (pluralOf(last) ?? last)];
}

/** Words with no `and`, comma or preposition: a plain noun phrase a postposed phrase can follow. */
const PLAIN = /^[a-z0-9 ]+$/;
const NOT_PLAIN = new Set(['and', 'or', 'of', 'for', 'on', 'in', 'to', 'with', 'the']);

/** Forms of one phrase-key surface under one set: each member swapped for every other, and `after`. */
function applySet(key: string, set: CompiledSet): string[] {
  const words = key.split(' ');
  const out: string[] = [];
  for (const member of set.words) {
    const { at, plural } = indexOfPhrase(words, member);
    if (at < 0) continue;
    const before = words.slice(0, at);
    const rest = words.slice(at + member.length);
    for (const other of set.words) {
      if (other !== member)
        out.push([...before, ...(plural ? pluralPhrase(other) : other), ...rest].join(' '));
    }
    // `age-friendly renovation` → `renovation for the elderly`: the member first, a plain noun after.
    const noun = rest.join(' ');
    if (
      at === 0 &&
      rest.length > 0 &&
      rest.length <= 3 &&
      PLAIN.test(noun) &&
      !rest.some((w) => NOT_PLAIN.has(w))
    ) {
      for (const phrase of set.after) out.push(`${noun} ${phrase}`);
    }
    break;
  }
  return out;
}

/**
 * Every surface the sets make of `surfaces` (one topic's English names), none of them already there,
 * at most `limit`. Sets apply one after another to everything made so far, so `age-friendly
 * renovation` also becomes `senior-friendly retrofitting`. Words written in capitals in the seed (an
 * acronym such as `SMART`) are not swapped.
 */
export function synonymSurfaces(
  topicId: string,
  surfaces: readonly string[],
  sets: readonly CompiledSet[],
  limit: number,
): string[] {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const surface of surfaces) {
    if (/\b[A-Z]{2,}\b/.test(surface)) continue;
    const key = phraseKey(surface);
    if (!seen.has(key)) {
      seen.add(key);
      queue.push(key);
    }
  }
  const out: string[] = [];
  // Forms that stay inside longer surfaces: made and swapped further, never a surface themselves.
  const notAlone = new Set(sets.flatMap((set) => set.notAlone));
  for (const set of sets) {
    if (set.topics && !set.topics.has(topicId)) continue;
    const current = queue.length;
    for (let i = 0; i < current && out.length < limit; i++) {
      for (const form of applySet(queue[i] as string, set)) {
        if (seen.has(form) || out.length >= limit) continue;
        seen.add(form);
        queue.push(form);
        if (!notAlone.has(form)) out.push(form);
      }
    }
  }
  return out;
}
