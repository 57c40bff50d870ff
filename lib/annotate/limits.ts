/**
 * The bounds of "Annotate text" (issue 12), apart from the annotating code: the popup checks a text
 * against them before sending it and imports nothing of the matcher.
 */

/** The longest text annotated in one request (about a 100-page document). */
export const MAX_ANNOTATE_CHARS = 200_000;
/** The most mentions answered: more would be a message of megabytes and a list nobody reads. */
export const MAX_ANNOTATE_MENTIONS = 10_000;
