/**
 * Parsers for international designations: `ISO 14067:2018`, `ISO/TS 14067:2013`, `ISO/IEC 27001:2022`,
 * `ISO/IEC TR 24028`, `IEC 61850-7-4`, `ITU-T Y.3172`, `ITU-T Rec. G.711`.
 */
import {
  CH_DASH,
  CH_DOT,
  CH_SLASH,
  allUpper,
  digitsEnd,
  hasAt,
  isAlnum,
  isDigit,
  isLetter,
  isSpace,
  isUpperAt,
  lettersEnd,
  skipSpaces,
} from './designation-chars';
import { intlTail, parseIntlNumber } from './designation-number';
import type { Designation, FamilyIndex, ScanText } from './designation-types';

/**
 * Film speeds: `ISO 100`, `ISO 3200`, `ISO 6400` on camera pages are sensitivities, not standards. A
 * bare number from this list (no year) is rejected; numbers of cited standards such as ISO 1000 and
 * ISO 8000 (data quality) are kept out of the list on purpose.
 */
const FILM_SPEEDS = new Set([
  '100',
  '125',
  '160',
  '200',
  '250',
  '320',
  '400',
  '500',
  '640',
  '800',
  '1250',
  '1600',
  '2500',
  '3200',
  '6400',
  '12800',
  '25600',
  '51200',
  '102400',
  '204800',
  '409600',
]);

const TYPES = new Set(['ts', 'tr', 'pas']);

/** `ISO…`, `IEC…`, `ISO/IEC…` at word `i…wEnd` (`iso` or `iec`). */
export function parseIsoIec(t: ScanText, i: number, wEnd: number, ix: FamilyIndex): Designation | undefined {
  const s = t.folded;
  let org = s.slice(i, wEnd);
  let p = wEnd;
  if (
    org === 'iso' &&
    hasAt(s, p, '/iec') &&
    !isLetter(s.charCodeAt(p + 4)) &&
    allUpper(t.original, p + 1, p + 4)
  ) {
    org = 'iso/iec';
    p += 4;
  }
  const family = ix.international.get(org);
  if (!family) return undefined;
  // Deliverable type: ISO/TS, ISO/TR, ISO/PAS, IEC TS, ISO/IEC TR (either separator accepted).
  let type = '';
  const sep = s.charCodeAt(p);
  if (sep === CH_SLASH || isSpace(sep)) {
    const e = lettersEnd(s, p + 1, 3);
    if (e > p + 1 && TYPES.has(s.slice(p + 1, e)) && allUpper(t.original, p + 1, e)) {
      type = s.slice(p + 1, e).toUpperCase();
      p = e;
    }
  }
  const n = parseIntlNumber(t, skipSpaces(s, p, 3));
  if (!n) return undefined;
  // `ISO 9` or `IEC 60` alone is too thin to be a reference.
  if (n.year === undefined && n.part === undefined && n.number.length < 3) return undefined;
  // Film speeds, also as ranges (`ISO 100-6400`); only a year makes them standards.
  if (org === 'iso' && type === '' && n.year === undefined && FILM_SPEEDS.has(n.number)) return undefined;
  // ISO writes ISO/TS; IEC and joint documents write IEC TS, ISO/IEC TR.
  const prefix = org.toUpperCase() + (type === '' ? '' : org === 'iso' ? `/${type}` : ` ${type}`);
  const d: Designation = {
    start: i,
    end: n.end,
    designation: `${prefix} ${intlTail(n)}`,
    familyId: family.id,
    prefix,
    number: n.number,
  };
  if (n.year !== undefined) d.year = n.year;
  if (n.part !== undefined) d.part = n.part;
  return d;
}

/** `ITU-T Y.3172`, `ITU-T G.694.1`, `ITU-T Rec. G.711`, `ITU-T Recommendation X.509`. */
export function parseItu(t: ScanText, i: number, wEnd: number, ix: FamilyIndex): Designation | undefined {
  const s = t.folded;
  const family = ix.international.get('itu-t');
  if (!family || s.charCodeAt(wEnd) !== CH_DASH || s.charCodeAt(wEnd + 1) !== 116) return undefined;
  if (isAlnum(s.charCodeAt(wEnd + 2)) || !isUpperAt(t.original, wEnd + 1)) return undefined;
  const p = wEnd + 2;
  let q = skipSpaces(s, p, 3);
  if (q === p) return undefined;
  if (hasAt(s, q, 'recommendation') && !isLetter(s.charCodeAt(q + 14))) q = skipSpaces(s, q + 14, 3);
  else if (hasAt(s, q, 'rec.')) q = skipSpaces(s, q + 4, 3);
  // Series letter (upper case, as ITU writes it), a dot, the number, up to two dotted sub-numbers.
  if (!isLetter(s.charCodeAt(q)) || !isUpperAt(t.original, q)) return undefined;
  if (s.charCodeAt(q + 1) !== CH_DOT || !isDigit(s.charCodeAt(q + 2))) return undefined;
  let e = digitsEnd(s, q + 2, 5);
  if (e < 0) return undefined;
  for (let k = 0; k < 2 && s.charCodeAt(e) === CH_DOT && isDigit(s.charCodeAt(e + 1)); k++) {
    e = digitsEnd(s, e + 1, 3);
    if (e < 0) return undefined;
  }
  if (isAlnum(s.charCodeAt(e))) return undefined;
  const number = s.charAt(q).toUpperCase() + s.slice(q + 1, e);
  return {
    start: i,
    end: e,
    designation: `ITU-T ${number}`,
    familyId: family.id,
    prefix: 'ITU-T',
    number,
  };
}
