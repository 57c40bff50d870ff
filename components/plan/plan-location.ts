/**
 * Which plan the browser shows is in its URL: `plan.html?plan=<id>` for an imported plan, `plan.html`
 * for the bundled one — so a reload, a bookmark or history keep it, and fragments (`#item-3`) still
 * deep-link inside it.
 */

/** The `plan` search parameter, if any. */
export function planIdFrom(search: string): string | undefined {
  return new URLSearchParams(search).get('plan') || undefined;
}

/**
 * The URL showing plan `id` (`undefined`: the bundled plan). The fragment is dropped: `#item-9` of one
 * plan is another item in the next.
 */
export function planUrl(href: string, id: string | undefined): string {
  const url = new URL(href);
  if (id) url.searchParams.set('plan', id);
  else url.searchParams.delete('plan');
  url.hash = '';
  return url.href;
}
