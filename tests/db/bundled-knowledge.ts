import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';
import type { SeedKnowledge } from '../../lib/db/seed';
import { seedAgencies, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';

let cached: SeedKnowledge | undefined;

/** The bundled knowledge base with its seeds, built once per test file (~250 ms). */
export function bundledKnowledge(): SeedKnowledge {
  cached ??= {
    ...loadBundledKnowledgeBase(),
    agencies: seedAgencies,
    topics: seedTopics,
    standardCodes: seedStandardCodes,
  };
  return cached;
}
