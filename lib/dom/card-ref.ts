/** What the card is asked for about a mention in the page: the mention, its text, and for a standard the text around it. */
import type { CardRef } from '../card/types';
import type { MentionRefInPage } from './annotator-types';
import { standardTextAround } from './standard-title-context';

export function cardRefOf(ref: MentionRefInPage): CardRef {
  const mention = ref.entry.mentions[ref.index]!;
  const surface = ref.entry.block.text.slice(mention.start, mention.end);
  // The text around a standard's code: the card reads the standard's title from it (issue 10).
  const around =
    mention.kind === 'standard' ? standardTextAround(ref.entry.block, mention.start, mention.end) : undefined;
  return { ...mention, surface, ...(around && { around }) } as CardRef;
}
