/**
 * lib/dom/hover-watch.ts, the timing: the card's delay is counted from the pointer event that reached
 * the mention — the frame that samples moves, or a busy main thread, adds nothing — and the content
 * script hears of the mention at once (it asks for the card during the delay).
 *
 * The clock, the frames and the hit test are the module's parameters; timers are vitest's fakes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchHover, type HoverHit, type HoverWatch } from '../../lib/dom/hover-watch';
import type { AnnotatedBlock, MentionRefInPage } from '../../lib/dom/page-annotator';

const DELAY = 300;
const entry = {} as AnnotatedBlock;
const A: MentionRefInPage = { entry, index: 0 };
const B: MentionRefInPage = { entry, index: 1 };
/** Mention A spans x 0–99, B spans x 100–199; elsewhere there is none. */
const hitTest = (x: number): HoverHit =>
  x < 100
    ? { ref: A, anchor: new DOMRect(0, 0, 100, 20) }
    : x < 200
      ? { ref: B, anchor: new DOMRect(100, 0, 100, 20) }
      : null;

let frames: (() => void)[] = [];
let watch: HoverWatch;
let abort: AbortController;
const now = () => Date.now();
const onEnter = vi.fn();
const onHover = vi.fn();
const onLeave = vi.fn();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 10_000 });
  frames = [];
  abort = new AbortController();
  onEnter.mockReset();
  onHover.mockReset();
  onLeave.mockReset();
  watch = watchHover({
    doc: document,
    annotator: { mentionAt: () => null, shadowRoots: () => [] },
    signal: abort.signal,
    isOwnUi: () => false,
    onEnter,
    onHover,
    onLeave,
    delayMs: DELAY,
    now,
    requestFrame: (cb) => frames.push(cb),
    cancelFrame: () => {},
    hitTest,
  });
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

/** A pointer move stamped with the page clock's present time; the reader's own unless `trusted` is false. */
function move(x: number, timeStamp = now(), { altKey = false, trusted = true } = {}) {
  const e = new PointerEvent('pointermove', { clientX: x, clientY: 10, bubbles: true, altKey });
  Object.defineProperty(e, 'timeStamp', { value: timeStamp });
  Object.defineProperty(e, 'isTrusted', { value: trusted });
  document.body.dispatchEvent(e);
}

/** Alt pressed or let go (⌥ Option on a Mac reports the same key). */
function alt(type: 'keydown' | 'keyup', { trusted = true, repeat = false } = {}) {
  const e = new KeyboardEvent(type, {
    key: 'Alt',
    code: 'AltLeft',
    altKey: type === 'keydown',
    repeat,
    bubbles: true,
  });
  Object.defineProperty(e, 'isTrusted', { value: trusted });
  document.body.dispatchEvent(e);
}
/** The next animation frame runs `ms` later (16 ms at 60 Hz; more on a busy main thread). */
function frameAfter(ms: number) {
  vi.advanceTimersByTime(ms);
  const run = frames;
  frames = [];
  for (const cb of run) cb();
}

describe('watchHover timing', () => {
  it('ignores pointer moves a page script sends (issue 14): no card, not even asked for', () => {
    move(50, now(), { trusted: false });
    frameAfter(16);
    vi.advanceTimersByTime(DELAY * 2);
    expect(onEnter).not.toHaveBeenCalled();
    expect(onHover).not.toHaveBeenCalled();
    move(50);
    frameAfter(16);
    expect(onEnter).toHaveBeenCalledWith(A); // the reader's own move, on the same spot
  });

  it('opens exactly the delay after the pointer event, though the frame sampled it later', () => {
    move(50);
    frameAfter(16);
    expect(onEnter).toHaveBeenCalledWith(A);
    vi.advanceTimersByTime(DELAY - 16 - 1);
    expect(onHover).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onHover).toHaveBeenCalledTimes(1);
    expect(onHover.mock.calls[0]![0]).toBe(A);
  });

  it('counts a busy main thread (a late frame) into the delay, never past it', () => {
    move(50);
    frameAfter(120);
    vi.advanceTimersByTime(DELAY - 120 - 1);
    expect(onHover).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onHover).toHaveBeenCalledTimes(1);
  });

  it('opens at once when the frame came later than the whole delay', () => {
    move(50);
    frameAfter(DELAY + 50);
    vi.advanceTimersByTime(0);
    expect(onHover).toHaveBeenCalledTimes(1);
  });

  it('does not restart the delay while the pointer moves on the same mention', () => {
    move(10);
    frameAfter(16);
    for (let x = 20; x < 90; x += 10) {
      move(x);
      frameAfter(16); // 7 frames = 112 ms
    }
    vi.advanceTimersByTime(DELAY - 16 - 112 - 1);
    expect(onHover).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onHover).toHaveBeenCalledTimes(1);
    expect(onEnter).toHaveBeenCalledTimes(1);
  });

  it('restarts on another mention and tells of each; leaving before the delay opens nothing', () => {
    move(50);
    frameAfter(16);
    vi.advanceTimersByTime(100);
    move(150);
    frameAfter(16);
    expect(onEnter.mock.calls.map((c) => c[0])).toEqual([A, B]);
    vi.advanceTimersByTime(100);
    move(500);
    frameAfter(16);
    expect(onLeave).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(DELAY * 2);
    expect(onHover).not.toHaveBeenCalled();
  });

  it('takes a missing or future timeStamp as the present', () => {
    move(50, now() + 5_000); // counted from when it arrived
    frameAfter(16);
    vi.advanceTimersByTime(DELAY - 16 - 1);
    expect(onHover).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onHover).toHaveBeenCalledTimes(1);
  });

  it('stops when its signal aborts', () => {
    move(50);
    frameAfter(16);
    abort.abort();
    vi.advanceTimersByTime(DELAY);
    expect(onHover).not.toHaveBeenCalled();
  });
});

