/**
 * Row shapes of the `standards-lens` database (DESIGN.md, "In-page contracts" → Database). Seed rows
 * carry `seq`, their index in the seed file, because IndexedDB returns rows in key order and the
 * resolver and the card depend on the curated order (first agency wins an ambiguous surface).
 */
import type { Clip } from '../clips/types';
import type { AgencySeed, ProvinceSeed, StandardFamilySeed, TopicSeed } from '../kb/seed-types';
import type { SerializedMatcher } from '../match/matcher';
import type { Item, PlanDoc } from '../plan/types';

/**
 * `bundled` plans are replaced by a new seed version. Imported plans (issue 12) live in `importedPlans`
 * (ImportedPlanRow), never in `plans`; `imported` stays in the type for rows an older build might hold.
 */
export type PlanSource = 'bundled' | 'imported';

/** A PlanDoc without its items (they live in `items`). */
export interface PlanRow extends Omit<PlanDoc, 'items'> {
  source: PlanSource;
  /** The seed version that wrote a bundled plan. */
  seedVersion: string;
  itemCount: number;
}

/** Keyed by `[planId+no]`. */
export interface ItemRow extends Item {
  planId: string;
}

export type AgencyRow = AgencySeed & { seq: number };
export type TopicRow = TopicSeed & { seq: number };
export type FamilyRow = StandardFamilySeed & { seq: number };
export type ProvinceRow = ProvinceSeed & { seq: number };

/** The compiled matcher of one seed version, so content scripts get it without a rebuild. */
export interface KbCacheRow {
  version: string;
  createdAt: number;
  matcher: SerializedMatcher;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A user's decision for one origin. Content scripts are registered per host (`*://host/*`). */
export interface SiteRow {
  /** `https://example.com` (URL.origin). */
  origin: string;
  /** Lower-case hostname, indexed: every origin of a host shares one match pattern. */
  host: string;
  enabled: boolean;
  updatedAt: number;
}

/** A saved clip (schema version 2): user data, never touched by a reseed. */
export type ClipRow = Clip;

/** A plan the user imported (schema version 3): user data, never touched by a reseed. */
export interface ImportedPlanRow {
  /** `imported-<uuid>`; also `plan.id`. */
  id: string;
  /** The user's name for it (defaults to the document's title). */
  name: string;
  importedAt: number;
  /** The text as imported (after decoding), kept so the plan can be parsed again by a later version. */
  source: string;
  /** Parsed and linked when imported: duties hold agency ids, topics linked by the bundled matcher. */
  plan: PlanDoc;
}
