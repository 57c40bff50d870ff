/**
 * Builds what the content script sends to save a clip, from the page's collected text (blocks joined
 * by newlines, lib/dom/collect-text `visibleText`) and the span the user chose. Offsets and quote come
 * from the same string, so the TextPositionSelector and the TextQuoteSelector agree by construction.
 */
import type { Mention } from '../match/types';
import { describeQuote } from './selectors';
import { buildTextFragment } from './text-fragment';
import type { ClipDraft, ClipMention, PageFacts } from './types';

/** Longer selections are refused with a message (issue 9): a clip is a passage, not a page. */
export const MAX_QUOTE_CHARS = 20_000;

export interface DraftInput {
  id: string;
  url: string;
  title: string;
  /** The page's collected text. */
  text: string;
  /** The chosen span of `text`, already trimmed. */
  start: number;
  end: number;
  facts: PageFacts;
  /** Mentions with offsets into `text` (the page's own scan, never re-derived). */
  mentions: readonly Mention[];
}

/** The mentions wholly inside `[start, end)`, with offsets into the quote. */
export function mentionsInSpan(mentions: readonly Mention[], start: number, end: number): ClipMention[] {
  const inside: ClipMention[] = [];
  for (const m of mentions) {
    if (m.start < start || m.end > end) continue;
    const clipped: ClipMention = {
      kind: m.kind,
      id: m.id,
      items: [...m.items],
      start: m.start - start,
      end: m.end - start,
    };
    if (m.designation) clipped.designation = m.designation;
    if (m.family) clipped.family = m.family;
    inside.push(clipped);
  }
  return inside;
}

export function makeClipDraft(input: DraftInput): ClipDraft {
  const { text, start, end } = input;
  return {
    id: input.id,
    url: input.url,
    title: input.facts.title ?? input.title,
    quote: text.slice(start, end),
    selectors: describeQuote(text, start, end),
    textFragment: buildTextFragment(input.url, text, start, end),
    facts: input.facts,
    mentions: mentionsInSpan(input.mentions, start, end),
  };
}
