/**
 * `JSON.parse` for files from anywhere: the size and the nesting are checked first, in one linear
 * pass without recursion, and keys that could reach an object's prototype when the data is later
 * spread or merged (`__proto__`, `constructor`, `prototype`) refuse the file.
 */
import { MAX_IMPORT_BYTES, MAX_JSON_DEPTH } from './limits';

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The deepest `[`/`{` nesting of `text`, outside strings, stopping as soon as it exceeds `max` (then
 * `max + 1`). Linear; brackets inside strings (and escaped quotes) are skipped.
 */
export function jsonDepth(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > max) return deepest;
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return deepest;
}

/**
 * UTF-8 size of `text` (what a file of it weighs), counted without encoding it; stops past `limit`.
 */
export function utf8Bytes(text: string, limit = Infinity): number {
  // A UTF-16 unit is 1–3 bytes: the cheap bounds settle most texts without a scan.
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

class ForbiddenKey extends Error {}

export function parseJsonSafely(
  text: string,
  { maxBytes = MAX_IMPORT_BYTES, maxDepth = MAX_JSON_DEPTH } = {},
): JsonParse {
  if (utf8Bytes(text, maxBytes) > maxBytes) {
    return { ok: false, reason: `the file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
  }
  if (jsonDepth(text, maxDepth) > maxDepth) {
    return { ok: false, reason: `the JSON nests deeper than ${maxDepth} levels` };
  }
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''), (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return v;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ForbiddenKey) {
      return { ok: false, reason: `the file has a "${error.message}" key, which no import uses` };
    }
    return { ok: false, reason: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}
