/**
 * Which text is under the pointer. Highlights get no mouse events (they are not elements), so the
 * content script asks the caret API for the text node and offset at a point, then checks the point
 * really lies on the mention's glyphs — the caret snaps to the nearest character even when the pointer
 * is in the blank space past the end of a line.
 */

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The caret at a point. `shadowRoots`: the open shadow roots whose text we read — without them the
 * caret API stops at their hosts (Chromium 128+ and Firefox take them; older browsers ignore them).
 */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): CaretPoint | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p =
      shadowRoots.length > 0
        ? d.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] })
        : d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export interface RangeBounds {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** A short-lived live Range over a span, for a layout query; never kept (StaticRange is what is kept). */
function rangeOver(doc: Document, span: RangeBounds): Range {
  const range = doc.createRange();
  range.setStart(span.startContainer, span.startOffset);
  range.setEnd(span.endContainer, span.endOffset);
  return range;
}

/** The client rects of a text span (one per line it wraps over). */
export function rectsOf(doc: Document, span: RangeBounds): DOMRect[] {
  return Array.from(rangeOver(doc, span).getClientRects());
}

export function boundsOf(doc: Document, span: RangeBounds): DOMRect {
  return rangeOver(doc, span).getBoundingClientRect();
}

export function pointInRects(rects: readonly DOMRect[], x: number, y: number, slop = 1): boolean {
  return rects.some(
    (r) => x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop,
  );
}
