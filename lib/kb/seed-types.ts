/**
 * Shapes of the curated data in `seeds/` (DESIGN.md, "Data model"). The JSON files are typed data:
 * tests under tests/unit guard ids, aliases and item numbers (STYLE.md §10).
 *
 * Chinese strings in `hans`, `full`, `short`, `aliases` are Simplified; the matcher folds page text to
 * Simplified per character, so Traditional forms need not be listed except where the Traditional
 * phrase differs by more than characters (e.g. 軟體 for 软件).
 */

// The standard-code seed types sit below lib/kb and lib/match, which both read them (issue 14).
export type {
  ProvinceSeed,
  StandardCodesFile,
  StandardFamilySeed,
  StandardForce,
  StandardScope,
} from '../seeds/standard-codes';

export interface AgencySeed {
  /** Stable id, lower-case ASCII, e.g. `miit`. */
  id: string;
  /** The name as the plan writes it, Simplified, e.g. 工业和信息化部. */
  hans: string;
  /** The same in Traditional script. */
  hant: string;
  /** English name. */
  en: string;
  /** Full official name (Simplified), e.g. 中华人民共和国工业和信息化部. */
  full: string;
  /**
   * Other Chinese forms documents write, matched but never shown as the body's name (Simplified): the
   * name without 国家 (能源局), with 委员会 spelled out (发展改革委员会), and former names whose function
   * passed to this body alone (环保部, 国家林业局). A form without a national marker is read as a local
   * body after a local prefix (lib/match/zh-context.ts: 省能源局, 各地统计局).
   */
  variants?: string[];
  /** Other Chinese forms used on government sites and in the plan, e.g. 工信部. */
  short: string[];
  /** English acronyms, matched case-sensitively (MIIT, SAMR). */
  acronyms: string[];
  /** Other English phrasings. */
  enAliases: string[];
  /** Ids of bodies that act as one with this one (SAMR ↔ SAC: 市场监管总局(国家标准委)). */
  linked: string[];
}

export type TopicCategory =
  | 'technology'
  | 'digital'
  | 'industry'
  | 'green'
  | 'consumer'
  | 'agriculture'
  | 'urban'
  | 'safety'
  | 'social'
  | 'services'
  | 'international'
  | 'reform'
  | 'foundation'
  /** The reader's own terms (lib/kb/user-terms.ts); no seed uses it. */
  | 'user';

export interface TopicSeed {
  /** Stable id, kebab-case ASCII, e.g. `carbon-footprint`. */
  id: string;
  hans: string;
  hant: string;
  en: string;
  /** Chinese synonyms (Simplified). */
  aliases: string[];
  /** Other English phrasings used by official English-language sources. */
  enAliases: string[];
  category: TopicCategory;
  /** Global plan item numbers (1–35) this topic belongs to. */
  items: number[];
  /** Surfaces this topic shares with another topic (each must list all the items concerned). */
  ambiguous?: string[];
}

/** One curated English title (seeds/plan-titles.en.json), checked against the plan's Chinese one. */
export interface TitleSeed {
  no: number;
  /** The plan's title as written (Simplified): the English one is linked only where it matches. */
  hans: string;
  en: string;
}

/** English titles of a plan's sections and items, written by hand (the plan has no official English). */
export interface PlanTitlesFile {
  /** The `PlanDoc.id` these titles belong to. */
  plan: string;
  sections: TitleSeed[];
  items: TitleSeed[];
}

export interface AgenciesFile {
  agencies: AgencySeed[];
}
export interface TopicsFile {
  topics: TopicSeed[];
}
