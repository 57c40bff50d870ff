/**
 * components/card/card-frame.ts: a frame's card goes into the outermost same-origin document, and the
 * mention's rectangle is carried out through each frame's content box (border and padding).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cardMountFor, toMountRect } from '../../components/card/card-frame';

afterEach(() => {
  document.body.innerHTML = '';
});

const RECT = { x: 10, y: 20, width: 40, height: 16, left: 10, top: 20, right: 50, bottom: 36 };

describe('cardMountFor', () => {
  it('keeps the card of the top document where it is', () => {
    expect(cardMountFor(document)).toEqual({ doc: document, frames: [] });
  });

  it("takes a same-origin frame's card out to the top document, through every frame between", () => {
    // Two nested frames, as windows and documents look from inside (happy-dom loads no frame pages).
    const outerFrame = document.body.appendChild(document.createElement('div'));
    const middleDoc = document.implementation.createHTMLDocument('middle');
    const innerFrame = middleDoc.body.appendChild(middleDoc.createElement('div'));
    const middleWin = { frameElement: outerFrame, parent: window } as unknown as Window;
    Object.defineProperty(middleDoc, 'defaultView', { value: middleWin });
    const innerWin = { frameElement: innerFrame, parent: middleWin } as unknown as Window;
    const innerDoc = { defaultView: innerWin } as unknown as Document;
    expect(cardMountFor(innerDoc)).toEqual({ doc: document, frames: [innerFrame, outerFrame] });
  });

  it('stops at a parent it may not reach (cross-origin: frameElement is null)', () => {
    const win = { frameElement: null, parent: {} } as unknown as Window;
    const doc = { defaultView: win } as unknown as Document;
    expect(cardMountFor(doc)).toEqual({ doc, frames: [] });
  });
});

describe('toMountRect', () => {
  it('adds each frame content box offset, innermost first', () => {
    const outer = document.createElement('div');
    outer.style.cssText = 'padding: 4px 0 0 6px';
    document.body.append(outer);
    const inner = document.createElement('div');
    document.body.append(inner);
    Object.defineProperty(outer, 'getBoundingClientRect', { value: () => new DOMRect(100, 200, 300, 100) });
    Object.defineProperty(outer, 'clientLeft', { value: 2 });
    Object.defineProperty(outer, 'clientTop', { value: 2 });
    Object.defineProperty(inner, 'getBoundingClientRect', { value: () => new DOMRect(5, 7, 50, 50) });
    const moved = toMountRect({ doc: document, frames: [inner, outer] }, RECT);
    // inner: (5, 7); outer: (100 + 2 + 6, 200 + 2 + 4)
    expect(moved).toEqual({
      x: 10 + 5 + 108,
      y: 20 + 7 + 206,
      width: 40,
      height: 16,
      left: 10 + 113,
      top: 20 + 213,
      right: 50 + 113,
      bottom: 36 + 213,
    });
  });
});
