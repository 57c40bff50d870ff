/**
 * Deep links into the plan browser (`plan.html`, DESIGN.md: `#item-N`, `#agency-<id>`,
 * `#topic-<id>`), as the card's "open in plan browser" asks for them. The background accepts only a
 * hash of this shape (lib/messages/schemas) before it opens the page.
 */
export const PLAN_HASH = /^#(item-\d{1,3}|agency-[a-z0-9-]{1,64}|topic-[a-z0-9-]{1,64})$/;

export const itemHash = (no: number) => `#item-${no}`;
export const agencyHash = (id: string) => `#agency-${id}`;
export const topicHash = (id: string) => `#topic-${id}`;
