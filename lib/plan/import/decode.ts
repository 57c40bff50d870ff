/**
 * A plan file's bytes → its text, or why not. Chinese government documents come as UTF-8 or in the GB
 * family (GB2312 / GBK, both read by GB18030); Windows Notepad may add a BOM or save UTF-16. So: a BOM
 * decides; otherwise strict UTF-8, else strict GB18030 (WHATWG TextDecoder, `fatal`: a byte sequence
 * invalid in the encoding is an error, not U+FFFD). A NUL byte means binary before any decoding, and
 * the decoded text goes through the same screen as pasted text. The plan CLI reads leniently (see
 * DecodeOptions); imports do not.
 */
import { MAX_PLAN_FILE_BYTES } from './limits';
import type { PlanImportRefusal } from './refusal';
import { screenPlanText } from './screen';

export type PlanEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type DecodedPlan =
  | {
      ok: true;
      text: string;
      encoding: PlanEncoding;
      /** Lenient reads only: how many invalid byte sequences became U+FFFD, and the line of the first. */
      replaced?: { count: number; line: number };
    }
  | { ok: false; refusal: PlanImportRefusal };

export interface DecodeOptions {
  /**
   * Bytes that are valid in neither encoding are still read (the plan CLI, where one stray byte should
   * not cost the whole file), in the encoding the bytes are most evidently written in, each invalid
   * sequence as U+FFFD and counted in `replaced`. Imports stay strict: a page shows the refusal.
   */
  lenient?: boolean;
}

const BOMS: [PlanEncoding, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

export function decodePlanBytes(bytes: Uint8Array, opts: DecodeOptions = {}): DecodedPlan {
  if (bytes.length > MAX_PLAN_FILE_BYTES) {
    return refuse({ code: 'too-large', count: bytes.length, limit: MAX_PLAN_FILE_BYTES, unit: 'bytes' });
  }
  const bom = BOMS.find(([, mark]) => mark.every((b, i) => bytes[i] === b));
  let decoded:
    { text: string; encoding: PlanEncoding; replaced?: { count: number; line: number } } | undefined;
  if (bom) {
    const body = bytes.subarray(bom[1].length);
    decoded = strict(bom[0], body) ?? (opts.lenient ? withoutCount(lenient(bom[0], body)) : undefined);
    if (!decoded) return refuse({ code: 'not-text' });
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) return refuse({ code: 'binary', line: lineOf(bytes, nul) });
    decoded = strict('utf-8', bytes);
    if (!decoded) {
      // GB18030 pairs almost any two high bytes, so UTF-8 with a stray byte can pass as GB18030
      // mojibake (issue 13): bytes that read mostly as valid UTF-8 are UTF-8, whatever GB18030 says.
      const utf8 = lenient('utf-8', bytes);
      const gb = isMostlyUtf8(utf8) ? undefined : strict('gb18030', bytes);
      if (gb) decoded = gb;
      else if (opts.lenient) decoded = withoutCount(likelier(utf8, lenient('gb18030', bytes)));
    }
    if (!decoded) return refuse({ code: 'not-text' });
  }
  const refusal = screenPlanText(decoded.text);
  return refusal ? refuse(refusal) : { ok: true, ...decoded };
}

function strict(
  encoding: PlanEncoding,
  bytes: Uint8Array,
): { text: string; encoding: PlanEncoding } | undefined {
  try {
    // ignoreBOM: a BOM was already taken off; a second one would be text.
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return undefined;
  }
}

interface LenientRead {
  text: string;
  encoding: PlanEncoding;
  replaced: { count: number; line: number };
  /** Characters outside ASCII that decoded to something other than U+FFFD. */
  valid: number;
}

function lenient(encoding: PlanEncoding, bytes: Uint8Array): LenientRead {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  let count = 0;
  let valid = 0;
  let line = 0;
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) lines++;
    else if (c === 0xfffd) {
      count++;
      line ||= lines;
    } else if (c >= 0x80) valid++;
  }
  return { text, encoding, replaced: { count, line }, valid };
}

/**
 * Which lenient read the bytes are more evidently written in. GB18030 accepts most byte pairs, so
 * UTF-8 Chinese read as GB18030 is mojibake with few replacements: fewer replacements alone would pick
 * it for a UTF-8 file with one stray byte (issue 13). UTF-8's structure is the evidence: a file whose
 * valid multi-byte characters outnumber its invalid sequences two to one is UTF-8; GB text read as UTF-8 is almost
 * all invalid sequences.
 */
function likelier(utf8: LenientRead, gb: LenientRead): LenientRead {
  return isMostlyUtf8(utf8) || utf8.replaced.count <= gb.replaced.count ? utf8 : gb;
}

function isMostlyUtf8(read: LenientRead): boolean {
  return read.valid >= 2 * read.replaced.count;
}

function withoutCount({ text, encoding, replaced }: LenientRead) {
  return { text, encoding, replaced };
}

/** 1-based line of byte `at` (a NUL is never part of a multi-byte character in UTF-8 or GB18030). */
function lineOf(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

const refuse = (refusal: PlanImportRefusal): DecodedPlan => ({ ok: false, refusal });
