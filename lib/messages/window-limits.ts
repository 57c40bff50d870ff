/**
 * How much text the content script may send with `scanWindow` (issue 15): the blocks of the first
 * painted window — a few screens, a few KB on an ordinary page. A larger window sends the blocks that
 * fit, from its top, and scans the rest itself once the matcher arrived. The background refuses more
 * (lib/messages/schemas.ts).
 */
export const MAX_WINDOW_TEXTS = 2_000;
/** UTF-16 units over all texts of one `scanWindow`. */
export const MAX_WINDOW_UNITS = 65_536;
