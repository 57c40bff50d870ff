/**
 * The English names agencies go by, made by rule from the names the seed lists (issue 13): how
 * Xinhua, China Daily, law firms and the agencies' own English sites write the same body.
 *
 *   Ministry of Commerce                        → Commerce Ministry
 *   Standardization Administration of China     → Standardization Administration of the People's Republic
 *                                                 of China / of the PRC / of the P.R.C., Standardization
 *                                                 Administration
 *   State Administration for Market Regulation  → State Administration of Market Regulation
 *
 * British spellings (`Standardisation`) are the matcher's (lib/match/english-variants.ts). Names that no
 * rule makes — older names, unofficial ones (`China's standardization administration`) — are listed in
 * seeds/agencies.json (`enAliases`). Pure; each name yields a handful of forms.
 */
import type { AgencySeed } from './seed-types';

const OF_CHINA = ' of China';
const COUNTRY_FORMS = [" of the People's Republic of China", ' of the PRC', ' of the P.R.C.'];
/** Bodies whose `for` is also written `of` (`Administration for Market Regulation`). */
const BODY_FOR = /\b(Administration|Association|Commission|Agency|Bureau|Office|Center|Centre) for /;

/** Words that alone say nothing: a name stripped to one of these is no name. */
const TOO_GENERIC =
  /^(?:the )?(?:(?:National|State|General|Central|People's|China) )?(?:Administration|Commission|Bureau|Ministry|Office|Agency|Academy|Bank)$/;

/** The country forms of a name that ends in `of China` or one of them, and the name without it. */
function countryForms(name: string): string[] {
  // Longest first: `… of the People's Republic of China` also ends in `of China`.
  const endings = [...COUNTRY_FORMS, OF_CHINA];
  const ending = endings.find((e) => name.endsWith(e));
  if (!ending) return [];
  const core = name.slice(0, -ending.length);
  const out = endings.filter((e) => e !== ending).map((e) => core + e);
  // Without the country: `Standardization Administration`, not a bare `Administration`.
  if (core.includes(' ') && !TOO_GENERIC.test(core)) out.push(core);
  return out;
}

/**
 * `Ministry of Commerce` → `Commerce Ministry`, and the official full name the ministries' own sites
 * sign with, `Ministry of Commerce of the People's Republic of China`, with its shorter country forms.
 */
function ministryFirst(name: string): string[] {
  const m = /^Ministry of (?!the )(.+)$/.exec(name);
  if (!m || (m[1] as string).includes(' of ')) return [];
  return [`${m[1] as string} Ministry`, ...[...COUNTRY_FORMS, OF_CHINA].map((country) => name + country)];
}

/** `Administration for X` ↔ `Administration of X`. */
function forOf(name: string): string[] {
  const m = BODY_FOR.exec(name);
  if (m) return [name.replace(`${m[1] as string} for `, `${m[1] as string} of `)];
  const of = /\b(Administration|Association|Commission|Agency|Bureau) of (?!China\b|the )/.exec(name);
  return of ? [name.replace(`${of[1] as string} of `, `${of[1] as string} for `)] : [];
}

/** `China's drug regulator` → `Chinese drug regulator`: a description of the body, not a name. */
function chineseForm(name: string): string[] {
  return name.startsWith("China's ") && /^[a-z]/.test(name.slice(8)) ? [`Chinese ${name.slice(8)}`] : [];
}

/** Other English names of an agency, by rule, none of them already among its names. */
export function agencyEnglishNames(agency: AgencySeed): string[] {
  const given = [agency.en, ...agency.enAliases];
  const known = new Set(given.map((n) => n.toLowerCase()));
  const out: string[] = [];
  const add = (name: string): void => {
    const key = name.toLowerCase();
    if (known.has(key)) return;
    known.add(key);
    out.push(name);
  };
  for (const name of given) {
    for (const form of [
      ...countryForms(name),
      ...ministryFirst(name),
      ...forOf(name),
      ...chineseForm(name),
    ]) {
      add(form);
      // Country forms of a form: only of one that ends in `of China` (not every ministry's full name).
      if (form.endsWith(OF_CHINA) && !form.endsWith(COUNTRY_FORMS[0] as string)) {
        for (const more of countryForms(form)) add(more);
      }
    }
  }
  return out;
}
