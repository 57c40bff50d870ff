/**
 * The matcher's dictionary, built from the seeds (seed-types.ts): every surface of every agency and
 * topic as an automaton term whose payload points at `{kind, id}`. A surface several entries share
 * (an ambiguous one) is compiled once and carries all their payloads (automaton-build.ts).
 *
 * Surfaces are given as written; the automaton folds them, so Traditional forms that differ from the
 * Simplified only by characters add nothing, and ones that differ by vocabulary (軟體) still match.
 */
import { fold } from '../text/fold';
import type { AutomatonTerm } from '../match/automaton';
import { canonicalKey, termKeys } from '../match/automaton-build';
import { mergeGuards, type TermGuard } from '../match/guards';
import { ZH_WORDS } from '../match/zh-words';
import { EN_NAME_WORDS } from '../match/english-name-words';
import enSynonymsJson from '../../seeds/en-synonyms.json';
import enContextJson from '../../seeds/en-context.json';
import { acronymNotBefore, EMPHASIS_NOT_AFTER } from './acronym-words';
import type { SynonymsFile } from './en-synonyms';
import {
  englishContextGuards,
  mergeContextGuards,
  onceNamedGuard,
  type EnglishContextFile,
} from './english-context';
import { generatedEnglishSurfaces } from './english-surfaces';
import type { AgencySeed, StandardFamilySeed, TopicSeed } from './seed-types';

// The matcher's input shapes live with the matcher (lib/match), which never imports lib/kb (issue 14).
import type { Dictionary, TermPayload } from '../match/dictionary-types';
export type { Dictionary, TermKind, TermPayload } from '../match/dictionary-types';

/** A surface that is no mention next to certain text: `大数据` in 扩大数据库 or 最大数据量. */
export interface SurfaceExclusion {
  /** As a seed writes it; it applies to every script and case of the surface (keys are folded). */
  surface: string;
  /** Not a mention when followed by one of these (大数据 before 库 is 大 + 数据库). */
  notFollowedBy?: string[];
  /** Not a mention when preceded by one of these (大数据 after 扩 is 扩大 + 数据). */
  notPrecededBy?: string[];
}

export interface DictionaryInput {
  agencies?: readonly AgencySeed[];
  topics?: readonly TopicSeed[];
  families?: readonly StandardFamilySeed[];
  /** Compound collisions; `SURFACE_EXCLUSIONS` unless given. */
  exclusions?: readonly SurfaceExclusion[];
  /** English synonym sets (english-surfaces.ts); seeds/en-synonyms.json unless given. */
  synonyms?: SynonymsFile;
  /** English context rules (english-context.ts); seeds/en-context.json unless given. */
  englishContext?: EnglishContextFile;
}

/** The curated English synonym sets (seeds/en-synonyms.json). */
export const EN_SYNONYMS: SynonymsFile = enSynonymsJson as SynonymsFile;

/** The English context rules (seeds/en-context.json): loose uses of topic words, told by their neighbours. */
export const EN_CONTEXT: EnglishContextFile = enContextJson as EnglishContextFile;

/**
 * Chinese compounds that contain a surface without meaning it, found on real pages. Data, not code: add
 * a line when a page shows another. Folded when compiled, so Traditional text (擴大數據庫) is covered.
 */
export const SURFACE_EXCLUSIONS: readonly SurfaceExclusion[] = [
  // 扩大数据库覆盖范围, 最大数据量, 较大数据集, 庞大数据: 扩大 / 最大 … + 数据, not 大数据 (big data).
  { surface: '大数据', notFollowedBy: ['库', '量'], notPrecededBy: ['扩', '最', '较', '更', '庞'] },
  // 公共卫生间 is a public toilet, not public health.
  { surface: '公共卫生', notFollowedBy: ['间'] },
  // The CAC 40, the Paris stock index, is no Cyberspace Administration.
  { surface: 'CAC', notFollowedBy: [' 40'] },
  // `12 times EV/EBITDA`, `EV-to-sales`: enterprise value in a valuation, also on a page about China's carmakers.
  { surface: 'EV', notFollowedBy: ['/ebitda', '/sales', '/revenue', '-to-', ' to ebitda', ' to sales'] },
];

/**
 * Agency acronyms that are also English words (`MOST`, `CAST`, `SAC`, `MOT`): in an all-caps line
 * (`MOST VALUABLE PLAYER`, `THE CAST OF`) case tells nothing, so next to an all-caps word they are
 * words, not agencies.
 */
export const WORD_ACRONYMS: ReadonlySet<string> = new Set(['MOST', 'CAST', 'SAC', 'MOT']);

/** Acronyms that are English words written in capitals for emphasis (`the MOST valuable`). */
export const EMPHASIS_ACRONYMS: ReadonlySet<string> = new Set(['MOST']);

/**
 * Agency acronyms that English text often uses for something else — SAC Capital and the Sacramento
 * Kings, the CAC 40, the word MOST, the UK's MOT test, Singapore's MOE and NEA, the US NBS, CEA, MCA,
 * MPS, NHC — so they are agencies only on a page about China or one that defines them after the
 * agency's name (lib/match/acronym-guards.ts). Distinctive ones (SAMR, MIIT, NDRC) need no context.
 */
