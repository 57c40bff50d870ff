/**
 * entrypoints/content/card-hiding.ts: the card goes a moment after the pointer leaves — its mention,
 * or the card itself after a click inside (focus in the card no longer keeps it) — but never when
 * pinned; a keyboard user's card (focus inside, pointer wandering over the page) stays.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardHiding } from '../../entrypoints/content/card-hiding';

const DELAY = 400;
let card: {
  pinned: boolean;
  focus: boolean;
  hidden: number;
  isPinned(): boolean;
  hasFocus(): boolean;
  hide(): void;
};
let abort: AbortController;
const onHidden = vi.fn();

beforeEach(() => {
  vi.useFakeTimers();
  abort = new AbortController();
  onHidden.mockReset();
  card = {
    pinned: false,
    focus: false,
    hidden: 0,
    isPinned() {
      return this.pinned;
    },
    hasFocus() {
      return this.focus;
    },
    hide() {
      this.hidden++;
    },
  };
});
afterEach(() => vi.useRealTimers());

const make = () => createCardHiding({ card, delayMs: DELAY, signal: abort.signal, onHidden });

describe('createCardHiding', () => {
  it('hides the delay after the pointer left, not before', () => {
    make().schedule();
    vi.advanceTimersByTime(DELAY - 1);
    expect(card.hidden).toBe(0);
    vi.advanceTimersByTime(1);
    expect(card.hidden).toBe(1);
    expect(onHidden).toHaveBeenCalledTimes(1);
  });

  it('hides after the pointer left the card even with focus inside (a click there)', () => {
    card.focus = true;
    make().schedule(true);
    vi.advanceTimersByTime(DELAY);
    expect(card.hidden).toBe(1);
  });

  it('is not postponed by the pointer moving on over the page, nor undone by it', () => {
    card.focus = true;
    const hiding = make();
    hiding.schedule(true); // left the card
    for (let t = 0; t < DELAY - 16; t += 16) {
      vi.advanceTimersByTime(16);
      hiding.schedule(false); // a leave per frame while the pointer moves over the page
    }
    vi.advanceTimersByTime(16);
    expect(card.hidden).toBe(1);
  });

  it('keeps a card with focus inside while the pointer only wanders over the page', () => {
    card.focus = true;
    make().schedule(false);
    vi.advanceTimersByTime(DELAY * 3);
    expect(card.hidden).toBe(0);
  });

  it('keeps a pinned card, whichever way the pointer left', () => {
    card.pinned = true;
    const hiding = make();
    hiding.schedule(true);
    vi.advanceTimersByTime(DELAY * 3);
    hiding.schedule(false);
    vi.advanceTimersByTime(DELAY * 3);
    expect(card.hidden).toBe(0);
  });

  it('is cancelled by the pointer coming back, and by the context going away', () => {
    const hiding = make();
    hiding.schedule(true);
    vi.advanceTimersByTime(DELAY - 10);
    hiding.cancel();
    vi.advanceTimersByTime(DELAY * 2);
    expect(card.hidden).toBe(0);
    hiding.schedule(true);
    abort.abort();
    vi.advanceTimersByTime(DELAY * 2);
    expect(card.hidden).toBe(0);
  });
});
