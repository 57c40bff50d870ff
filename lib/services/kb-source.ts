/**
 * Where the knowledge base comes from: the bundled seeds. `version()` is cheap (a hash) and decides
 * whether the database must be reseeded; `load()` parses the plan and compiles the matcher (~250 ms
 * warm, ~1 s in a cold worker), so it runs only when the database cannot answer. `shipped()` is the
 * matcher the build compiled (scripts/lib/shipped-matcher.ts), for the first pages after an install or
 * update, before the database is seeded.
 */
import type { CardKnowledge } from '../card/types';
import type { SeedKnowledge } from '../db/seed';
import { seedVersionOf } from '../db/seed-version';
import { createKnowledgeBase, planOf, type KnowledgeBaseInput } from '../kb/knowledge-base';
import type { MatcherPayload } from '../messages/protocol';

export interface KbSource {
  version(): string;
  load(): SeedKnowledge;
  /** The same without the matcher (the plan parsed; no compile): what seeding needs beside a shipped matcher. */
  card?(): CardKnowledge;
  /** The build's compiled matcher for this version; undefined when absent, unreadable or of another version. */
  shipped?(): Promise<MatcherPayload | undefined>;
}

/** The shape the build writes; anything else (a truncated file, another format) is not used. */
function asPayload(value: unknown, version: string): MatcherPayload | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version: v, matcher } = value as Partial<MatcherPayload>;
  if (v !== version || typeof matcher !== 'object' || matcher === null || matcher.v !== 1) return undefined;
  return value as MatcherPayload;
}

export function createBundledKbSource(
  input: KnowledgeBaseInput,
  appVersion: string,
  /** Reads the build's `matcher.json` from the extension's own package. */
  readShipped?: () => Promise<unknown>,
): KbSource {
  let version: string | undefined;
  let card: CardKnowledge | undefined;
  let kb: SeedKnowledge | undefined;
  const source: KbSource = {
    version: () => (version ??= seedVersionOf(input, appVersion)),
    card: () =>
      (card ??= {
        plan: planOf(input),
        agencies: input.agencies,
        topics: input.topics,
        standardCodes: input.standardCodes,
      }),
    load: () => {
      const base = source.card!();
      return (kb ??= { ...base, matcher: createKnowledgeBase(input, base.plan).matcher });
    },
  };
  if (readShipped) {
    source.shipped = async () => {
      try {
        return asPayload(await readShipped(), source.version());
      } catch {
        return undefined;
      }
    };
  }
  return source;
}
