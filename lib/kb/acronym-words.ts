/**
 * Words around an agency acronym that make it something else (issue 13), as patterns for the guards
 * (lib/match/guards.ts `notBefore` / `notAfter`): they travel with the serialized matcher as data, so
 * the content script carries one line of code for them and none of their words. Case-sensitive, tested
 * against the few dozen units after (or before) the acronym.
 */

/** Company names (`SAC Capital`, `MOT Holdings`) and committee codes (`SAC/TC 260`, `SAC/SWG 7`). */
const OTHER_NAME =
  ' (?:Capital|Holdings?|Group|Inc|Ltd|LLC|LP|PLC|plc|Partners|Advis[eo]rs|Funds?|Securities|Corp|Corporation|Company|Investments|Ventures|Bank|Airlines)\\b|/(?:TC|SC|SWG|WG)\\b';

/**
 * `MOST` as the superlative: before `of` or an adjective (`the MOST valuable`, `MOST important`,
 * `MOST likely`). The ministry is followed by a verb, a noun or punctuation (`MOST said`, `MOST
 * officials`, `MOST's`).
 */
const SUPERLATIVE =
  ' +(?:of|[a-z]+(?:able|ible|ful|ous|ive|less|ant|ent|est)|likely|popular|common|difficult|advanced|famous|critical|essential|vital|crucial|influential|controversial|beneficial|fundamental|typical|practical|complex|complete|severe|sought|wanted|watched|visited|read|used|trusted|affected|anticipated|needed|senior|strict|urgent|pressing|promising|interesting|exciting|challenging|striking|outstanding|demanding|cited|valued|developed)\\b';

/** The text right after an agency acronym that makes it no agency (a pattern read from there on). */
export function acronymNotBefore(emphasis: boolean): string {
  return `(?:${OTHER_NAME}${emphasis ? `|${SUPERLATIVE}` : ''})`;
}

/** `at MOST`: the text right before an emphatic acronym that makes it the English word. */
export const EMPHASIS_NOT_AFTER = '.*\\b[Aa]t +$';
