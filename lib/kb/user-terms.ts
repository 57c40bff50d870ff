/**
 * The reader's own terms (issue 12, Options → "Your own terms"): a word the shipped glossary lacks,
 * mapped by the reader to plan items. They are layered over the glossary as topic-like entries
 * (`kind: 'topic'`, id `user:<id>`), so the matcher, the card and the clip library treat them as
 * topics and nothing downstream needs a new kind.
 *
 * Stored as one settings row (`userTerms`, lib/settings/user-terms-schema.ts) so a backup carries them
 * without a database schema change. Validation lives in user-term-validate.ts.
 */
import { hashString } from '../db/seed-version';
import type { TopicSeed } from './seed-types';

export interface UserTerm {
  /** Made by the background when the term is added (a UUID); the topic id is `user:<id>`. */
  id: string;
  /** As the reader wrote it, trimmed, inner whitespace runs as one space. */
  term: string;
  /** Other forms of the same word (Chinese or English), normalized the same way. */
  aliases: string[];
  /** Plan item numbers, ascending, each once. */
  items: number[];
  /** `zh` when the term has a Chinese character, else `en`: decides which card name it fills. */
  lang?: 'zh' | 'en';
  /** When it was added (ms since the epoch). */
  created: number;
}

/** What the options page sends to add a term. */
export interface UserTermInput {
  term: string;
  aliases: string[];
  items: number[];
}

/** Bounds (issue 12): enough for a working vocabulary, far below what would slow the matcher. */
export const USER_TERM_LIMITS = {
  maxTerms: 500,
  maxAliases: 10,
  maxLength: 40,
} as const;

/** The prefix that marks a topic id as the reader's own term. */
export const USER_TOPIC_PREFIX = 'user:';

export const userTopicId = (id: string): string => `${USER_TOPIC_PREFIX}${id}`;
export const isUserTopicId = (id: string): boolean => id.startsWith(USER_TOPIC_PREFIX);

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export const hasHan = (s: string): boolean => HAN.test(s);

/** Trimmed, every whitespace run (ideographic space included) as one ASCII space. */
export function normalizeSurface(s: string): string {
  return s.replace(/[\s\u3000]+/g, ' ').trim();
}

/** `碳汇, 碳匯、carbon sink` → three aliases: commas (ASCII or full-width), 、, semicolons, line breaks. */
export function splitAliases(text: string): string[] {
  return text
    .split(/[,，、;；\n\r]+/)
    .map(normalizeSurface)
    .filter((s) => s !== '');
}

/**
 * A term as a topic the dictionary and the card builder understand. Its names in three languages are
 * the reader's own words: the term where its script fits, else the first alias of that script, else
 * the term again. `toHant` (lib/text/to-hant, in the background) gives a Chinese term its Traditional name.
 */
export function userTermTopic(term: UserTerm, toHant: (s: string) => string = (s) => s): TopicSeed {
  const chinese = [term.term, ...term.aliases].filter(hasHan);
  const latin = [term.term, ...term.aliases].filter((s) => !hasHan(s));
  const hans = chinese[0] ?? term.term;
  return {
    id: userTopicId(term.id),
    hans,
    hant: chinese.length > 0 ? toHant(hans) : hans,
    en: latin[0] ?? term.term,
    aliases: chinese.slice(1),
    enAliases: latin.slice(1),
    category: 'user',
    items: [...new Set(term.items)].sort((a, b) => a - b),
  };
}

export function userTermTopics(terms: readonly UserTerm[], toHant?: (s: string) => string): TopicSeed[] {
  return terms.map((t) => userTermTopic(t, toHant));
}

/**
 * A hash of what the matcher compiles from the terms (ids, surfaces, items — not `created`), in a
 * stable order: the layered matcher is cached under `seedVersion + '+' + hash`.
 */
export function userTermsHash(terms: readonly UserTerm[]): string {
  const parts = [...terms]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((t) => [t.id, t.term, t.aliases, t.items]);
  return hashString(JSON.stringify(parts));
}

/** The matcher version for the seeds plus these terms; the seed version itself when there are none. */
export function layeredVersion(seedVersion: string, terms: readonly UserTerm[]): string {
  return terms.length === 0 ? seedVersion : `${seedVersion}+${userTermsHash(terms)}`;
}
