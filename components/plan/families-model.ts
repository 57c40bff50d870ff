/**
 * The standard-code families as the plan browser lists them (`#family-ID`, issue 12): prefix, what the
 * family is, its level and force, sector, competent agency and the plan items about that kind of standard.
 */
import type { CardLang } from '../../lib/card/types';
import type { StandardFamilySeed, StandardForce, StandardScope } from '../../lib/kb/seed-types';
import type { ItemLink } from './plan-model';

export interface FamilyEntry {
  id: string;
  /** `GB/T` */
  prefix: string;
  /** 推荐性国家标准 / Recommended national standard. */
  meaning: string;
  scope: StandardScope;
  force?: StandardForce;
  sector?: string;
  /** The competent agency: linked when the plan browser has a view of it. */
  agency?: { id: string; name: string; linked: boolean };
  items: ItemLink[];
}

type Names = { hans: string; hant: string; en: string };

const pick = (names: Names, lang: CardLang) =>
  lang === 'en' ? names.en : lang === 'zh-Hant' ? names.hant : names.hans;

export function buildFamilies(
  families: readonly StandardFamilySeed[],
  lang: CardLang,
  lookup: {
    items: (numbers: readonly number[]) => ItemLink[];
    /** The agency's name, and whether the browser has its view; undefined for an unknown id. */
    agency: (id: string) => { name: string; linked: boolean } | undefined;
  },
): FamilyEntry[] {
  return families.map((f) => {
    const entry: FamilyEntry = {
      id: f.id,
      prefix: f.prefix,
      meaning: pick(f, lang),
      scope: f.scope,
      items: lookup.items(f.items),
    };
    if (f.force) entry.force = f.force;
    if (f.sector) entry.sector = pick(f.sector, lang);
    if (f.agency) {
      const known = lookup.agency(f.agency);
      if (known) entry.agency = { id: f.agency, ...known };
    }
    return entry;
  });
}
