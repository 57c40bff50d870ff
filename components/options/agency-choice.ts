import { nameIn, type LibraryAgency } from '../../lib/clips/library/knowledge';
import type { AgencyChoice } from './MyAgencies';

/** An acronym as the seeds write them: MIIT, SAMR, NDRC. */
const ACRONYM = /^[A-Z][A-Za-z0-9&-]{1,9}$/;
const HAN = /[\u4e00-\u9fff]/;

/**
 * An agency as the "my agency" picker shows it: its name in the page's language (`lang` is what
 * `_locales` answered: zh-Hans, zh-Hant or en) and beside it its acronym and, for Simplified Chinese —
 * the script the seeds spell short forms in — its shortest short form: 工信部 · MIIT.
 */
export function agencyChoice(agency: LibraryAgency, lang: string): AgencyChoice {
  const ui = lang === 'zh-Hant' || lang === 'en' ? lang : 'zh-Hans';
  const name = nameIn(agency, ui);
  const acronym = agency.aliases.find((alias) => ACRONYM.test(alias));
  const short =
    ui === 'zh-Hans'
      ? agency.aliases
          .filter((alias) => HAN.test(alias) && alias.length < name.length)
          .sort((a, b) => a.length - b.length)[0]
      : undefined;
  return {
    id: agency.id,
    hans: agency.hans,
    hant: agency.hant,
    en: agency.en,
    aliases: agency.aliases,
    name,
    detail: [short, acronym].filter(Boolean).join(' · '),
    leads: agency.lead.length,
  };
}