export const CONTEXT_ACRONYMS: ReadonlySet<string> = new Set([
  'SAC',
  'CAC',
  'MOST',
  'MOT',
  'MCA',
  'NEA',
  'CEA',
  'NBS',
  'MPS',
  'MEM',
  'MOE',
  'MOF',
  'MOJ',
  'MCT',
  'NHC',
  'PBC',
  'MWR',
  'MNR',
  'CAST',
  'NFRA',
]);

/**
 * Topic acronyms with other meanings in English — the Game Boy Advance, Throwback Thursday and
 * tributyltin, the US Energy Information Administration, the Confederation of Indian Industry, SCO Group,
 * Turner Classic Movies, Oxford's PPE degree, a subject-matter expert (SME), exposure or enterprise value
 * (EV), the Insurance Services Office's `ISO Class 3`: topics only on a page about China.
 */
export const TOPIC_CONTEXT_ACRONYMS: ReadonlySet<string> = new Set([
  'GBA',
  'TBT',
  'EIA',
  'SCO',
  'CII',
  'TCM',
  'PPE',
  'SME',
  'EV',
  'ISO',
]);

/** The guard of an agency acronym (guards.ts, acronym-guards.ts). */
function acronymGuard(acronym: string, linked: readonly string[]): TermGuard {
  const emphasis = EMPHASIS_ACRONYMS.has(acronym);
  const g: TermGuard = { ownParens: true, notBefore: acronymNotBefore(emphasis) };
  if (emphasis) g.notAfter = EMPHASIS_NOT_AFTER;
  if (linked.length > 0) g.linked = [...linked];
  if (WORD_ACRONYMS.has(acronym)) g.notInCaps = true;
  if (CONTEXT_ACRONYMS.has(acronym)) g.needsContext = true;
  return g;
}

/**
 * Bodies that number their standards (`ISO 9001`, `IEC 61850`, `ITU-T Y.3172`): their acronym before a
 * bare number is a designation (the designation pass) or a film speed (`ISO 400`), never the topic.
 */
export const STANDARD_BODY_ACRONYMS: ReadonlySet<string> = new Set(['ISO', 'IEC', 'ITU']);

/**
 * Short Latin acronyms (`AI`, `ISO`, `ESG`): all capitals, 2–5 letters. As topic surfaces they match in
 * exactly that case, as agency acronyms do: `Ai Weiwei`, pinyin `ai` or `Iso` in a name are no mentions.
 */
export function isShortAcronym(surface: string): boolean {
  return /^[A-Z]{2,5}$/.test(surface.trim());
}

/**
 * One-unit surfaces would light up every page (a lone 委 or 局); the seeds have none on purpose, and
 * one slipping in is dropped here rather than trusted.
 */
const MIN_SURFACE_LENGTH = 2;

