import { readFileSync } from 'node:fs';
import { seedAgencies, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';
import { createKnowledgeBase, type KnowledgeBase } from '../../lib/kb/knowledge-base';

/** The bundled knowledge base for Node (CLIs, benchmarks, tests): the plan text read from seeds/. */
export function loadBundledKnowledgeBase(): KnowledgeBase {
  const planText = readFileSync(new URL('../../seeds/plan.zh-Hans.txt', import.meta.url), 'utf8');
  return createKnowledgeBase({
    planText,
    agencies: seedAgencies,
    topics: seedTopics,
    standardCodes: seedStandardCodes,
  });
}
