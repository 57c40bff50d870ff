/**
 * Where the card goes: next to the mention's rectangle, never over it and never off-screen (8 px
 * inside the viewport), and no taller than the room it gets (`size` writes `--sl-max-h`, which
 * card-styles.ts caps the card with; the body scrolls for the rest). A virtual reference element stands
 * for the mention — a text range, not an element (https://floating-ui.com/docs/virtual-elements).
 *
 * Which side (issue 10: at 200 % zoom the viewport is 450 CSS px tall and the lead agencies ended below
 * the card's fold): below the mention if the whole card fits there, else above; else the side, below
 * or above, where the card's essential part fits — down to its first lead agencies, measured by the
 * host; else beside the mention (right, then left), where the card may take the viewport's full height;
 * else the taller of below and above, and the host scrolls the card's body to the leads.
 */
import { computePosition, offset, shift, size, type Placement, type VirtualElement } from '@floating-ui/dom';

/** A viewport rectangle (a DOMRect, or its fields) of the mention the card belongs to. */
export type AnchorRect = Pick<
  DOMRectReadOnly,
  'x' | 'y' | 'width' | 'height' | 'top' | 'left' | 'right' | 'bottom'
>;

/** The card's size before it is fitted: all of it (up to its cap), and down to its lead agencies. */
export interface CardExtent {
  width: number;
  height: number;
  /** Height from the card's top to the end of its first duty's first row; `height` when none. */
  essential: number;
}

const GAP = 6;
const PADDING = 8;
const MIN_HEIGHT = 120;

/** The placement for a card of `extent` next to `anchor` in a `vw` × `vh` viewport (see above). */
export function choosePlacement(anchor: AnchorRect, extent: CardExtent, vw: number, vh: number): Placement {
  const below = vh - anchor.bottom - GAP - PADDING;
  const above = anchor.top - GAP - PADDING;
  if (extent.height <= below) return 'bottom-start';
  if (extent.height <= above) return 'top-start';
  if (extent.essential <= below) return 'bottom-start';
  if (extent.essential <= above) return 'top-start';
  if (extent.width <= vw - anchor.right - GAP - PADDING) return 'right-start';
  if (extent.width <= anchor.left - GAP - PADDING) return 'left-start';
  return below >= above ? 'bottom-start' : 'top-start';
}

/** Viewport coordinates for the fixed-position `floating` element. */
export async function computeCardPosition(
  anchor: AnchorRect,
  floating: HTMLElement,
  extent?: CardExtent,
): Promise<{ x: number; y: number; placement: Placement }> {
  const { x, y, width, height, top, left, right, bottom } = anchor;
  const reference: VirtualElement = {
    getBoundingClientRect: () => ({ x, y, width, height, top, left, right, bottom }),
  };
  const root = floating.ownerDocument.documentElement;
  const win = floating.ownerDocument.defaultView;
  const vw = root.clientWidth || win?.innerWidth || 0;
  const vh = root.clientHeight || win?.innerHeight || 0;
  const placement = extent ? choosePlacement(anchor, extent, vw, vh) : 'bottom-start';
  try {
    const placed = await computePosition(reference, floating, {
      strategy: 'fixed',
      placement,
      middleware: [
        offset(GAP),
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
    return { x: Math.round(placed.x), y: Math.round(placed.y), placement: placed.placement };
  } catch {
    // Measuring failed (the document went away mid-way): just below the anchor.
    return { x: Math.max(PADDING, Math.round(left)), y: Math.round(bottom + GAP), placement };
  }
}
