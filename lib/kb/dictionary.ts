/**
 * The matcher's dictionary, built from the seeds (seed-types.ts): every surface of every agency and
 * topic as an automaton term whose payload points at `{kind, id}`. A surface several entries share
 * (an ambiguous one) is compiled once and carries all their payloads (automaton-build.ts).
 *
 * Surfaces are given as written; the automaton folds them, so Traditional forms that differ from the
 * Simplified only by characters add nothing, and ones that differ by vocabulary (軟體) still match.
 */
import type { AutomatonTerm } from '../match/automaton';
import type { AgencySeed, StandardFamilySeed, TopicSeed } from './seed-types';

export type TermKind = 'topic' | 'agency';

export interface TermPayload {
  kind: TermKind;
  id: string;
}

export interface Dictionary {
  /** Payload table: a term's `payload` is an index into it. */
  payloads: TermPayload[];
  terms: AutomatonTerm[];
  /** Topic id → plan items (seeds). Agency items come from the parsed plan (lead/partner). */
  topicItems: Record<string, number[]>;
  /** Standard family id → plan items concerning that kind of standard. */
  familyItems: Record<string, number[]>;
}

export interface DictionaryInput {
  agencies?: readonly AgencySeed[];
  topics?: readonly TopicSeed[];
  families?: readonly StandardFamilySeed[];
}

/**
 * One-unit surfaces would light up every page (a lone 委 or 局); the seeds have none on purpose, and
 * one slipping in is dropped here rather than trusted.
 */
const MIN_SURFACE_LENGTH = 2;

/** The surfaces of an agency, each once: `[surface, caseSensitive]`. Acronyms keep their case. */
export function agencyTermSurfaces(agency: AgencySeed): Array<[string, boolean]> {
  const plain = [agency.hans, agency.hant, agency.full, ...agency.short, agency.en, ...agency.enAliases];
  return [
    ...[...new Set(plain)].map((s): [string, boolean] => [s, false]),
    ...[...new Set(agency.acronyms)].map((s): [string, boolean] => [s, true]),
  ];
}

/** The surfaces of a topic, each once. */
export function topicTermSurfaces(topic: TopicSeed): string[] {
  return [
    ...new Set([
      topic.hans,
      topic.hant,
      ...topic.aliases,
      ...(topic.ambiguous ?? []),
      topic.en,
      ...topic.enAliases,
    ]),
  ];
}

export function buildDictionary(input: DictionaryInput): Dictionary {
  const payloads: TermPayload[] = [];
  const terms: AutomatonTerm[] = [];
  const add = (surface: string | undefined, payload: number, caseSensitive: boolean): void => {
    const s = surface?.trim() ?? '';
    if (s.length < MIN_SURFACE_LENGTH) return;
    terms.push(caseSensitive ? { surface: s, payload, caseSensitive } : { surface: s, payload });
  };

  // Agencies first: where an agency's name is also a topic surface, the name is the agency's.
  for (const agency of input.agencies ?? []) {
    const payload = payloads.push({ kind: 'agency', id: agency.id }) - 1;
    for (const [surface, caseSensitive] of agencyTermSurfaces(agency)) add(surface, payload, caseSensitive);
  }
  const topicItems: Record<string, number[]> = {};
  for (const topic of input.topics ?? []) {
    const payload = payloads.push({ kind: 'topic', id: topic.id }) - 1;
    topicItems[topic.id] = [...new Set(topic.items)].sort((a, b) => a - b);
    for (const surface of topicTermSurfaces(topic)) add(surface, payload, false);
  }
  const familyItems: Record<string, number[]> = {};
  for (const family of input.families ?? []) {
    familyItems[family.id] = [...new Set(family.items)].sort((a, b) => a - b);
  }
  return { payloads, terms, topicItems, familyItems };
}
