/**
 * Builds the plan browser's search index once per plan and language (issue 12): one document per plan
 * item, per agency the duty brackets name, per topic and per standard-code family. Every string the
 * search reads is folded here (Traditional → Simplified, full-width → ASCII, lower case), so typing
 * never folds the index again; Fuse's own index is built here too, not per keystroke.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { CardLang } from '../card/types';
import type { AgencySeed, StandardFamilySeed, TopicSeed } from '../kb/seed-types';
import type { Item, PlanAgency } from '../plan/types';
import { fold } from '../text/fold';
import type { PlanSearchDoc, PlanSearchSource } from './types';

export interface PlanIndexOptions {
  lang: CardLang;
  /**
   * Simplified → Traditional for plan strings (item titles, sentences) when `lang` is zh-Hant
   * (lib/text/to-hant). A parameter, so a page that never shows Traditional need not load its table.
   */
  localize?: (hans: string) => string;
}

export interface PlanIndex {
  docs: readonly PlanSearchDoc[];
  /** Over names and text: near phrases in Chinese. */
  fuse: Fuse<PlanSearchDoc>;
  /** Over names only: an English typo has nothing to find in the plan's Chinese text (and skips it). */
  fuseNames: Fuse<PlanSearchDoc>;
  lang: CardLang;
  localize: (hans: string) => string;
}

/**
 * Fuse for what the exact pass cannot find: typos in English (`carbon footprnt`) and near phrases of
 * four or more characters. `ignoreLocation`: a match deep in an item's text counts as much as one at
 * its start; 0.3 admits one wrong letter in four (tests/unit/plan-search.test.ts).
 */
export const PLAN_FUSE_OPTIONS: IFuseOptions<PlanSearchDoc> = {
  keys: [
    { name: 'names', weight: 3 },
    { name: 'text', weight: 1 },
  ],
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
  includeScore: true,
  shouldSort: true,
};

type Names = { hans: string; hant: string; en: string };

function pick(names: Names, lang: CardLang): string {
  return lang === 'en' ? names.en || names.hans : lang === 'zh-Hant' ? names.hant || names.hans : names.hans;
}

/** The names the reader did not get as the title, for the detail line. */
function others(names: Names, shown: string, extra: readonly string[] = []): string {
  return [...new Set([names.hans, names.hant, names.en, ...extra])]
    .filter((n) => n && n !== shown)
    .join(' · ');
}

const folded = (strings: readonly (string | undefined)[]) => [
  ...new Set(strings.filter((s): s is string => !!s).map((s) => fold(s))),
];

function itemDoc(
  item: Item,
  sectionTitle: string,
  ix: Pick<PlanIndex, 'lang' | 'localize'>,
): Omit<PlanSearchDoc, 'order'> {
  const title = ix.lang === 'en' && item.en ? item.en : ix.localize(item.title);
  const sentences = item.sentences.map((s) => s.text);
  return {
    kind: 'item',
    id: String(item.no),
    href: `#item-${item.no}`,
    title: `${item.label} ${title}`,
    detail: sectionTitle,
    names: folded([item.label, item.title, item.en]),
    text: sentences.map((s) => fold(s)),
    sentences,
  };
}

function agencyDoc(
  agency: PlanAgency,
  seed: AgencySeed | undefined,
  lang: CardLang,
): Omit<PlanSearchDoc, 'order'> {
  const title = pick(agency, lang);
  const short = seed ? [...seed.short, ...seed.acronyms] : agency.acronyms;
  return {
    kind: 'agency',
    id: agency.id,
    href: `#agency-${agency.id}`,
    title,
    detail: others(agency, title, short),
    names: folded([
      agency.hans,
      agency.hant,
      agency.en,
      agency.full,
      ...agency.aliases,
      ...agency.acronyms,
      ...(seed ? [seed.full, ...seed.short, ...seed.acronyms, ...seed.enAliases] : []),
    ]),
    text: [],
    sentences: [],
  };
}

function topicDoc(topic: TopicSeed, lang: CardLang): Omit<PlanSearchDoc, 'order'> {
  const title = pick(topic, lang);
  return {
    kind: 'topic',
    id: topic.id,
    href: `#topic-${topic.id}`,
    title,
    // 6G is 6G in every script: its Chinese name says more.
    detail: others(topic, title) || (topic.aliases[0] ?? ''),
    names: folded([topic.hans, topic.hant, topic.en, ...topic.aliases, ...topic.enAliases]),
    text: [],
    sentences: [],
  };
}

function familyDoc(family: StandardFamilySeed, lang: CardLang): Omit<PlanSearchDoc, 'order'> {
  const meaning = pick(family, lang);
  const sector = family.sector ? pick(family.sector, lang) : '';
  return {
    kind: 'family',
    id: family.id,
    href: `#family-${family.id}`,
    title: family.prefix,
    detail: sector ? `${meaning} · ${sector}` : meaning,
    names: folded([
      family.prefix,
      family.hans,
      family.hant,
      family.en,
      family.sector?.hans,
      family.sector?.hant,
      family.sector?.en,
    ]),
    text: [],
    sentences: [],
  };
}

/** Agency ids some duty bracket names: the agencies the plan browser has a view for. */
export function namedAgencyIds(source: Pick<PlanSearchSource, 'plan'>): Set<string> {
  const ids = new Set<string>();
  for (const item of source.plan.items) {
    for (const duty of item.duties) for (const id of [...duty.leads, ...duty.partners]) ids.add(id);
  }
  return ids;
}

export function buildPlanIndex(source: PlanSearchSource, options: PlanIndexOptions): PlanIndex {
  const { lang } = options;
  const localize = lang === 'zh-Hant' && options.localize ? options.localize : (s: string) => s;
  const ix = { lang, localize };
  const seeds = new Map(source.agencies.map((a) => [a.id, a]));
  const named = namedAgencyIds(source);
  const sectionTitle = new Map(
    source.plan.sections.map((s) => [
      s.no,
      `${localize(s.label)}、${lang === 'en' && s.en ? s.en : localize(s.title)}`,
    ]),
  );
  const docs: PlanSearchDoc[] = [
    ...source.topics.map((t) => topicDoc(t, lang)),
    ...source.plan.agencies.filter((a) => named.has(a.id)).map((a) => agencyDoc(a, seeds.get(a.id), lang)),
    ...(source.families ?? []).map((f) => familyDoc(f, lang)),
    ...source.plan.items.map((item) => itemDoc(item, sectionTitle.get(item.section) ?? '', ix)),
  ].map((doc, order) => ({ ...doc, order }));
  return {
    docs,
    fuse: new Fuse(docs, PLAN_FUSE_OPTIONS),
    fuseNames: new Fuse(docs, { ...PLAN_FUSE_OPTIONS, keys: ['names'] }),
    lang,
    localize,
  };
}
