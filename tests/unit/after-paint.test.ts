import { describe, expect, it } from 'vitest';
import { whenFramePainted, whenWindowPainted } from '../../lib/dom/after-paint';

/** A document whose window queues frame callbacks and timers until the test runs them. */
function fakeDocument(visibilityState: DocumentVisibilityState) {
  const frames: (() => void)[] = [];
  const timers: { run: () => void; delay: number | undefined }[] = [];
  const view = {
    requestAnimationFrame: (run: () => void) => frames.push(run),
    setTimeout: (run: () => void, delay?: number) => timers.push({ run, delay }),
  };
  const doc = { defaultView: view, visibilityState } as unknown as Document;
  return { doc, frames, timers };
}

describe('whenFramePainted', () => {
  it('calls back from a timer set in the next frame callback, not before', () => {
    const { doc, frames, timers } = fakeDocument('visible');
    const calls: string[] = [];
    whenFramePainted(doc, () => calls.push('painted'));
    expect([calls, frames.length, timers.length]).toEqual([[], 1, 0]);
    frames.shift()!(); // the frame's callback: before its rendering
    expect([calls, timers.map((t) => t.delay)]).toEqual([[], [0]]);
    timers.shift()!.run(); // a task after that frame's rendering
    expect(calls).toEqual(['painted']);
  });

  it('calls back at once in a hidden document, whose frames wait until it is shown', () => {
    const { doc, frames, timers } = fakeDocument('hidden');
    const calls: string[] = [];
    whenFramePainted(doc, () => calls.push('painted'));
    expect([calls, frames.length, timers.length]).toEqual([['painted'], 0, 0]);
  });
});

describe('whenWindowPainted', () => {
  it('calls back after the next frame, reading nothing of the document', () => {
    const { doc, frames, timers } = fakeDocument('visible');
    const view = doc.defaultView!;
    // The frame gate's view of a quiet frame: its document is never reached (text-gate untilFrameReadable).
    Object.defineProperty(view, 'document', {
      get: () => {
        throw new Error('the document was read');
      },
    });
    const calls: string[] = [];
    whenWindowPainted(view, () => calls.push('painted'));
    expect([calls, frames.length, timers.length]).toEqual([[], 1, 0]);
    frames.shift()!();
    expect(calls).toEqual([]);
    timers.shift()!.run();
    expect(calls).toEqual(['painted']);
  });
});
