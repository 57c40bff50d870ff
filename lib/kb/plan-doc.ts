import agenciesJson from '../../seeds/agencies.json';
import planTitlesJson from '../../seeds/plan-titles.en.json';
import topicsJson from '../../seeds/topics.json';
import { parsePlan } from '../plan/parse-plan';
import type { ParsePlanOptions, PlanAgency, PlanDoc, PlanParseResult, PlanTopic } from '../plan/types';
import { createAgencyResolver, toPlanAgency } from './agencies';
import { withEnglishTitles } from './plan-titles';
import type { AgenciesFile, AgencySeed, PlanTitlesFile, TopicSeed, TopicsFile } from './seed-types';

/** The curated agencies (seeds/agencies.json). */
export const bundledAgencies: readonly AgencySeed[] = (agenciesJson satisfies AgenciesFile).agencies;
/** The curated topics (seeds/topics.json). */
export const bundledTopics: readonly TopicSeed[] = (topicsJson as TopicsFile).topics;
/** English titles of the bundled plan's sections and items (seeds/plan-titles.en.json). */
export const bundledPlanTitles: PlanTitlesFile = planTitlesJson satisfies PlanTitlesFile;

/**
 * The bundled plan's name and period: its text (seeds/plan.zh-Hans.txt) starts with the preamble, not
 * with the title, so they are supplied here. The title is the State Council document's own.
 */
export const BUNDLED_PLAN = {
  id: 'action-plan-2024-2025',
  title: '贯彻实施《国家标准化发展纲要》行动计划（2024—2025年）',
  period: '2024-2025',
} as const;

export interface BuildPlanOptions extends Omit<ParsePlanOptions, 'resolveAgency'> {
  agencies?: readonly AgencySeed[];
  /** Topics to attach; their item numbers are kept only where the plan has such an item. */
  topics?: readonly TopicSeed[];
  /** English titles, linked where plan id and Chinese titles match (default: the bundled plan's). */
  titles?: PlanTitlesFile;
}

/**
 * Parses a plan and links it to the knowledge base: duty names become agency ids, `agencies[]` lists
 * every agency the duties reference (seed order), and a name no seed knows becomes a placeholder agency
 * whose id is the name itself (never an ASCII seed id), flagged `unresolved` and listed in
 * `plan.unresolved` — reported, not dropped, so a card can still show it.
 */
export function buildPlanDoc(text: string, opts: BuildPlanOptions = {}): PlanParseResult {
  const { agencies = bundledAgencies, topics = [], titles = bundledPlanTitles, ...parseOpts } = opts;
  const resolver = createAgencyResolver(agencies);
  const result = parsePlan(text, { ...parseOpts, resolveAgency: resolver.resolve });
  if (!result.ok) return result;
  const plan = withEnglishTitles(result.plan, titles);

  const referenced = new Set(
    plan.items.flatMap((item) => item.duties.flatMap((duty) => [...duty.leads, ...duty.partners])),
  );
  const known: PlanAgency[] = agencies.filter((a) => referenced.has(a.id)).map(toPlanAgency);
  const placeholders: PlanAgency[] = [...new Set(plan.unresolved.map((u) => u.name))].map((name) => ({
    id: name,
    hans: name,
    hant: name,
    en: '',
    full: '',
    aliases: [],
    acronyms: [],
    linked: [],
    unresolved: true,
  }));

  const itemNumbers = new Set(plan.items.map((item) => item.no));
  const planTopics: PlanTopic[] = topics
    .map((t) => ({
      id: t.id,
      hans: t.hans,
      hant: t.hant,
      en: t.en,
      aliases: t.aliases,
      enAliases: t.enAliases,
      category: t.category,
      items: t.items.filter((no) => itemNumbers.has(no)),
    }))
    .filter((t) => t.items.length > 0);

  return { ok: true, plan: { ...plan, agencies: [...known, ...placeholders], topics: planTopics } };
}

/**
 * The bundled plan, linked to the bundled agencies and topics. `text` is seeds/plan.zh-Hans.txt — read
 * with fs by scripts and tests, imported with Vite's `?raw` by the extension — so this module stays
 * free of I/O. Throws only if the bundled text does not parse, which the unit tests rule out.
 */
export function loadBundledPlan(text: string, topics: readonly TopicSeed[] = bundledTopics): PlanDoc {
  const result = buildPlanDoc(text, { ...BUNDLED_PLAN, topics });
  if (!result.ok) throw new Error(`bundled plan: ${result.error.message}`);
  return result.plan;
}
