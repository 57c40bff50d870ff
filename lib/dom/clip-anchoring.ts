/**
 * Finds saved clips again on the page (issue 9, "Finding clips again"): each clip's quote is anchored
 * in the collected text (lib/clips/anchor-quote: position → exact quote with context → fuzzy), the
 * clips nearest the viewport first, in slices that give the page a turn every few milliseconds — 200
 * clips on a 5 MB page make no long task. Painting is left to the caller.
 */
import { anchorQuoteSteps, type QuoteAnchor } from '../clips/anchor-quote';
import type { ClipSelectors } from '../clips/types';
import type { PageText } from './page-text';

export interface AnchorableClip {
  id: string;
  selectors: ClipSelectors;
}

export interface AnchorClipsOptions<C extends AnchorableClip> {
  page: PageText;
  clips: readonly C[];
  signal: AbortSignal;
  yieldToBrowser: () => Promise<void>;
  now?: () => number;
  /** Work per slice before the browser gets a turn. */
  sliceMs?: number;
  onAnchored: (clip: C, anchor: QuoteAnchor) => void;
}

/** Clips in the order to anchor them: those whose old place is nearest the painted (visible) text first. */
export function viewportFirst<C extends AnchorableClip>(
  clips: readonly C[],
  visible: { start: number; end: number } | undefined,
): C[] {
  if (!visible) return [...clips];
  const distance = (c: C) => {
    const { start, end } = c.selectors[1];
    return end < visible.start ? visible.start - end : start > visible.end ? start - visible.end : 0;
  };
  return [...clips].sort((a, b) => distance(a) - distance(b));
}

/** Anchors every clip; resolves when all are done (or the signal aborted). */
export async function anchorClips<C extends AnchorableClip>(options: AnchorClipsOptions<C>): Promise<void> {
  const { page, signal, yieldToBrowser, onAnchored } = options;
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? 8;
  let sliceStart = now();
  for (const clip of viewportFirst(options.clips, page.paintedSpan())) {
    const steps = anchorQuoteSteps(page.text, clip.selectors);
    for (;;) {
      if (now() - sliceStart >= sliceMs) {
        await yieldToBrowser();
        sliceStart = now();
      }
      if (signal.aborted) return;
      const step = steps.next();
      if (step.done) {
        onAnchored(clip, step.value);
        break;
      }
    }
  }
}
