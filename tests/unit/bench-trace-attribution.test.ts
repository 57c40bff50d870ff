import { describe, expect, it } from 'vitest';
import { extensionMsByFrame } from '../../bench/page-ordinary';
import type { TraceEvent } from '../../bench/page-trace';

const EXT = 'chrome-extension://abc/frame-gate.js';
const PAGE = 'https://www.example.gov.cn/app.js';

/** A complete event on one thread: `at` and `ms` in milliseconds. */
const ev = (name: string, at: number, ms: number, data: Record<string, unknown> = {}): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  ts: at * 1000,
  dur: ms * 1000,
  pid: 1,
  tid: 1,
  args: { data },
});
const task = (at: number, ms: number) => ev('RunTask', at, ms);
const call = (url: string, frame: string, at: number, ms: number) =>
  ev('FunctionCall', at, ms, { url, frame });
const micro = (at: number, ms: number) => ev('RunMicrotasks', at, ms);

const byFrame = (events: TraceEvent[]) =>
  Object.fromEntries([...extensionMsByFrame(events)].map(([f, ms]) => [f, Number(ms.toFixed(3))]));

describe('extensionMsByFrame (bench:page: what a frame of the extension cost)', () => {
  it("adds the microtasks after an extension callback in its task to the callback's frame", () => {
    // A timer whose callback resolved a promise: the continuation runs in the checkpoint after it.
    const events = [
      task(0, 3),
      ev('TimerFire', 0, 3, { frame: 'A' }),
      ev('v8.callFunction', 0, 3),
      call(EXT, 'A', 0, 0.5),
      micro(0.5, 2.5),
    ];
    expect(byFrame(events)).toEqual({ A: 3 });
  });

  it("leaves the page's microtasks, and a checkpoint of another task, out", () => {
    const events = [
      task(0, 1),
      call(EXT, 'A', 0, 1),
      task(1, 2),
      micro(1, 2), // the next task's: nothing of the extension ran before it there
      task(10, 3),
      call(EXT, 'A', 10, 0.5),
      call(PAGE, 'top', 10.5, 0.5), // the page's callback ran last: the checkpoint is the page's
      micro(11, 2),
    ];
    expect(byFrame(events)).toEqual({ A: 1.5 });
  });

  it('counts an extension call inside such a checkpoint once', () => {
    const events = [
      task(0, 4),
      call(EXT, 'A', 0, 1),
      micro(1, 3),
      call(EXT, 'B', 2, 1), // e.g. a MutationObserver callback of the frame B, run in that checkpoint
    ];
    expect(byFrame(events)).toEqual({ A: 3, B: 1 });
  });

  it('counts a checkpoint inside an extension event with that event alone', () => {
    const events = [task(0, 2), ev('EvaluateScript', 0, 2, { url: EXT, frame: 'A' }), micro(1, 1)];
    expect(byFrame(events)).toEqual({ A: 2 });
  });
});
