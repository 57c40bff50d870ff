/**
 * The one element each in-page UI adds to the page (the card, the toast): its box styles set inline
 * and `!important`, so page rules on the element (or on `*`) cannot move or hide it.
 */
export function pinStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

/** Box resets every host element takes (page rules on `*` included). */
export const HOST_RESET = {
  display: 'block',
  margin: '0',
  padding: '0',
  border: '0',
  'z-index': '2147483647',
};
