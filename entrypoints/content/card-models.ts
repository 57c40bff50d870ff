/**
 * The cards of this page's mentions, asked for once: hovering a mention asks for its card as soon as
 * the pointer reaches it (the round trip to the background — waking a stopped service worker first —
 * then runs during the hover delay instead of after it), and the card opens from the same answer.
 * A failed or empty answer is not kept, so the next hover asks again.
 */
import type { CardModel, CardRef } from '../../lib/card/types';

export interface CardModels {
  get(ref: CardRef): Promise<CardModel | undefined>;
}

/** Where a mention stands in the page is not part of its card. */
const keyOf = (ref: CardRef) =>
  JSON.stringify(ref, (key, value: unknown) => (key === 'start' || key === 'end' ? undefined : value));

export function createCardModels(
  resolve: (ref: CardRef) => Promise<CardModel | undefined>,
  max = 64,
): CardModels {
  const cache = new Map<string, Promise<CardModel | undefined>>();
  return {
    get(ref) {
      const key = keyOf(ref);
      const known = cache.get(key);
      if (known) {
        cache.delete(key); // most recently used last
        cache.set(key, known);
        return known;
      }
      const asked = resolve(ref).then(
        (model) => {
          if (!model && cache.get(key) === asked) cache.delete(key);
          return model;
        },
        () => {
          if (cache.get(key) === asked) cache.delete(key);
          return undefined;
        },
      );
      cache.set(key, asked);
      if (cache.size > max) cache.delete(cache.keys().next().value!);
      return asked;
    },
  };
}
