import type { StandardCodesFile, StandardFamilySeed } from '../seeds/standard-codes';
import type { FamilyIndex } from './designation-types';

/**
 * Arranges seeds/standard-codes.json for the scanner, keyed by the lower-case code as it appears in
 * folded text. Industry codes are two letters (the SAC list of industry codes) or, for the engineering
 * construction codes (工程建设行业标准: `JGJ`, `CJJ`, `JTG` …), three; a seed with another shape is left
 * out rather than let it widen what the scanner accepts.
 */
export function buildFamilyIndex(file: StandardCodesFile): FamilyIndex {
  const index: FamilyIndex = {
    national: new Map(),
    industry: new Map(),
    international: new Map(),
    provinces: new Map(file.provinces.map((p) => [p.code, p])),
  };
  for (const f of file.families) addFamily(index, f);
  return index;
}

function addFamily(index: FamilyIndex, f: StandardFamilySeed): void {
  const key = f.prefix.toLowerCase();
  switch (f.scope) {
    case 'national':
      index.national.set(key, f);
      break;
    case 'industry':
      if (/^[a-z]{2,3}$/.test(key)) index.industry.set(key, f);
      break;
    case 'international':
      index.international.set(key, f);
      break;
    case 'local':
      index.local = f;
      break;
    case 'group':
      index.group = f;
      break;
    case 'enterprise':
      index.enterprise = f;
      break;
  }
}
