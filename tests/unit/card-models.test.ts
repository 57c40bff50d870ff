/**
 * entrypoints/content/card-models.ts: a mention's card is asked for once (the hover asks when the
 * pointer arrives, the card opens from the same answer); failures are asked again; old entries go.
 */
import { describe, expect, it, vi } from 'vitest';
import { createCardModels } from '../../entrypoints/content/card-models';
import type { CardModel, CardRef } from '../../lib/card/types';

const MODEL = { kind: 'item', title: 'x' } as unknown as CardModel;
const ref = (id: string, start = 0): CardRef =>
  ({ kind: 'topic', id, surface: id, start, end: start + 2 }) as CardRef;

describe('createCardModels', () => {
  it('asks once for the same mention, wherever on the page it stands', async () => {
    const resolve = vi.fn(async () => MODEL);
    const models = createCardModels(resolve);
    const first = models.get(ref('a', 0));
    const second = models.get(ref('a', 40)); // still in flight: the same request
    expect(await first).toBe(MODEL);
    expect(await second).toBe(MODEL);
    expect(await models.get(ref('a', 90))).toBe(MODEL);
    expect(resolve).toHaveBeenCalledTimes(1);
    await models.get(ref('b'));
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it('asks again after a failure or an empty answer', async () => {
    const resolve = vi
      .fn<(r: CardRef) => Promise<CardModel | undefined>>()
      .mockRejectedValueOnce(new Error('worker gone'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValue(MODEL);
    const models = createCardModels(resolve);
    expect(await models.get(ref('a'))).toBeUndefined();
    expect(await models.get(ref('a'))).toBeUndefined();
    expect(await models.get(ref('a'))).toBe(MODEL);
    expect(resolve).toHaveBeenCalledTimes(3);
  });

  it('keeps at most `max` cards, dropping the least recently used', async () => {
    const resolve = vi.fn(async () => MODEL);
    const models = createCardModels(resolve, 2);
    await models.get(ref('a'));
    await models.get(ref('b'));
    await models.get(ref('a')); // a is fresh again
    await models.get(ref('c')); // b goes
    expect(resolve).toHaveBeenCalledTimes(3);
    await models.get(ref('a'));
    expect(resolve).toHaveBeenCalledTimes(3);
    await models.get(ref('b'));
    expect(resolve).toHaveBeenCalledTimes(4);
  });
});
