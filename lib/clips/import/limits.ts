/**
 * Bounds on an import file (issue 11, "Import and backup": hostile files are refused quickly with
 * nothing changed). Each is checked before the work it protects: the size before reading, the depth
 * before parsing, the number of entries before any entry is validated.
 */

/** 50 MB: a library of 10,000 clips with long notes is a few MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/**
 * Deepest `[`/`{` nesting accepted. A backup nests about 6 deep (file → clips → clip → facts → meta),
 * a W3C collection about 7; `JSON.parse` with a reviver recurses per level, so 10,000 levels could
 * exhaust the stack.
 */
export const MAX_JSON_DEPTH = 64;
/** Clips, annotations, settings or sites in one file. */
export const MAX_IMPORT_ENTRIES = 100_000;
/** Rejected entries named one by one in a report; the rest are counted. */
export const MAX_REPORTED_REJECTIONS = 200;