/** The surfaces of an agency, each once: `[surface, caseSensitive]`. Acronyms keep their case. */
export function agencyTermSurfaces(agency: AgencySeed): Array<[string, boolean]> {
  const plain = [
    agency.hans,
    agency.hant,
    agency.full,
    ...agency.short,
    ...(agency.variants ?? []),
    agency.en,
    ...agency.enAliases,
  ];
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

/**
 * A topic's surfaces with their case flag: short acronyms are exact, and so is every other spelling of
 * the same letters (a seed's `Asean` beside `ASEAN` adds that spelling, it does not lift the case).
 */
export function topicTermCases(topic: TopicSeed): Array<[string, boolean]> {
  const surfaces = topicTermSurfaces(topic);
  const acronyms = new Set(surfaces.filter(isShortAcronym).map((s) => s.trim().toLowerCase()));
  return surfaces.map((s) => [s, acronyms.has(s.trim().toLowerCase())]);
}

/** An agency's short forms written in Chinese: neither its plan name nor its full name. */
function chineseShortForms(agency: AgencySeed): string[] {
  const names = new Set([agency.hans, agency.hant, agency.full]);
  return agency.short.filter((s) => !names.has(s) && /[\u3400-\u9fff]/.test(s));
}

/**
 * Appends the English surfaces rules and synonym sets make (english-surfaces.ts) to `terms`, after
 * everything the seeds give, so none of them takes a seeded name.
 */
function addGenerated(
  input: DictionaryInput,
  payloads: readonly TermPayload[],
  terms: AutomatonTerm[],
): void {
  const owners = new Map<string, Set<number>>();
  for (const term of terms) {
    const key = canonicalKey(fold(term.surface));
    owners.set(key, (owners.get(key) ?? new Set()).add(term.payload));
  }
  const agencyPayload = new Map<string, number>();
  const topicPayload = new Map<string, number>();
  payloads.forEach((p, i) => (p.kind === 'agency' ? agencyPayload : topicPayload).set(p.id, i));
  const agencies = input.agencies ?? [];
  const topics = input.topics ?? [];
  const generated = generatedEnglishSurfaces(
    agencies,
    topics,
    input.synonyms ?? EN_SYNONYMS,
    owners,
    (i) => agencyPayload.get((agencies[i] as AgencySeed).id) as number,
    (i) => topicPayload.get((topics[i] as TopicSeed).id) as number,
  );
  // `Commerce Ministry` is the body's name; `the commerce ministry` in lower case a description of it
  // (tests/fixtures/ANNOTATION.md: descriptive references are no mentions).
  for (const { surface, payload } of generated)
    terms.push(/ Ministry$/.test(surface) ? { surface, payload, caseSensitive: true } : { surface, payload });
}

export function buildDictionary(input: DictionaryInput): Dictionary {
  const payloads: TermPayload[] = [];
  const terms: AutomatonTerm[] = [];
  const guards = new Map<string, TermGuard>();
  const add = (surface: string | undefined, payload: number, caseSensitive: boolean): void => {
    const s = surface?.trim() ?? '';
    if (s.length < MIN_SURFACE_LENGTH) return;
    terms.push(caseSensitive ? { surface: s, payload, caseSensitive } : { surface: s, payload });
  };
  const guard = (surface: string, g: TermGuard, caseSensitive = false): void => {
    for (const key of termKeys({ surface, payload: 0, caseSensitive }))
      guards.set(key, mergeGuards(guards.get(key), g));
  };

  // Agencies first: where an agency's name is also a topic surface, the name is the agency's.
  for (const agency of input.agencies ?? []) {
    const payload = payloads.push({ kind: 'agency', id: agency.id }) - 1;
    for (const [surface, caseSensitive] of agencyTermSurfaces(agency)) add(surface, payload, caseSensitive);
    for (const short of chineseShortForms(agency)) guard(short, { local: true });
    for (const acronym of agency.acronyms) guard(acronym, acronymGuard(acronym, agency.linked), true);
  }
  const topicItems: Record<string, number[]> = {};
  const topicPayloads = new Map<string, number>();
  for (const topic of input.topics ?? []) {
    const payload = payloads.push({ kind: 'topic', id: topic.id }) - 1;
    topicPayloads.set(topic.id, payload);
    topicItems[topic.id] = [...new Set(topic.items)].sort((a, b) => a - b);
    for (const [surface, caseSensitive] of topicTermCases(topic)) {
      add(surface, payload, caseSensitive);
      // An exact-case surface gets no English variants (automaton-build.ts), so its plural is added
      // here as written: `SMEs`, `NEVs` (two-letter ones stay uninflected, as english-variants.ts has it).
      if (caseSensitive && surface.trim().length >= 3) add(`${surface.trim()}s`, payload, true);
      if (STANDARD_BODY_ACRONYMS.has(surface)) guard(surface, { notBeforeNumber: true }, true);
      if (TOPIC_CONTEXT_ACRONYMS.has(surface)) guard(surface, { needsContext: true }, true);
    }
  }
  const context = input.englishContext ?? EN_CONTEXT;
  for (const short of context.onceNamed ?? []) {
    const payload = topicPayloads.get(short.topic);
    if (payload === undefined) continue; // a dictionary without that topic (tests, a user's terms)
    const acronym = short.acronym === true;
    for (const surface of short.surfaces) {
      add(surface, payload, acronym);
      if (acronym) add(`${surface}s`, payload, true);
      for (const form of acronym ? [surface, `${surface}s`] : [surface])
        guard(form, onceNamedGuard(short), acronym);
    }
  }
  for (const { surface, notFollowedBy, notPrecededBy } of input.exclusions ?? SURFACE_EXCLUSIONS) {
    const folded = (list?: string[]): string[] | undefined => list?.map((x) => fold(x));
    const g: TermGuard = {};
    if (notFollowedBy?.length) g.notFollowedBy = folded(notFollowedBy);
    if (notPrecededBy?.length) g.notPrecededBy = folded(notPrecededBy);
    guard(surface, g, isShortAcronym(surface));
  }
  const contextGuards = englishContextGuards(context, (surface, rule) => {
    const keys = termKeys({ surface, payload: 0 });
    return rule.agencies ? keys.slice(0, 1) : keys;
  });
  for (const [key, g] of contextGuards) {
    const folded = (list?: string[]): string[] | undefined => list?.map((x) => fold(x));
    const h: TermGuard = { ...g };
    if (g.notFollowedBy) h.notFollowedBy = folded(g.notFollowedBy);
    if (g.notPrecededBy) h.notPrecededBy = folded(g.notPrecededBy);
    guards.set(key, mergeContextGuards(guards.get(key), h));
  }
  addGenerated(input, payloads, terms);
  const familyItems: Record<string, number[]> = {};
  for (const family of input.families ?? []) {
    familyItems[family.id] = [...new Set(family.items)].sort((a, b) => a - b);
  }
  return {
    payloads,
    terms,
    topicItems,
    familyItems,
    guards: Object.fromEntries(guards),
    zh: ZH_WORDS,
    en: EN_NAME_WORDS,
  };
}
