/**
 * The English surfaces the dictionary makes beyond what the seeds list (issue 13): agencies' names by
 * rule (agency-names.ts), topics' names through the curated synonym sets (en-synonyms.ts) and the
 * rewording rules (english-phrasings.ts). Generated surfaces never take a name from another entry:
 * one that a seed gives to another agency or topic, or that two entries would both generate, is
 * dropped — what the seeds say is never made ambiguous by a rule.
 */
import { canonicalKey } from '../match/automaton-build';
import { isAcceptableGenerated } from '../match/english-stoplist';
import { fold } from '../text/fold';
import { agencyEnglishNames } from './agency-names';
import { compileSynonyms, synonymSurfaces, type SynonymsFile } from './en-synonyms';
import { englishPhrasings } from './english-phrasings';
import type { AgencySeed, TopicSeed } from './seed-types';

/** Generated surfaces per topic, at most: a bound on what one topic adds to the automaton. */
export const MAX_GENERATED_PER_TOPIC = 64;

export interface GeneratedSurface {
  surface: string;
  /** Index of the entry (the dictionary's payload) it names. */
  payload: number;
}

const keyOf = (surface: string): string => canonicalKey(fold(surface.trim()));

/** A topic's surfaces in Latin script (the ones rules and synonym sets work on). */
function englishOf(topic: TopicSeed): string[] {
  return [topic.en, ...topic.enAliases].filter((s) => /[A-Za-z]/.test(s) && !/[\u3400-\u9fff]/.test(s));
}

/** What the rules and sets make of one topic's English names. */
export function topicGenerated(topic: TopicSeed, synonyms: ReturnType<typeof compileSynonyms>): string[] {
  const names = englishOf(topic);
  const out = new Set<string>();
  const fromSets = synonymSurfaces(topic.id, names, synonyms, MAX_GENERATED_PER_TOPIC);
  for (const s of fromSets) out.add(s);
  for (const name of [...names, ...fromSets]) {
    if (out.size >= MAX_GENERATED_PER_TOPIC) break;
    for (const form of englishPhrasings(name)) out.add(form);
  }
  return [...out].slice(0, MAX_GENERATED_PER_TOPIC);
}

/**
 * Generated English surfaces for the entries, without collisions. `owners` maps the key of every
 * surface the seeds give (canonical folded form) to its payload; `agencyPayload` / `topicPayload` give
 * each entry's payload.
 */
export function generatedEnglishSurfaces(
  agencies: readonly AgencySeed[],
  topics: readonly TopicSeed[],
  synonyms: SynonymsFile,
  owners: ReadonlyMap<string, ReadonlySet<number>>,
  agencyPayload: (i: number) => number,
  topicPayload: (i: number) => number,
): GeneratedSurface[] {
  const candidates: GeneratedSurface[] = [];
  agencies.forEach((agency, i) => {
    for (const surface of agencyEnglishNames(agency)) candidates.push({ surface, payload: agencyPayload(i) });
  });
  const compiled = compileSynonyms(synonyms);
  topics.forEach((topic, i) => {
    for (const surface of topicGenerated(topic, compiled))
      candidates.push({ surface, payload: topicPayload(i) });
  });
  const byKey = new Map<string, Set<number>>();
  const keys = candidates.map((c) => keyOf(c.surface));
  candidates.forEach((c, i) => {
    const key = keys[i] as string;
    const set = byKey.get(key) ?? new Set<number>();
    byKey.set(key, set.add(c.payload));
  });
  return candidates.filter((c, i) => {
    const key = keys[i] as string;
    if (!isAcceptableGenerated(key)) return false;
    // A seeded surface — another entry's, or this entry's own — is never generated again.
    if (owners.has(key)) return false;
    return (byKey.get(key) as Set<number>).size === 1;
  });
}