describe('watchHover, "only while Alt is held"', () => {
  beforeEach(() => watch.set({ delayMs: DELAY, needsAlt: true }));

  it('opens nothing on a mere rest; Alt pressed while resting opens the card at once', () => {
    move(50);
    frameAfter(16);
    expect(onEnter).toHaveBeenCalledWith(A); // the card is still fetched during the delay
    vi.advanceTimersByTime(DELAY * 3);
    expect(onHover).not.toHaveBeenCalled();
    alt('keydown');
    expect(onHover).toHaveBeenCalledTimes(1);
    expect(onHover.mock.calls[0]![0]).toBe(A);
    alt('keydown', { repeat: true }); // a held key repeats: one card
    expect(onHover).toHaveBeenCalledTimes(1);
  });

  it('opens after the delay when the pointer came with Alt held', () => {
    move(50, now(), { altKey: true });
    frameAfter(16);
    vi.advanceTimersByTime(DELAY - 16 - 1);
    expect(onHover).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onHover).toHaveBeenCalledTimes(1);
  });

  it('takes Alt pressed during the delay, and not Alt already let go', () => {
    move(50);
    frameAfter(16);
    alt('keydown');
    expect(onHover).not.toHaveBeenCalled(); // the delay still runs
    vi.advanceTimersByTime(DELAY);
    expect(onHover).toHaveBeenCalledTimes(1);

    move(150);
    frameAfter(16);
    alt('keyup');
    vi.advanceTimersByTime(DELAY * 2);
    expect(onHover).toHaveBeenCalledTimes(1);
    alt('keydown');
    expect(onHover).toHaveBeenCalledTimes(2);
    expect(onHover.mock.calls[1]![0]).toBe(B);
  });

  it('ignores what a page script sends: untrusted Alt keys and pointer events with altKey', () => {
    move(50, now(), { altKey: true });
    frameAfter(16);
    vi.advanceTimersByTime(DELAY * 2);
    alt('keyup');
    move(55, now(), { altKey: true, trusted: false });
    frameAfter(16);
    alt('keydown', { trusted: false });
    expect(onHover).toHaveBeenCalledTimes(1); // only the reader's own Alt move above
    // The reader's own Alt still works.
    alt('keydown');
    expect(onHover).toHaveBeenCalledTimes(2);
  });

  it('opens nothing for Alt pressed off a mention or after the pointer left it', () => {
    alt('keydown');
    alt('keyup');
    move(50);
    frameAfter(16);
    vi.advanceTimersByTime(DELAY);
    move(500);
    frameAfter(16);
    expect(onLeave).toHaveBeenCalledTimes(1);
    alt('keydown');
    expect(onHover).not.toHaveBeenCalled();
  });

  it('goes back to opening on hover when the reader switches back, without a reload', () => {
    watch.set({ delayMs: 100, needsAlt: false });
    move(50);
    frameAfter(16);
    vi.advanceTimersByTime(100 - 16);
    expect(onHover).toHaveBeenCalledTimes(1);
    alt('keydown'); // Alt means nothing then: no second card
    expect(onHover).toHaveBeenCalledTimes(1);
  });
});
