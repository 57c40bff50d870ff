/**
 * The compiled matcher shipped inside the extension as `matcher.json` (issue 15, cold start). Right
 * after an install or update the service worker has not yet seeded its database; compiling the plan and
 * glossary there took ~1 s of a cold worker before the first page got its highlights. The build
 * compiles it once with the same code and seeds and writes it as content scripts receive it (with the
 * scanner's double array placed), under the seed version the background computes, which checks it.
 */
import { readFileSync } from 'node:fs';
import { seedVersionOf } from '../../lib/db/seed-version';
import { seedAgencies, seedPlanTitles, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';
import { createKnowledgeBase } from '../../lib/kb/knowledge-base';
import { serializeMatcher } from '../../lib/match/matcher';
import type { MatcherPayload } from '../../lib/messages/protocol';

/** Where the background fetches it from, in its own package. */
export const SHIPPED_MATCHER_FILE = 'matcher.json';

/** `{ version, matcher }` for the bundled seeds and this extension version. */
export function shippedMatcher(appVersion: string): MatcherPayload {
  const planText = readFileSync(new URL('../../seeds/plan.zh-Hans.txt', import.meta.url), 'utf8');
  const seeds = {
    planText,
    agencies: seedAgencies,
    topics: seedTopics,
    standardCodes: seedStandardCodes,
    planTitles: seedPlanTitles,
  };
  const { matcher } = createKnowledgeBase(seeds);
  return {
    version: seedVersionOf(seeds, appVersion),
    matcher: serializeMatcher(matcher, { withLayout: true }),
  };
}
