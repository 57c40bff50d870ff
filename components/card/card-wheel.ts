/**
 * The wheel over a card the reader has not reached for goes to the page. The card follows its mention
 * as the page scrolls, so it can slide under a pointer that is resting still; its scrolling body
 * (`overscroll-behavior: contain`) would then take the wheel and the page would stop scrolling under
 * the reader's hand (issue 10). Such a wheel event is cancelled and its distance given to what lies
 * under the card: the nearest element there that can still scroll that way, else the document.
 */

/** Pixels per wheel "line" (DOM_DELTA_LINE), as Chromium and Firefox scroll a line of text. */
const LINE_PX = 40;

function toPixels(delta: number, mode: number, page: number): number {
  return mode === 1 ? delta * LINE_PX : mode === 2 ? delta * page : delta;
}

function canScroll(el: Element, dx: number, dy: number): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  const style = win.getComputedStyle(el);
  const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
  const y =
    dy !== 0 &&
    scrolls(style.overflowY) &&
    (dy > 0 ? el.scrollTop + el.clientHeight < el.scrollHeight - 1 : el.scrollTop > 0);
  const x =
    dx !== 0 &&
    scrolls(style.overflowX) &&
    (dx > 0 ? el.scrollLeft + el.clientWidth < el.scrollWidth - 1 : el.scrollLeft > 0);
  return x || y;
}

/** The parent element, stepping out of a shadow root to its host. */
function up(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return 'host' in root ? (root as ShadowRoot).host : null;
}

/** Scrolls what lies under the point (below `skip`) by (dx, dy); into a same-origin frame if it is one. */
function scrollUnder(doc: Document, x: number, y: number, dx: number, dy: number, skip?: Element): void {
  const under = (doc.elementsFromPoint?.(x, y) ?? []).find((e) => e !== skip && !skip?.contains(e));
  for (let el: Element | null = under ?? null; el; el = up(el)) {
    if (el.localName === 'iframe') {
      const frame = el as HTMLIFrameElement;
      const inner = frame.contentDocument;
      if (inner) {
        const box = frame.getBoundingClientRect();
        scrollUnder(inner, x - box.left - frame.clientLeft, y - box.top - frame.clientTop, dx, dy);
        return;
      }
    }
    if (el !== doc.scrollingElement && el !== doc.body && canScroll(el, dx, dy)) {
      el.scrollBy({ left: dx, top: dy, behavior: 'instant' });
      return;
    }
  }
  doc.defaultView?.scrollBy({ left: dx, top: dy, behavior: 'instant' });
}

/** Gives a wheel event over `host` (the card's element) to the page beneath it. */
export function forwardWheel(event: WheelEvent, host: HTMLElement): void {
  const doc = host.ownerDocument;
  const page = doc.defaultView?.innerHeight ?? 800;
  const dx = toPixels(event.deltaX, event.deltaMode, page);
  const dy = toPixels(event.deltaY, event.deltaMode, page);
  event.preventDefault();
  if (dx !== 0 || dy !== 0) scrollUnder(doc, event.clientX, event.clientY, dx, dy, host);
}
