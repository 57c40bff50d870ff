/**
 * When the hover card goes away by itself: a moment after the pointer left its mention or the card
 * (so the pointer can cross the gap between them), unless it is pinned. A card with keyboard focus in
 * it stays while the pointer merely wanders over the page (it was opened from the keyboard, or the
 * reader tabbed into it) — but not once the pointer has left the card itself after the reader moved or
 * clicked in it: a click inside used to keep the card open for good (issue 10).
 */
export interface HidingCard {
  isPinned(): boolean;
  hasFocus(): boolean;
  hide(): void;
}

export interface CardHiding {
  /** `leftCard`: the pointer left the card itself, not only the mention. */
  schedule(leftCard?: boolean): void;
  cancel(): void;
}

export function createCardHiding(deps: {
  card: HidingCard;
  delayMs: number;
  signal: AbortSignal;
  onHidden: () => void;
}): CardHiding {
  const { card, delayMs, signal } = deps;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let leftTheCard = false;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    leftTheCard = false;
  };
  signal.addEventListener('abort', cancel, { once: true });
  return {
    cancel,
    schedule(leftCard = false) {
      // The pointer moving on over the page reports a leave again each frame: that neither postpones
      // the hiding nor undoes that the pointer left the card itself.
      leftTheCard ||= leftCard;
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        const left = leftTheCard;
        leftTheCard = false;
        if (signal.aborted || card.isPinned() || (!left && card.hasFocus())) return;
        card.hide();
        deps.onHidden();
      }, delayMs);
    },
  };
}
