/**
 * How much text the content script may send with `scanWindow` or `scanTexts` (issue 15): the blocks
 * of its first painted window, then the page's other blocks, in requests of at most this much. The
 * background refuses more (lib/messages/schemas.ts).
 */
export const MAX_WINDOW_TEXTS = 2_000;
/** UTF-16 units over all texts of one `scanWindow`. */
export const MAX_WINDOW_UNITS = 65_536;
/**
 * Past this many units sent for its first pass, a page's content script loads the matcher and scans
 * the rest itself: on a long page the matcher's fixed cost is small beside the scan, and each request
 * is a roundtrip (the 5 MB page would take ~80).
 */
export const MAX_REMOTE_FIRST_PASS_UNITS = 262_144;
