/**
 * What a standard designation is, for the card: family title, force, sector, province, competent agency
 * and the plan items about that kind of standard (DESIGN.md, "Data model" → Standard designation).
 */
import { buildFamilyIndex, findDesignations, type Designation, type FamilyIndex } from '../match/designation';
import type { StandardCodesFile, StandardFamilySeed, StandardForce, StandardScope } from './seed-types';

export type Lang = 'zh-Hans' | 'zh-Hant' | 'en';

export interface FamilyDescription {
  familyId: string;
  scope: StandardScope;
  /** 推荐性国家标准 / 通信行业推荐性标准 / 北京市地方标准 / 团体标准 … in the requested language. */
  title: string;
  force?: StandardForce;
  /** Industry sector name, for industry codes. */
  sector?: string;
  /** Province name, for local standards. */
  province?: string;
  /** Competent agency id (seeds/agencies.json), where the family has one among the plan's agencies. */
  agencyId?: string;
  items: number[];
}

/** The fields of a recognized designation that describe its family. */
export type DesignationRef = Pick<Designation, 'familyId' | 'prefix'> &
  Partial<Pick<Designation, 'force' | 'region'>>;

type Names = { hans: string; hant: string; en: string };

function pick(names: Names, lang: Lang): string {
  return lang === 'en' ? names.en : lang === 'zh-Hant' ? names.hant : names.hans;
}

const INDUSTRY_KIND: Record<StandardForce, Names> = {
  mandatory: { hans: '强制性标准', hant: '強制性標準', en: 'industry standard (mandatory)' },
  recommended: { hans: '推荐性标准', hant: '推薦性標準', en: 'industry standard (recommended)' },
  guidance: {
    hans: '标准化指导性技术文件',
    hant: '標準化指導性技術文件',
    en: 'industry guidance technical document',
  },
};

// The index is derived from the file; keep one per file object rather than rebuilding per card.
const indexes = new WeakMap<StandardCodesFile, FamilyIndex>();

function indexOf(file: StandardCodesFile): FamilyIndex {
  let ix = indexes.get(file);
  if (!ix) {
    ix = buildFamilyIndex(file);
    indexes.set(file, ix);
  }
  return ix;
}

/**
 * Reads a designation written as a string (`GB/T 24001-2016`). Normalized designations are ASCII, so
 * lower-casing stands in for the page fold here.
 */
function refOf(designation: string, file: StandardCodesFile): DesignationRef | undefined {
  const text = designation.trim();
  return findDesignations(text.toLowerCase(), text, indexOf(file))[0];
}

/** Describes the family of a designation (a recognized one, or a string), or undefined if unknown. */
export function describeFamily(
  designation: DesignationRef | string,
  file: StandardCodesFile,
  lang: Lang,
): FamilyDescription | undefined {
  const ref = typeof designation === 'string' ? refOf(designation, file) : designation;
  if (!ref) return undefined;
  const family = file.families.find((f) => f.id === ref.familyId);
  if (!family) return undefined;
  const force = ref.force ?? family.force;
  const out: FamilyDescription = {
    familyId: family.id,
    scope: family.scope,
    title: pick(family, lang),
    items: [...family.items],
  };
  if (force) out.force = force;
  if (family.agency) out.agencyId = family.agency;
  if (family.scope === 'industry' && family.sector) {
    out.sector = pick(family.sector, lang);
    out.title = industryTitle(family.sector, force ?? 'mandatory', lang);
  }
  if (family.scope === 'local') localTitle(out, family, ref, file, lang);
  return out;
}

function industryTitle(sector: Names, force: StandardForce, lang: Lang): string {
  const kind = pick(INDUSTRY_KIND[force], lang);
  if (lang === 'en') return `${sector.en} ${kind}`;
  return `${pick(sector, lang)}${lang === 'zh-Hant' ? '行業' : '行业'}${kind}`;
}

/** 北京市地方标准; a four-digit division code (DB3301) is a city-level standard of that province. */
function localTitle(
  out: FamilyDescription,
  family: StandardFamilySeed,
  ref: DesignationRef,
  file: StandardCodesFile,
  lang: Lang,
): void {
  const region = ref.region ?? /^DB(\d+)/.exec(ref.prefix)?.[1];
  const province = region ? file.provinces.find((p) => p.code === region.slice(0, 2)) : undefined;
  if (!province || !region) return;
  const name = pick(province, lang);
  const city = region.length > 2;
  out.province = name;
  if (lang === 'en') {
    out.title = city ? `City-level local standard (${name})` : `Local standard of ${name}`;
  } else {
    const kind = pick(family, lang);
    out.title = `${name}${city ? (lang === 'zh-Hant' ? '市級' : '市级') : ''}${kind}`;
  }
}
