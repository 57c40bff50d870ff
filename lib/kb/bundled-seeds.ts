/**
 * The curated seeds as typed data. JSON is imported (bundled by Vite in the extension, loaded by tsx in
 * the CLIs); the plan text is not, because the extension imports it with `?raw` and Node reads it with
 * fs — see scripts/lib/bundled-kb.ts and entrypoints/background.
 */
import agenciesJson from '../../seeds/agencies.json';
import topicsJson from '../../seeds/topics.json';
import standardCodesJson from '../../seeds/standard-codes.json';
import planTitlesJson from '../../seeds/plan-titles.en.json';
import type { AgenciesFile, PlanTitlesFile, StandardCodesFile, TopicsFile } from './seed-types';

export const seedAgencies = (agenciesJson as AgenciesFile).agencies;
export const seedTopics = (topicsJson as TopicsFile).topics;
export const seedStandardCodes = standardCodesJson as StandardCodesFile;
export const seedPlanTitles = planTitlesJson satisfies PlanTitlesFile;
