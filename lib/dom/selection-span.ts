/**
 * The user's selection as a span of the page's collected text (lib/dom/page-text), taken as the user
 * sees it: across blocks and inline markup, and into open shadow roots through
 * `Selection.getComposedRanges` (https://w3c.github.io/selection-api/#dom-selection-getcomposedranges),
 * since `getRangeAt` re-scopes a selection inside a shadow tree to its host. A frame's selection
 * belongs to that frame's document, whose own content script takes it.
 */
import { MAX_QUOTE_CHARS } from '../clips/make-draft';
import { trimSpan } from '../clips/sentence-span';
import type { PageText } from './page-text';

export type SelectionProblem = 'empty' | 'editable' | 'too-long' | 'not-text';

export type SelectionResult = { start: number; end: number } | { problem: SelectionProblem };

const EDITABLE_FIELDS = new Set(['input', 'textarea', 'select']);

/** The focused element, looking through open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function isEditable(node: Node | null): boolean {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  if (!el) return false;
  if (EDITABLE_FIELDS.has(el.localName)) return true;
  return (el as HTMLElement).isContentEditable === true;
}

type ComposedRangesFn = (options?: { shadowRoots?: ShadowRoot[] }) => StaticRange[];

/** The selection's ranges, composed across the given open shadow roots where the browser can. */
export function selectionRanges(selection: Selection, shadowRoots: readonly ShadowRoot[]): AbstractRange[] {
  const composed = (selection as unknown as { getComposedRanges?: ComposedRangesFn }).getComposedRanges;
  if (typeof composed === 'function') {
    try {
      return composed.call(selection, { shadowRoots: [...shadowRoots] });
    } catch {
      // An older signature (roots as arguments) or none: fall back to the light-DOM ranges.
    }
  }
  const ranges: AbstractRange[] = [];
  for (let i = 0; i < selection.rangeCount; i++) ranges.push(selection.getRangeAt(i));
  return ranges;
}

export function selectionSpan(
  doc: Document,
  page: PageText,
  shadowRoots: readonly ShadowRoot[],
): SelectionResult {
  const selection = doc.getSelection();
  if (isEditable(deepActiveElement(doc))) return { problem: 'editable' };
  if (!selection || selection.rangeCount === 0) return { problem: 'empty' };
  const ranges = selectionRanges(selection, shadowRoots).filter((r) => !r.collapsed);
  if (ranges.length === 0) return { problem: 'empty' };
  if (ranges.some((r) => isEditable(r.startContainer) || isEditable(r.endContainer))) {
    return { problem: 'editable' };
  }
  let start = Infinity;
  let end = -Infinity;
  for (const r of ranges) {
    const s = page.offsetOf(r.startContainer, r.startOffset, 'start');
    const e = page.offsetOf(r.endContainer, r.endOffset, 'end');
    if (s === undefined || e === undefined || e <= s) continue;
    start = Math.min(start, s);
    end = Math.max(end, e);
  }
  if (!Number.isFinite(start)) return { problem: selection.toString().trim() ? 'not-text' : 'empty' };
  const span = trimSpan(page.text, start, end);
  if (span.end <= span.start) return { problem: 'empty' };
  if (span.end - span.start > MAX_QUOTE_CHARS) return { problem: 'too-long' };
  return span;
}
