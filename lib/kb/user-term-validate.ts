/**
 * Validates a term the reader adds (issue 12): each surface on its own (user-term-surface.ts), then
 * against everything the matcher already knows — a shipped topic or agency surface, or another of the
 * reader's terms — by the keys the automaton would compile it to (fold, separators, quotes, English
 * plurals: lib/match/automaton-build). A clash is refused and named (碳足迹 is already the topic 碳足迹),
 * because two entries on one key would make every mention ambiguous. Never throws, whatever it is given.
 */
import { findDesignations, type FamilyIndex } from '../match/designation';
import { termKeys } from '../match/automaton-build';
import { fold } from '../text/fold';
import { buildDictionary } from './dictionary';
import { agencyItemsOf } from './knowledge-base';
import type { AgencySeed, TopicSeed } from './seed-types';
import { surfaceProblem, type SurfaceProblem } from './user-term-surface';
import { USER_TERM_LIMITS, hasHan, normalizeSurface, type UserTerm, type UserTermInput } from './user-terms';
import type { PlanDoc } from '../plan/types';

export interface Names {
  hans: string;
  hant: string;
  en: string;
}

/** What already owns a key: a shipped topic or agency, or one of the reader's terms. */
export interface TermOwner {
  kind: 'topic' | 'agency' | 'user';
  id: string;
  names: Names;
  items: number[];
}

/** Automaton key → its owner (the first entry that compiled to it). */
export type TermIndex = ReadonlyMap<string, TermOwner>;

export type UserTermField = 'term' | 'alias';

export type UserTermProblem =
  | (SurfaceProblem & { field: UserTermField })
  | { code: 'clash'; field: UserTermField; surface: string; owner: TermOwner }
  /** Two of the new term's own surfaces are one once folded (虚拟电厂 and 虛擬電廠). */
  | { code: 'duplicate'; field: UserTermField; surface: string; of: string }
  /** The surface is a standard designation (GB/T 24001-2016): the designation pass already finds it. */
  | { code: 'standard-code'; field: UserTermField; surface: string }
  | { code: 'too-many-aliases'; max: number }
  | { code: 'too-many-terms'; max: number }
  | { code: 'no-items' }
  /** Numbers the plan does not have; `first`–`last` is the plan's range. */
  | { code: 'unknown-items'; items: number[]; first: number; last: number };

export interface UserTermContext {
  /** The shipped glossary's keys (`shippedTermIndex`). */
  shipped: TermIndex;
  /** The reader's terms already stored. */
  existing: readonly UserTerm[];
  /** The plan's item numbers (read from the plan: nothing assumes 35). */
  planItems: readonly number[];
  /** The standard families, to refuse a surface that is a standard code. */
  families?: FamilyIndex;
}

export type Validated =
  { ok: true; value: Omit<UserTerm, 'id' | 'created'> } | { ok: false; problems: UserTermProblem[] };

/** The keys a user surface is checked by: case-insensitive, with its English variants. */
export function surfaceKeys(surface: string): string[] {
  try {
    return termKeys({ surface: normalizeSurface(surface), payload: 0 });
  } catch {
    return [];
  }
}

/** Every key the shipped dictionary compiles, with the topic or agency it belongs to. */
export function shippedTermIndex(kb: {
  plan: PlanDoc;
  agencies: readonly AgencySeed[];
  topics: readonly TopicSeed[];
}): Map<string, TermOwner> {
  const dictionary = buildDictionary({ agencies: kb.agencies, topics: kb.topics, exclusions: [] });
  const agencies = new Map(kb.agencies.map((a) => [a.id, a]));
  const topics = new Map(kb.topics.map((t) => [t.id, t]));
  const roles = agencyItemsOf(kb.plan);
  const owners = dictionary.payloads.map((p): TermOwner | undefined => {
    if (p.kind === 'topic') {
      const t = topics.get(p.id);
      return t && { kind: 'topic', id: t.id, names: t, items: [...new Set(t.items)].sort((a, b) => a - b) };
    }
    const a = agencies.get(p.id);
    const r = roles[p.id];
    const items = [...new Set([...(r?.lead ?? []), ...(r?.partner ?? [])])].sort((x, y) => x - y);
    return a && { kind: 'agency', id: a.id, names: a, items };
  });
  const index = new Map<string, TermOwner>();
  for (const term of dictionary.terms) {
    const owner = owners[term.payload];
    if (!owner) continue;
    for (const key of termKeys(term)) if (!index.has(key)) index.set(key, owner);
  }
  return index;
}

