/**
 * Everything `scanText` needs, in one object: the compiled automaton, what its payloads mean, the plan
 * items per topic / agency (lead and partner) / standard family, and the designation recognizer's
 * family index. The background builds it once (`createMatcher`) and sends
 * `serializeMatcher(m, { withLayout: true })` — a JSON-safe object, the scanner's double array included
 * — to content scripts, which `deserializeMatcher` it instead of recompiling per page.
 */
import type { Dictionary, TermPayload } from './dictionary-types';
import type { StandardCodesFile } from '../seeds/standard-codes';
import {
  compileAutomaton,
  deserializeAutomaton,
  serializeAutomaton,
  type Automaton,
  type SerializedAutomaton,
} from './automaton';
import { buildFamilyIndex, type FamilyIndex } from './designation';
import type { TermGuard } from './guards';
import type { AgencyItems } from './types';
import type { EnNameWords } from './english-name-words';
import type { ZhWords } from './zh-words';

export interface Matcher {
  automaton: Automaton;
  payloads: readonly TermPayload[];
  topicItems: Readonly<Record<string, readonly number[]>>;
  /** Agency id → items it leads / shares, from the parsed plan (lib/plan). */
  agencyItems: Readonly<Record<string, AgencyItems>>;
  familyItems: Readonly<Record<string, readonly number[]>>;
  /** Automaton key → context checks for its matches (guards.ts); empty when the dictionary has none. */
  guards: ReadonlyMap<string, TermGuard>;
  /** The Chinese context rules' word lists (zh-context.ts); without them, no Chinese rule applies. */
  zh?: ZhWords;
  /** The English name rules' words (english-names.ts); without them, no name rule applies. */
  en?: EnNameWords;
  /** Present when standard codes were given: enables the designation pass. */
  families?: FamilyIndex;
  /** Kept so the matcher can be serialized with its family index (a Map-based index is not JSON). */
  standardCodes?: StandardCodesFile;
  /**
   * Reads a standard's title next to its code (standard-title.ts), so the topics inside an English title
   * are no mentions (scan.ts). A capability of where the matcher runs, never serialized: the background
   * and the CLI have it; the content script, whose bundle it would not fit, scans without it (README).
   */
  readTitle?: TitleReader;
}

/** A standard's title printed next to the code at `[start, end)` of `text`, as a span of `text`. */
export type TitleReader = (
  text: string,
  start: number,
  end: number,
) => { start: number; end: number } | undefined;

export interface MatcherInput {
  dictionary: Dictionary;
  agencyItems?: Record<string, AgencyItems>;
  /** seeds/standard-codes.json; without it no designations are recognized. */
  standardCodes?: StandardCodesFile;
  readTitle?: TitleReader;
}

export interface SerializedMatcher {
  v: 1;
  automaton: SerializedAutomaton;
  payloads: TermPayload[];
  topicItems: Record<string, number[]>;
  agencyItems: Record<string, AgencyItems>;
  familyItems: Record<string, number[]>;
  /** Absent in matchers cached before guards existed: they scan unguarded. */
  guards?: Record<string, TermGuard>;
  /** Absent in matchers cached before the Chinese context rules: they apply none. */
  zh?: ZhWords;
  /** Absent in matchers cached before the English name rules: they apply none. */
  en?: EnNameWords;
  standardCodes?: StandardCodesFile;
}

function familyItemsOf(
  dictionary: Dictionary,
  codes: StandardCodesFile | undefined,
): Record<string, number[]> {
  const items: Record<string, number[]> = { ...dictionary.familyItems };
  for (const f of codes?.families ?? []) items[f.id] ??= [...new Set(f.items)].sort((a, b) => a - b);
  return items;
}

export function createMatcher(input: MatcherInput): Matcher {
  const { dictionary, agencyItems = {}, standardCodes, readTitle } = input;
  return {
    automaton: compileAutomaton(dictionary.terms),
    payloads: dictionary.payloads,
    topicItems: dictionary.topicItems,
    agencyItems,
    familyItems: familyItemsOf(dictionary, standardCodes),
    guards: new Map(Object.entries(dictionary.guards)),
    ...(dictionary.zh ? { zh: dictionary.zh } : {}),
    ...(dictionary.en ? { en: dictionary.en } : {}),
    ...(standardCodes ? { families: buildFamilyIndex(standardCodes), standardCodes } : {}),
    ...(readTitle ? { readTitle } : {}),
  };
}

/** `withLayout`: include the scanner's placed double array (what content scripts are sent). */
export function serializeMatcher(m: Matcher, options: { withLayout?: boolean } = {}): SerializedMatcher {
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    v: 1,
    automaton: serializeAutomaton(m.automaton, options),
    payloads: copy(m.payloads as TermPayload[]),
    topicItems: copy(m.topicItems as Record<string, number[]>),
    agencyItems: copy(m.agencyItems as Record<string, AgencyItems>),
    familyItems: copy(m.familyItems as Record<string, number[]>),
    guards: copy(Object.fromEntries(m.guards)),
    ...(m.zh ? { zh: copy(m.zh) } : {}),
    ...(m.en ? { en: copy(m.en) } : {}),
    ...(m.standardCodes ? { standardCodes: m.standardCodes } : {}),
  };
}

export function deserializeMatcher(
  raw: SerializedMatcher,
  options: { readTitle?: TitleReader } = {},
): Matcher {
  if (raw?.v !== 1) throw new Error('matcher: unknown serialized version');
  return {
    automaton: deserializeAutomaton(raw.automaton),
    payloads: raw.payloads,
    topicItems: raw.topicItems,
    agencyItems: raw.agencyItems,
    familyItems: raw.familyItems,
    guards: new Map(Object.entries(raw.guards ?? {})),
    ...(raw.zh ? { zh: raw.zh } : {}),
    ...(raw.en ? { en: raw.en } : {}),
    ...(raw.standardCodes
      ? { families: buildFamilyIndex(raw.standardCodes), standardCodes: raw.standardCodes }
      : {}),
    ...(options.readTitle ? { readTitle: options.readTitle } : {}),
  };
}
