/**
 * Parsers for Chinese designations: national GB, GB/T, GB/Z; industry codes (YD/T …, JGJ, CJJ/T …);
 * local DB11/T; group T/CAS; enterprise Q/GDW. Each starts at a word `i…wEnd` of lower-case letters in
 * the folded text whose original is upper case, reads a bounded amount, and returns a designation or
 * nothing.
 */
import type { StandardForce } from '../seeds/standard-codes';
import {
  CH_SLASH,
  allUpper,
  digitsEnd,
  isAlnum,
  isDigit,
  isLetter,
  isUpperAt,
  isYear4,
  lettersEnd,
  skipSpaces,
} from './designation-chars';
import { cnTail, parseCnNumber, type NumberTail } from './designation-number';
import type { Designation, FamilyIndex, ScanText } from './designation-types';

type SuffixKind = '' | 't' | 'z' | 'slash' | 'bad';

/** `/T`, `/Z`, a bare `/` (mandatory local `DB11/ 501`), or nothing; one space allowed around the slash. */
function readSuffix(t: ScanText, p: number): { end: number; kind: SuffixKind } {
  const s = t.folded;
  const q = skipSpaces(s, p, 1);
  if (s.charCodeAt(q) !== CH_SLASH) return { end: p, kind: '' };
  const r = skipSpaces(s, q + 1, 1);
  const c = s.charCodeAt(r);
  if ((c === 116 || c === 122) && !isLetter(s.charCodeAt(r + 1))) {
    // `GB/t` is not how a designation is written; `GB/s` (gigabytes per second) never gets here.
    if (!isUpperAt(t.original, r)) return { end: p, kind: 'bad' };
    return { end: r + 1, kind: c === 116 ? 't' : 'z' };
  }
  return { end: q + 1, kind: 'slash' };
}

function forceOf(kind: SuffixKind): StandardForce {
  return kind === 't' ? 'recommended' : kind === 'z' ? 'guidance' : 'mandatory';
}

/** A number (and optional spaces) right before `i`: `8 GB 2400` is memory, not GB 2400. */
function followsQuantity(s: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 0xa0)) k--;
  return k >= 0 && isDigit(s.charCodeAt(k));
}

function build(
  i: number,
  n: NumberTail,
  familyId: string,
  prefix: string,
  designation: string,
  force: StandardForce | undefined,
): Designation {
  const d: Designation = { start: i, end: n.end, designation, familyId, prefix, number: n.number };
  if (n.year !== undefined) d.year = n.year;
  if (n.part !== undefined) d.part = n.part;
  if (force !== undefined) d.force = force;
  return d;
}

/** `GB 18030-2022`, `GB/T 24001-2016`, `GB/Z 41xxx`; also `GBT 24001-2016` (slash dropped, year required). */
export function parseNational(
  t: ScanText,
  i: number,
  wEnd: number,
  ix: FamilyIndex,
): Designation | undefined {
  const s = t.folded;
  const word = s.slice(i, wEnd);
  let kind: SuffixKind;
  let p: number;
  if (word === 'gb') {
    const sfx = readSuffix(t, wEnd);
    if (sfx.kind === 'bad' || sfx.kind === 'slash') return undefined;
    kind = sfx.kind;
    p = sfx.end;
  } else {
    kind = word === 'gbt' ? 't' : 'z';
    p = wEnd;
  }
  const family = ix.national.get(kind === '' ? 'gb' : `gb/${kind}`);
  if (!family) return undefined;
  const n = parseCnNumber(t, skipSpaces(s, p, 3));
  if (!n) return undefined;
  if (word !== 'gb' && n.year === undefined) return undefined;
  if (kind === '' && n.year === undefined) {
    // Bare `GB` is also gigabytes: without a year, ask for a real-looking number not after a quantity.
    if (n.part === undefined && n.number.length < 3) return undefined;
    if (followsQuantity(s, i)) return undefined;
  }
  const prefix = kind === '' ? 'GB' : `GB/${kind.toUpperCase()}`;
  return build(i, n, family.id, prefix, `${prefix} ${cnTail(n)}`, family.force ?? forceOf(kind));
}

/**
 * `YD/T 1234.1-2020`, `JT/T 808-2019`, `HG/T 20592-2009`, mandatory `YD 5003-2014` (year required);
 * engineering construction codes `JGJ 450-2018`, `CJJ/T 85-2017`, and highway codes with a series
 * letter, `JTG D60-2015`.
 */
