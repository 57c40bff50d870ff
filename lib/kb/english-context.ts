/**
 * English context rules (issue 13, precision): topic surfaces that English also uses loosely — the idiom
 * `by local standards`, the adjective `industry-standard`, a company's `Group standards`, vigour as
 * `new energy`, a topic capitalized inside a company's or a public body's name — and the text next to a
 * match that says which use it is. The rules are data (seeds/en-context.json); each becomes a guard
 * (lib/match/guards.ts: `notAfter` / `notBefore` patterns read on the text as written, `notPrecededBy` /
 * `notFollowedBy` strings on the folded text) on every key a listed surface compiles to, so plurals and
 * spellings follow. Nothing here runs in the content script: guards travel with the matcher's data.
 */
import type { TermGuard } from '../match/guards';

export interface EnglishContextRule {
  /** The loose use and the context that gives it away (for people reading the seeds). */
  why: string;
  /** Surfaces as the seeds write them; every compiled form (plural, spelling) is guarded. */
  surfaces: string[];
  /** The surfaces are agencies' names (topics' otherwise): for the checks on the data. */
  agencies?: boolean;
  /** RegExp source, anchored at the end of the 20 characters before the match (`[\s\S]*… $`). */
  notAfter?: string;
  /** RegExp source, read sticky from the match's end (a lookbehind may read the match itself). */
  notBefore?: string;
  notPrecededBy?: string[];
  notFollowedBy?: string[];
  /** A mention only on a page about China (guards.ts `needsContext`): a word the plan uses in China's sense. */
  needsChina?: boolean;
}

/**
 * Short forms newspapers use for a topic once they have named it in full (`the Greater Bay Area` … `the
 * Bay Area`; `technical committees` … `TCs`): a mention only after the topic's full name on the same page.
 */
export interface OnceNamedShortForm {
  why: string;
  /** The topic's id. */
  topic: string;
  surfaces: string[];
  /** Written in capitals and matched in exactly that case (`TC`, plural `TCs`). */
  acronym?: boolean;
  /** As in a rule: the text right after (sticky) or before (`$`-anchored) that makes it no mention. */
  notBefore?: string;
  notAfter?: string;
}

export interface EnglishContextFile {
  /** Country names and adjectives other than China's, written into patterns as `$COUNTRIES`. */
  countries?: string[];
  rules: EnglishContextRule[];
  onceNamed?: OnceNamedShortForm[];
}

/** The guard of a once-named short form (guards.ts `afterNamed`). */
export function onceNamedGuard(short: OnceNamedShortForm): TermGuard {
  const g: TermGuard = { afterNamed: true };
  if (short.notBefore) g.notBefore = short.notBefore;
  if (short.notAfter) g.notAfter = short.notAfter;
  return g;
}

/** A pattern with `$COUNTRIES` replaced by the file's country list as alternatives. */
function expand(source: string | undefined, countries: string): string | undefined {
  return source?.replaceAll('$COUNTRIES', countries);
}

/** Two patterns as one: either rejects. */
const either = (a: string | undefined, b: string | undefined): string | undefined =>
  a && b ? `(?:${a})|(?:${b})` : (a ?? b);

const union = (a: string[] | undefined, b: string[] | undefined): string[] | undefined =>
  a && b ? [...new Set([...a, ...b])] : (a ?? b);

/** `b`'s conditions added to `a`'s: patterns joined as alternatives, lists merged. */
export function mergeContextGuards(a: TermGuard | undefined, b: TermGuard): TermGuard {
  if (!a) return { ...b };
  const out: TermGuard = { ...a, ...b };
  const notAfter = either(a.notAfter, b.notAfter);
  const notBefore = either(a.notBefore, b.notBefore);
  const notFollowedBy = union(a.notFollowedBy, b.notFollowedBy);
  const notPrecededBy = union(a.notPrecededBy, b.notPrecededBy);
  if (notAfter) out.notAfter = notAfter;
  if (notBefore) out.notBefore = notBefore;
  if (notFollowedBy) out.notFollowedBy = notFollowedBy;
  if (notPrecededBy) out.notPrecededBy = notPrecededBy;
  return out;
}

/** One rule's guard (folded strings are folded by the caller). */
function guardOf(rule: EnglishContextRule, countries: string): TermGuard {
  const g: TermGuard = {};
  const notAfter = expand(rule.notAfter, countries);
  const notBefore = expand(rule.notBefore, countries);
  if (notAfter) g.notAfter = notAfter;
  if (notBefore) g.notBefore = notBefore;
  if (rule.notFollowedBy?.length) g.notFollowedBy = [...rule.notFollowedBy];
  if (rule.notPrecededBy?.length) g.notPrecededBy = [...rule.notPrecededBy];
  if (rule.needsChina === true) g.needsContext = true;
  return g;
}

/**
 * The guards the rules put on automaton keys: `keysOf` gives the keys a surface compiles to (for an
 * agencies rule, only the name as written: every key carries its own copy of the patterns, and a
 * ministry's name is not written in the plural). A key two rules guard gets both (either rejects).
 */
export function englishContextGuards(
  file: EnglishContextFile,
  keysOf: (surface: string, rule: EnglishContextRule) => string[],
): Map<string, TermGuard> {
  const out = new Map<string, TermGuard>();
  const countries = (file.countries ?? []).join('|');
  for (const rule of file.rules) {
    const g = guardOf(rule, countries);
    for (const surface of rule.surfaces) {
      for (const key of keysOf(surface, rule)) out.set(key, mergeContextGuards(out.get(key), g));
    }
  }
  return out;
}
