/**
 * The options page's "my agency" picker (issue 12): narrow the list of agencies as the reader types —
 * any of an agency's names, short forms or acronyms, in either script or any case (工業和信息化部,
 * 工信部, miit). `fold()` on both sides (lib/text), then a plain substring test: the list is a few dozen
 * entries, and a reader who types 工信 expects exactly the names containing it, not a fuzzy ranking.
 */
import { fold } from '../text/fold';

export interface AgencyNames {
  id: string;
  hans: string;
  hant: string;
  en: string;
  /** Full name, short forms, acronyms, English aliases. */
  aliases: readonly string[];
}

/** Whitespace runs count as one space, leading and trailing ones as none. */
const squash = (s: string) => fold(s).replace(/\s+/g, ' ').trim();

/** A filter over `agencies` (folded once); an empty query keeps them all, in their order. */
export function createAgencyFilter<T extends AgencyNames>(agencies: readonly T[]): (query: string) => T[] {
  // One string per agency; NUL cannot occur in a query, so a match never spans two names.
  const haystacks = agencies.map((a) => [a.id, a.hans, a.hant, a.en, ...a.aliases].map(squash).join('\0'));
  return (query) => {
    const q = squash(query.replaceAll('\0', ''));
    return q === '' ? [...agencies] : agencies.filter((_, i) => haystacks[i]!.includes(q));
  };
}
