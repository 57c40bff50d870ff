/**
 * Fitting the card's content to the room it gets. Before placing, `measureCard` takes the card's full
 * size (up to its cap) and how far down its essential part reaches — the first row of its first duty,
 * the lead agencies — so card-position.ts can pick a side where that part fits. After placing, when
 * no side gave it room (a small viewport, 200 % zoom), `revealLeads` scrolls the body just far enough
 * to bring that row into view: the reader sees who leads without scrolling (issue 10).
 */
import type { CardExtent } from './card-position';

/** The cap on the card's height in card-styles.ts. */
export const CARD_MAX_HEIGHT = 480;
/** Room left under the row (the body's bottom padding). */
const SLACK = 12;

function firstLeadRow(card: Element): Element | null {
  const duty = card.querySelector('.duty');
  return duty?.querySelector('dd') ?? duty;
}

/** The card's extent at its natural size; starts its body at the top. Undefined when not rendered. */
export function measureCard(host: HTMLElement, shadow: ShadowRoot): CardExtent | undefined {
  const card = shadow.querySelector<HTMLElement>('.card');
  if (!card) return undefined;
  host.style.setProperty('--sl-max-h', `${CARD_MAX_HEIGHT}px`);
  const body = card.querySelector<HTMLElement>('.body');
  if (body) body.scrollTop = 0; // new content starts at its top
  const box = card.getBoundingClientRect();
  const row = firstLeadRow(card);
  const essential = row
    ? Math.min(box.height, row.getBoundingClientRect().bottom - box.top + SLACK)
    : box.height;
  return { width: box.width, height: box.height, essential };
}

/** Scrolls the card's body so its first lead row is in view, if it is below the fold and can fit. */
export function revealLeads(shadow: ShadowRoot): void {
  const card = shadow.querySelector('.card');
  const body = card?.querySelector<HTMLElement>('.body');
  const row = card && firstLeadRow(card);
  if (!body || !row) return;
  const view = body.getBoundingClientRect();
  const box = row.getBoundingClientRect();
  const below = box.bottom + SLACK - view.bottom;
  if (below > 0 && box.height + SLACK <= view.height) body.scrollTop += below;
}
