import type { ProvinceSeed, StandardFamilySeed, StandardForce } from '../seeds/standard-codes';

/** One standard designation found in page text (DESIGN.md, "Text and matching"). */
export interface Designation {
  /** UTF-16 offsets into the page text (folded and original text share offsets). */
  start: number;
  end: number;
  /** Normalized form: `GB/T 24001-2016`, `DB11/T 1234-2020`, `T/CAS 290-2017`, `ISO 14067:2018`. */
  designation: string;
  /** Id of the family in seeds/standard-codes.json (`gb-t`, `yd`, `db`, `t`, `iso-iec` …). */
  familyId: string;
  /** Upper-case code before the number: `GB/T`, `YD/T`, `DB11/T`, `DB11`, `T/CAS`, `Q/GDW`, `ISO/TS`, `ITU-T`. */
  prefix: string;
  /** Base number: `24001`, `1234` (of `1234.1`), `61850` (of `61850-7-4`), `Y.3172`. */
  number: string;
  /** Four-digit year; a legacy two-digit year `96` is read as 1996. */
  year?: number;
  /** Part after the base number: `1` of `YD/T 1234.1`, `7-4` of `IEC 61850-7-4`. */
  part?: string;
  /** Force for national, industry and local standards (from the family or the `/T` `/Z` suffix). */
  force?: StandardForce;
  /** Administrative division code of a local standard: `11`, or `3301` for a city-level one. */
  region?: string;
}

/** Families of seeds/standard-codes.json arranged for lookup by the lower-case code the scanner sees. */
export interface FamilyIndex {
  /** `gb`, `gb/t`, `gb/z`. */
  national: Map<string, StandardFamilySeed>;
  /** Industry codes: two letters (`yd`, `jt`, `hg` …), three for engineering construction (`jgj`, `cjj`). */
  industry: Map<string, StandardFamilySeed>;
  /** `iso`, `iec`, `iso/iec`, `itu-t`. */
  international: Map<string, StandardFamilySeed>;
  local?: StandardFamilySeed;
  group?: StandardFamilySeed;
  enterprise?: StandardFamilySeed;
  /** Province by two-digit code (`11` → 北京市). */
  provinces: Map<string, ProvinceSeed>;
}

/** The two views of the same text the parsers read: folded for shape, original for letter case. */
export interface ScanText {
  folded: string;
  original: string;
}
