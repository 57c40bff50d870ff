/**
 * Bounds on an imported plan (issue 12: "hostile input — huge, binary, a million brackets — is refused
 * quickly and clearly"). Each is checked before the work it protects: the file size before it is read,
 * characters, lines, duty brackets and headings in one pass before the parser runs (screen.ts), items
 * and unknown agency names right after it, before anything is stored or sent back.
 *
 * For scale: the bundled plan is 36 KB — 12,000 characters, 43 headings, 43 duty brackets.
 */

/** A file larger than this is not read at all (UTF-8 Chinese is 3 bytes a character, GB18030 2). */
export const MAX_PLAN_FILE_BYTES = 2 * 1024 * 1024;
/** Characters of plan text (UTF-16 units); about 40 times the bundled plan, parsed in well under a second. */
export const MAX_PLAN_CHARS = 500_000;
export const MAX_PLAN_LINES = 20_000;
/** 〔 duty brackets, counted before parsing; also the bound on duties after it (brackets and （…牵头）). */
export const MAX_DUTY_BRACKETS = 2_000;
/** Section and item headings (一、 / (一)) counted before parsing; also the bound on items after it. */
export const MAX_PLAN_ITEMS = 1_000;
/** Distinct agency names that no seed knows; each becomes a placeholder agency of the stored plan. */
export const MAX_UNRESOLVED_NAMES = 500;
/**
 * Control characters (other than tab, line breaks, form feed) and U+FFFD: more than this share of the
 * text, and it is not text. A NUL is refused on its own.
 */
export const MAX_CONTROL_SHARE = 0.01;
/** A user's name for an imported plan. */
export const MAX_PLAN_NAME = 200;
