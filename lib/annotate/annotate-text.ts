/**
 * "Annotate text" (issue 12): text the extension cannot run on — a PDF, a Word file, a chat — pasted
 * into the popup and annotated by the background. One text, one `scanText` (the CLI's path for a
 * `.txt` file, short forms the text defines included), so a pasted text is answered exactly as
 * `npm run annotate` answers the same text in a file. Pure: the background passes its matcher.
 */
import type { Matcher } from '../match/matcher';
import { scanText } from '../match/scan';
import type { Mention } from '../match/types';
import { MAX_ANNOTATE_MENTIONS } from './limits';
import { toFileMentions, type FileMention } from './report';

export { MAX_ANNOTATE_CHARS, MAX_ANNOTATE_MENTIONS } from './limits';

/**
 * A mention as the CLI reports it, plus what the matcher said of it that a card needs (the
 * lib/card MentionRef fields): every id of an ambiguous surface, a standard's designation and family,
 * a short form the text defined.
 */
export interface AnnotatedMention extends FileMention {
  ids?: string[];
  designation?: string;
  family?: string;
  shortForm?: true;
}

export interface AnnotatedText {
  /** UTF-16 length of the text; offsets are into it. */
  chars: number;
  /** Sorted by start, non-overlapping. */
  mentions: AnnotatedMention[];
  /** Set when there were more than MAX_ANNOTATE_MENTIONS: only the first ones are answered. */
  truncated?: true;
}

function withRef(file: FileMention, m: Mention): AnnotatedMention {
  const out: AnnotatedMention = file;
  if (m.ids) out.ids = [...m.ids];
  if (m.designation !== undefined) out.designation = m.designation;
  if (m.family !== undefined) out.family = m.family;
  if (m.shortForm) out.shortForm = true;
  return out;
}

export function annotateText(
  text: string,
  matcher: Matcher,
  maxMentions = MAX_ANNOTATE_MENTIONS,
): AnnotatedText {
  const found = scanText(text, matcher);
  const kept = found.length > maxMentions ? found.slice(0, maxMentions) : found;
  const files = toFileMentions(text, kept);
  const mentions = files.map((file, i) => withRef(file, kept[i] as Mention));
  return found.length > maxMentions
    ? { chars: text.length, mentions, truncated: true }
    : { chars: text.length, mentions };
}
