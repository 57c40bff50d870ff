/**
 * components/card/card-position.ts, choosing a side: below if the whole card fits, else above; else
 * where the part down to the lead agencies fits; else beside the mention; else the taller room.
 */
import { describe, expect, it } from 'vitest';
import { choosePlacement, type AnchorRect } from '../../components/card/card-position';

const VW = 600;
const VH = 450; // a 1200 × 900 window at 200 % zoom
function rect(left: number, top: number, width = 60, height = 20): AnchorRect {
  return { x: left, y: top, left, top, width, height, right: left + width, bottom: top + height };
}
const card = (height: number, essential = height, width = 380) => ({ width, height, essential });

describe('choosePlacement', () => {
  it('puts the card below when it fits there, else above', () => {
    expect(choosePlacement(rect(40, 50), card(300), VW, VH)).toBe('bottom-start');
    expect(choosePlacement(rect(40, 360), card(300), VW, VH)).toBe('top-start');
  });

  it('when neither fits it whole, takes the side where the card fits down to its leads', () => {
    // 219 px below and 183 above, as measured for a mention at y = 197 at 200 % zoom.
    expect(choosePlacement(rect(280, 197), card(330, 210), VW, VH)).toBe('bottom-start');
    expect(choosePlacement(rect(280, 240), card(330, 210), VW, VH)).toBe('top-start');
  });

  it('goes beside the mention (right, then left) when the leads fit neither below nor above', () => {
    expect(choosePlacement(rect(40, 197), card(330, 250), VW, VH)).toBe('right-start');
    expect(choosePlacement(rect(480, 197), card(330, 250), VW, VH)).toBe('left-start');
  });

  it('else takes the taller of below and above (the host then scrolls to the leads)', () => {
    expect(choosePlacement(rect(270, 150), card(330, 300), VW, VH)).toBe('bottom-start');
    expect(choosePlacement(rect(270, 280), card(330, 300), VW, VH)).toBe('top-start');
  });
});
