import { normalizeName } from '../plan/to-hans';
import type { PlanAgency } from '../plan/types';
import type { AgencySeed } from './seed-types';

/**
 * Name → agency id for the names a plan writes in its duty brackets, and for any other form a user or
 * page might use: the plan's name, its Traditional form, the full official name, short forms (工信部),
 * English names and acronyms. Chinese forms are compared after Traditional → Simplified and full-width
 * folding (市場監管總局 = 市场监管总局); English forms case-insensitively.
 */
export interface AgencyResolver {
  resolve(name: string): string | undefined;
  get(id: string): AgencySeed | undefined;
  /** Surfaces claimed by more than one agency (the first claim wins); seeds keep this empty. */
  readonly clashes: { surface: string; ids: string[] }[];
}

export function createAgencyResolver(agencies: readonly AgencySeed[]): AgencyResolver {
  const byKey = new Map<string, string>();
  const byId = new Map<string, AgencySeed>();
  const clashes: { surface: string; ids: string[] }[] = [];
  for (const agency of agencies) {
    byId.set(agency.id, agency);
    for (const surface of agencySurfaces(agency)) {
      const key = lookupKey(surface);
      const owner = byKey.get(key);
      if (owner === undefined) byKey.set(key, agency.id);
      else if (owner !== agency.id) clashes.push({ surface, ids: [owner, agency.id] });
    }
  }
  return {
    resolve: (name) => (name.trim() ? byKey.get(lookupKey(name)) : undefined),
    get: (id) => byId.get(id),
    clashes,
  };
}

/** Every form an agency is known by, each once. */
export function agencySurfaces(agency: AgencySeed): string[] {
  return unique([
    agency.hans,
    agency.hant,
    agency.full,
    ...agency.short,
    ...(agency.variants ?? []),
    agency.en,
    ...agency.acronyms,
    ...agency.enAliases,
  ]).filter((s) => s.trim() !== '');
}

/** The seed as a plan lists it (DESIGN.md contract: agencies[{id,hans,hant,en,aliases}]). */
export function toPlanAgency(agency: AgencySeed): PlanAgency {
  return {
    id: agency.id,
    hans: agency.hans,
    hant: agency.hant,
    en: agency.en,
    full: agency.full,
    aliases: unique([
      agency.full,
      ...agency.short,
      ...(agency.variants ?? []),
      ...agency.acronyms,
      ...agency.enAliases,
    ]).filter((s) => s !== agency.hans && s !== agency.en),
    acronyms: agency.acronyms,
    linked: agency.linked,
  };
}

function lookupKey(surface: string): string {
  // Any CJK ideograph makes it a Chinese form; otherwise compare as English (MIIT = miit).
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(surface)) return normalizeName(surface);
  return surface.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
