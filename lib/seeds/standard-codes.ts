/**
 * Shapes of seeds/standard-codes.json: the standard-code families and provinces. Below lib/kb and
 * lib/match: the designation recognizer (lib/match) reads them, the knowledge base (lib/kb) builds on
 * them, and neither imports the other's folder for them (issue 14: no import cycle between the two).
 * The other seed shapes are in lib/kb/seed-types.ts, which re-exports these.
 */

export type StandardScope = 'national' | 'industry' | 'local' | 'group' | 'enterprise' | 'international';
export type StandardForce = 'mandatory' | 'recommended' | 'guidance';

export interface StandardFamilySeed {
  /** Stable id, e.g. `gb`, `gb-t`, `yd`, `db`, `t`, `iso-iec`. */
  id: string;
  /** The code prefix as written, e.g. `GB`, `GB/T`, `YD`, `DB`, `T`, `ISO/IEC`, `ITU-T`. */
  prefix: string;
  scope: StandardScope;
  /** For national families; industry and local codes take their force from a `/T` or `/Z` suffix. */
  force?: StandardForce;
  /** What the family is, e.g. 强制性国家标准 / 通信行业标准. */
  hans: string;
  hant: string;
  en: string;
  /** Industry sector, for industry codes. */
  sector?: { hans: string; hant: string; en: string };
  /** Competent agency id in seeds/agencies.json, where it is there. */
  agency?: string;
  /** Plan items that concern this kind of standard. */
  items: number[];
}

export interface ProvinceSeed {
  /** Two-digit administrative division code used after DB, e.g. `11`. */
  code: string;
  hans: string;
  hant: string;
  en: string;
}

export interface StandardCodesFile {
  families: StandardFamilySeed[];
  provinces: ProvinceSeed[];
}
