/**
 * Where the card goes: next to the mention's rectangle, below it when there is room, flipped above
 * otherwise, shifted to stay 8 px inside the viewport, and no taller than the room left (`size` writes
 * `--sl-max-h`, which card-styles.ts caps the card with). A virtual reference element stands for the
 * mention — a text range, not an element (https://floating-ui.com/docs/virtual-elements).
 */
import { computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

/** A viewport rectangle (a DOMRect, or its fields) of the mention the card belongs to. */
export type AnchorRect = Pick<
  DOMRectReadOnly,
  'x' | 'y' | 'width' | 'height' | 'top' | 'left' | 'right' | 'bottom'
>;

const GAP = 6;
const PADDING = 8;
const MIN_HEIGHT = 120;

/** Viewport coordinates for the fixed-position `floating` element. */
export async function computeCardPosition(
  anchor: AnchorRect,
  floating: HTMLElement,
): Promise<{ x: number; y: number }> {
  const { x, y, width, height, top, left, right, bottom } = anchor;
  const reference: VirtualElement = {
    getBoundingClientRect: () => ({ x, y, width, height, top, left, right, bottom }),
  };
  try {
    const placed = await computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP),
        flip({ padding: PADDING }),
        shift({ padding: PADDING }),
        size({
          padding: PADDING,
          apply({ availableHeight }) {
            floating.style.setProperty(
              '--sl-max-h',
              `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`,
            );
          },
        }),
      ],
    });
    return { x: Math.round(placed.x), y: Math.round(placed.y) };
  } catch {
    // Measuring failed (the document went away mid-way): just below the anchor.
    return { x: Math.max(PADDING, Math.round(left)), y: Math.round(bottom + GAP) };
  }
}
