/**
 * What the matcher hands to views (DESIGN.md, "Text and matching": a mention). Mentions of the same
 * term share their `ids`/`items` arrays (a 5 MB page has ~200,000 mentions): treat them as read-only.
 */

export type MentionKind = 'topic' | 'agency' | 'standard';

export interface Mention {
  /** UTF-16 offsets into the text as given (folding keeps offsets). */
  start: number;
  end: number;
  kind: MentionKind;
  /** Topic or agency id; for a standard, the normalized designation (`GB/T 24001-2016`). */
  id: string;
  /** Every id when the surface is ambiguous (`id` is the first). Absent when there is one. */
  ids?: string[];
  /** Plan items, ascending: a topic's items, an agency's lead ∪ partner items, a family's items. */
  items: number[];
  /** Agencies: items the agency leads (牵头) and items it shares (按职责分工负责). */
  leadItems?: number[];
  partnerItems?: number[];
  /** Standards: normalized designation and family id (seeds/standard-codes.json). */
  designation?: string;
  family?: string;
  /** Set when the mention is a short form the text defined for itself (以下简称 …). */
  shortForm?: true;
}

/** An agency's plan items split by role, computed from the parsed plan. */
export interface AgencyItems {
  lead: number[];
  partner: number[];
}
