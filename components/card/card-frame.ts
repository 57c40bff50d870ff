/**
 * Where the card of a mention inside a frame goes (issue 10: the card was clipped to the frame's box —
 * in a frame 200 px tall it could not be read).
 *
 * Chosen: the card goes into the outermost document the frame can reach — the top page when it and
 * every frame between are same-origin (`frameElement` is null across an origin border) — and is placed
 * in that document's viewport, with the mention's rectangle carried out through each frame's content
 * box. It then has the whole window, as a card for the top page has. The content script of the
 * mention's frame still owns it (its pointer, its keyboard, its navigation); it follows the frames'
 * scrolling, and goes when the frame's page goes.
 *
 * Not chosen: asking the top frame's content script to show it (a message round trip per hover, and a
 * second owner for the card's state), or shrinking the card into the frame's visible box (a small
 * frame leaves no room for it). Where an ancestor is cross-origin the card cannot leave that frame:
 * there it stays in the outermost reachable document, placed to fit its viewport (card-position.ts).
 */
import type { AnchorRect } from './card-position';

export interface CardMount {
  /** The document the card element goes into. */
  doc: Document;
  /** The frame elements between the mention's document and `doc`, innermost first. */
  frames: Element[];
}

/** The outermost same-origin document above `doc` (itself when it is the top or a cross-origin frame). */
export function cardMountFor(doc: Document): CardMount {
  const frames: Element[] = [];
  let win = doc.defaultView;
  let mountDoc = doc;
  while (win && win.parent && win.parent !== win) {
    let frame: Element | null = null;
    try {
      frame = win.frameElement; // null when the parent is cross-origin (or the frame sandboxed)
    } catch {
      frame = null;
    }
    if (!frame) break;
    frames.push(frame);
    mountDoc = frame.ownerDocument;
    win = mountDoc.defaultView;
  }
  return { doc: mountDoc, frames };
}

/** A rectangle in the mention's viewport, moved out through each frame's content box into `doc`'s. */
export function toMountRect(mount: CardMount, rect: AnchorRect): AnchorRect {
  let dx = 0;
  let dy = 0;
  for (const frame of mount.frames) {
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    dx += box.left + frame.clientLeft + (parseFloat(style?.paddingLeft ?? '') || 0);
    dy += box.top + frame.clientTop + (parseFloat(style?.paddingTop ?? '') || 0);
  }
  const { x, y, width, height, top, left, right, bottom } = rect;
  return {
    x: x + dx,
    y: y + dy,
    width,
    height,
    top: top + dy,
    left: left + dx,
    right: right + dx,
    bottom: bottom + dy,
  };
}

/** Windows whose scrolling or resizing moves the frames, hence the card: the mount's and those between. */
export function movingWindows(mount: CardMount): Window[] {
  return mount.frames.flatMap((f) => f.ownerDocument.defaultView ?? []);
}

/**
 * While a card is shown out of its frame: `onMove` when a page between scrolls or resizes (the frame,
 * hence the mention, moved), `onGone` when the frame's own page goes. Returns the way to stop.
 */
export function followFrames(
  mount: CardMount,
  frameDoc: Document,
  onMove: () => void,
  onGone: () => void,
): () => void {
  const windows = movingWindows(mount);
  const frameView = frameDoc.defaultView;
  // Only what really happened (issue 14): a page script's synthetic event neither moves nor hides the card.
  const moved = (e: Event) => e.isTrusted && onMove();
  const gone = (e: Event) => e.isTrusted && onGone();
  for (const w of windows) {
    w.addEventListener('scroll', moved, { capture: true, passive: true });
    w.addEventListener('resize', moved, { passive: true });
  }
  frameView?.addEventListener('pagehide', gone);
  return () => {
    for (const w of windows) {
      w.removeEventListener('scroll', moved, { capture: true });
      w.removeEventListener('resize', moved);
    }
    frameView?.removeEventListener('pagehide', gone);
  };
}