/** The keys of the reader's stored terms, each with the term as its owner. */
export function userTermIndex(terms: readonly UserTerm[]): Map<string, TermOwner> {
  const index = new Map<string, TermOwner>();
  for (const t of terms) {
    const owner: TermOwner = {
      kind: 'user',
      id: t.id,
      names: { hans: t.term, hant: t.term, en: t.term },
      items: [...t.items],
    };
    for (const surface of [t.term, ...t.aliases]) {
      for (const key of surfaceKeys(surface)) if (!index.has(key)) index.set(key, owner);
    }
  }
  return index;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** A standard code written as the whole surface (the designation pass reads it already). */
function isStandardCode(surface: string, families: FamilyIndex | undefined): boolean {
  if (!families) return false;
  try {
    return findDesignations(fold(surface), surface, families).some(
      (d) => d.start === 0 && d.end === surface.length,
    );
  } catch {
    return false;
  }
}

export function validateUserTerm(input: UserTermInput, ctx: UserTermContext): Validated {
  const problems: UserTermProblem[] = [];
  const raw = input as Partial<Record<keyof UserTermInput, unknown>> | null | undefined;
  const term = normalizeSurface(typeof raw?.term === 'string' ? raw.term : '');
  const aliasList = strings(raw?.aliases)
    .map(normalizeSurface)
    .filter((a) => a !== '');
  const existing = Array.isArray(ctx.existing) ? ctx.existing : [];

  if (existing.length >= USER_TERM_LIMITS.maxTerms) {
    problems.push({ code: 'too-many-terms', max: USER_TERM_LIMITS.maxTerms });
  }
  if (aliasList.length > USER_TERM_LIMITS.maxAliases) {
    problems.push({ code: 'too-many-aliases', max: USER_TERM_LIMITS.maxAliases });
  }

  const users = userTermIndex(existing);
  const own = new Map<string, string>(); // key → the surface of this term that gave it
  const check = (surface: string, field: UserTermField) => {
    const shape = surfaceProblem(surface);
    if (shape) return void problems.push({ ...shape, field });
    if (isStandardCode(surface, ctx.families))
      return void problems.push({ code: 'standard-code', field, surface });
    const keys = surfaceKeys(surface);
    for (const key of keys) {
      const owner = ctx.shipped.get(key) ?? users.get(key);
      if (owner) return void problems.push({ code: 'clash', field, surface, owner });
    }
    const twin = keys.map((k) => own.get(k)).find((s) => s !== undefined);
    if (twin !== undefined) return void problems.push({ code: 'duplicate', field, surface, of: twin });
    for (const key of keys) own.set(key, surface);
  };
  check(term, 'term');
  for (const alias of aliasList.slice(0, USER_TERM_LIMITS.maxAliases)) check(alias, 'alias');

  const known = new Set(ctx.planItems);
  const numbers = Array.isArray(raw?.items) ? (raw.items as unknown[]) : [];
  const items = [...new Set(numbers.filter((n): n is number => typeof n === 'number'))].sort((a, b) => a - b);
  const unknown = [
    // Not `Number(n)`: an object whose toString is not a function makes it throw.
    ...new Set(
      numbers
        .filter((n) => typeof n !== 'number' || !known.has(n))
        .map((n) => (typeof n === 'number' ? n : Number.NaN)),
    ),
  ];
  if (numbers.length === 0) problems.push({ code: 'no-items' });
  else if (unknown.length > 0) {
    const sorted = [...known].sort((a, b) => a - b);
    problems.push({
      code: 'unknown-items',
      items: unknown.slice(0, 10),
      first: sorted[0] ?? 0,
      last: sorted[sorted.length - 1] ?? 0,
    });
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: { term, aliases: aliasList, items, lang: hasHan(term) ? 'zh' : 'en' },
  };
}