export function parseIndustry(
  t: ScanText,
  i: number,
  wEnd: number,
  ix: FamilyIndex,
): Designation | undefined {
  const s = t.folded;
  const code = s.slice(i, wEnd);
  const family = ix.industry.get(code);
  if (!family) return undefined;
  const sfx = readSuffix(t, wEnd);
  if (sfx.kind === 'bad' || sfx.kind === 'slash') return undefined;
  let p = skipSpaces(s, sfx.end, 3);
  const engineering = code.length === 3;
  // JTG numbers its codes by series letter (A general … H maintenance): `JTG D60`, `JTG/T F50`.
  let series = '';
  if (engineering && isLetter(s.charCodeAt(p)) && isUpperAt(t.original, p) && isDigit(s.charCodeAt(p + 1))) {
    series = (s[p] as string).toUpperCase();
    p++;
  }
  const n = parseCnNumber(t, p);
  if (!n) return undefined;
  if (sfx.kind === '') {
    // Two capitals and a number are everywhere (`HS 8471` customs codes, `HB 200` hardness, `TB` of
    // disk): a mandatory two-letter code counts only with its year. Three-letter codes are specific
    // enough without one. Neither counts as a year range (`HS 2023-2024`).
    if (n.year === undefined && !engineering) return undefined;
    if (!series && n.part === undefined && n.number.length === 4 && isYear4(Number(n.number)))
      return undefined;
  }
  const tail: NumberTail = series ? { ...n, number: series + n.number } : n;
  const prefix = code.toUpperCase() + (sfx.kind === '' ? '' : `/${sfx.kind.toUpperCase()}`);
  return build(i, tail, family.id, prefix, `${prefix} ${cnTail(tail)}`, forceOf(sfx.kind));
}

/**
 * `DB11/T 1234-2020`, `DB 31/T 1234-2021`, city-level `DB3301/T 1-2019`, mandatory `DB11/ 501-2017`.
 * The division code must start with one of the 31 province codes; bare `DB/T` (the earthquake
 * industry code) is not a local standard and is left alone.
 */
export function parseLocal(t: ScanText, i: number, wEnd: number, ix: FamilyIndex): Designation | undefined {
  const family = ix.local;
  if (!family) return undefined;
  const s = t.folded;
  const p = skipSpaces(s, wEnd, 1);
  const e = digitsEnd(s, p, 4);
  if (e < 0 || (e - p !== 2 && e - p !== 4)) return undefined;
  const region = s.slice(p, e);
  if (!ix.provinces.has(region.slice(0, 2))) return undefined;
  const sfx = readSuffix(t, e);
  if (sfx.kind === 'bad' || sfx.kind === 'z') return undefined;
  const q = skipSpaces(s, sfx.end, 3);
  if (sfx.kind === '' && q === e) return undefined;
  const n = parseCnNumber(t, q);
  if (!n) return undefined;
  const recommended = sfx.kind === 't';
  if (!recommended && n.year === undefined) return undefined;
  const prefix = `DB${region}${recommended ? '/T' : ''}`;
  // Mandatory local standards are written `DB11/ 501-2017` (GB/T 1.1 cover layout).
  const designation = recommended ? `${prefix} ${cnTail(n)}` : `${prefix}/ ${cnTail(n)}`;
  const d = build(i, n, family.id, prefix, designation, recommended ? 'recommended' : 'mandatory');
  d.region = region;
  return d;
}

/** `T/CAS 290-2017`, `T/CSAE 53-2017`: `T/` and an association code of 2–10 capitals. */
export function parseGroup(t: ScanText, i: number, wEnd: number, ix: FamilyIndex): Designation | undefined {
  const family = ix.group;
  const s = t.folded;
  if (!family || s.charCodeAt(wEnd) !== CH_SLASH) return undefined;
  const p = skipSpaces(s, wEnd + 1, 1);
  const e = lettersEnd(s, p, 10);
  if (e < 0 || e - p < 2 || !allUpper(t.original, p, e)) return undefined;
  const n = parseCnNumber(t, skipSpaces(s, e, 3));
  if (!n) return undefined;
  const prefix = `T/${s.slice(p, e).toUpperCase()}`;
  return build(i, n, family.id, prefix, `${prefix} ${cnTail(n)}`, undefined);
}

/** `Q/GDW 1168-2013`, `Q/CR 9218-2015`, food-safety `Q/HSRY 0001S-2016`: `Q/` and an enterprise code. */
export function parseEnterprise(
  t: ScanText,
  i: number,
  wEnd: number,
  ix: FamilyIndex,
): Designation | undefined {
  const family = ix.enterprise;
  const s = t.folded;
  if (!family || s.charCodeAt(wEnd) !== CH_SLASH) return undefined;
  const p = skipSpaces(s, wEnd + 1, 1);
  let e = p;
  while (e < s.length && isAlnum(s.charCodeAt(e))) {
    if (e - p === 16) return undefined;
    e++;
  }
  let codeEnd = e;
  let numStart = skipSpaces(s, e, 3);
  if (numStart === e) {
    // `Q/GDW1168-2013`: the code is the run up to its last letter, the number the digits after it.
    while (codeEnd > p && isDigit(s.charCodeAt(codeEnd - 1))) codeEnd--;
    numStart = codeEnd;
    if (codeEnd === e) return undefined;
  }
  if (codeEnd - p < 2) return undefined;
  let letters = 0;
  for (let k = p; k < codeEnd; k++) {
    if (!isLetter(s.charCodeAt(k))) continue;
    if (!isUpperAt(t.original, k)) return undefined;
    letters++;
  }
  if (letters === 0) return undefined;
  const n = parseCnNumber(t, numStart, true);
  if (!n) return undefined;
  const prefix = `Q/${s.slice(p, codeEnd).toUpperCase()}`;
  return build(i, n, family.id, prefix, `${prefix} ${cnTail(n)}`, undefined);
}
