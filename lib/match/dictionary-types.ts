/**
 * What the matcher compiles: the dictionary the knowledge base (lib/kb/dictionary.ts) builds from the
 * seeds. Declared here, beside its one reader (matcher.ts), so lib/match needs nothing from lib/kb.
 */
import type { AutomatonTerm } from './automaton';
import type { TermGuard } from './guards';
import type { EnNameWords } from './english-name-words';
import type { ZhWords } from './zh-words';

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
  /** Automaton key → the context checks its matches must pass (lib/match/guards.ts). */
  guards: Record<string, TermGuard>;
  /** The word lists of the Chinese context rules (lib/match/zh-context.ts). */
  zh?: ZhWords;
  /** The words and patterns of the English name rules (lib/match/english-names.ts). */
  en?: EnNameWords;
}
