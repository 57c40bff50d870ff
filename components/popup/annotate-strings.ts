import type { MentionKind } from '../../lib/match/types';

/** The words of the popup's "Annotate text" (public/_locales: `annotate…` keys). */
export interface AnnotateStrings {
  toggle: string;
  intro: string;
  label: string;
  placeholder: string;
  submit: string;
  /** Ctrl+Enter (⌘+Enter) annotates too. */
  shortcut: string;
  /** `1,234 / 200,000 characters` */
  chars: (n: number, max: number) => string;
  empty: string;
  tooLong: (n: number, max: number) => string;
  working: string;
  failed: (message: string) => string;
  /** `12 mentions of 5 terms` */
  found: (mentions: number, terms: number) => string;
  none: string;
  truncated: (n: number) => string;
  results: string;
  kinds: Record<MentionKind, string>;
  kindsLabel: string;
  terms: string;
  /** A term's kind, one of it: 主题 / Topic. */
  kind: Record<MentionKind, string>;
  /** `3 mentions` */
  times: (n: number) => string;
  /** Before the spellings of a term that differ from its name. */
  writtenAs: string;
  /** Accessible name of a term's list of plan items. */
  items: string;
  /** Before the labels of the items past the first few. */
  alsoItems: string;
  markedText: string;
  cardLoading: string;
  cardMissing: string;
  cardFailed: (message: string) => string;
}
