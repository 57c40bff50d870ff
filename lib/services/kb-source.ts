/**
 * Where the knowledge base comes from: the bundled seeds. `version()` is cheap (a hash) and decides
 * whether the database must be reseeded; `load()` parses the plan and compiles the matcher (~250 ms),
 * so it runs only when the database cannot answer.
 */
import type { SeedKnowledge } from '../db/seed';
import { seedVersionOf } from '../db/seed-version';
import { createKnowledgeBase, type KnowledgeBaseInput } from '../kb/knowledge-base';

export interface KbSource {
  version(): string;
  load(): SeedKnowledge;
}

export function createBundledKbSource(input: KnowledgeBaseInput, appVersion: string): KbSource {
  let version: string | undefined;
  let kb: SeedKnowledge | undefined;
  return {
    version: () => (version ??= seedVersionOf(input, appVersion)),
    load: () =>
      (kb ??= {
        ...createKnowledgeBase(input),
        agencies: input.agencies,
        topics: input.topics,
        standardCodes: input.standardCodes,
      }),
  };
}
