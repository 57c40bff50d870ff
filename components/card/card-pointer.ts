/**
 * What the pointer does over the card (issue 10). The card tells when the pointer enters it and when
 * it leaves after the reader reached for it — moved the pointer in it or pressed in it — so a click
 * inside does not keep a card open once the pointer has gone (the pin does). A card that merely slid
 * under a resting pointer (it follows its mention as the page scrolls) was not reached for: the wheel
 * over it scrolls the page (card-wheel.ts), and the card's own scrolling starts once the pointer moves
 * in it.
 */
import { forwardWheel } from './card-wheel';

export interface CardPointer {
  /** The card was shown again or moved: whatever is now under the pointer was not reached for. */
  reset(): void;
}

export function watchCardPointer(
  host: HTMLElement,
  on: { isOpen: () => boolean; enter?: () => void; leave?: () => void },
): CardPointer {
  let engaged = false;
  // Where the pointer was when it first met the card: a move from there is a real one; the events a
  // browser sends when content slides under a resting pointer come with the same screen position.
  let metAt: { x: number; y: number } | null = null;
  const meet = (e: PointerEvent | WheelEvent) => {
    metAt ??= { x: e.screenX, y: e.screenY };
  };
  const reset = () => {
    engaged = false;
    metAt = null;
  };

  // Only the reader's own pointer (issue 14): a page script's events on the host neither keep the card
  // open nor close it, and scroll nothing.
  host.addEventListener('pointerenter', (e) => {
    if (!e.isTrusted) return;
    meet(e);
    if (on.isOpen()) on.enter?.();
  });
  host.addEventListener('pointermove', (e) => {
    if (!e.isTrusted) return;
    if (metAt && (e.screenX !== metAt.x || e.screenY !== metAt.y)) engaged = true;
    meet(e);
  });
  host.addEventListener('pointerdown', (e) => {
    if (e.isTrusted) engaged = true;
  });
  host.addEventListener('pointerleave', (e) => {
    if (!e.isTrusted) return;
    const left = engaged;
    reset();
    if (left && on.isOpen()) on.leave?.();
  });
  // Not passive: a wheel over a card the reader has not reached for is the page's.
  host.addEventListener(
    'wheel',
    (e) => {
      if (!e.isTrusted) return;
      meet(e);
      if (!engaged) forwardWheel(e, host);
    },
    { passive: false },
  );
  return { reset };
}
