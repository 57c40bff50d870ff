/**
 * A plan file's bytes → its text, or why not. Chinese government documents come as UTF-8 or in the GB
 * family (GB2312 / GBK, both read by GB18030); Windows Notepad may add a BOM or save UTF-16. So: a BOM
 * decides; otherwise strict UTF-8, else strict GB18030 (WHATWG TextDecoder, `fatal`: a byte sequence
 * invalid in the encoding is an error, not U+FFFD). A NUL byte means binary before any decoding, and
 * the decoded text goes through the same screen as pasted text.
 */
import { MAX_PLAN_FILE_BYTES } from './limits';
import type { PlanImportRefusal } from './refusal';
import { screenPlanText } from './screen';

export type PlanEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type DecodedPlan =
  { ok: true; text: string; encoding: PlanEncoding } | { ok: false; refusal: PlanImportRefusal };

const BOMS: [PlanEncoding, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

export function decodePlanBytes(bytes: Uint8Array): DecodedPlan {
  if (bytes.length > MAX_PLAN_FILE_BYTES) {
    return refuse({ code: 'too-large', count: bytes.length, limit: MAX_PLAN_FILE_BYTES, unit: 'bytes' });
  }
  const bom = BOMS.find(([, mark]) => mark.every((b, i) => bytes[i] === b));
  let decoded: { text: string; encoding: PlanEncoding } | undefined;
  if (bom) {
    decoded = strict(bom[0], bytes.subarray(bom[1].length));
    if (!decoded) return refuse({ code: 'not-text' });
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) return refuse({ code: 'binary', line: lineOf(bytes, nul) });
    decoded = strict('utf-8', bytes) ?? strict('gb18030', bytes);
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

/** 1-based line of byte `at` (a NUL is never part of a multi-byte character in UTF-8 or GB18030). */
function lineOf(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

const refuse = (refusal: PlanImportRefusal): DecodedPlan => ({ ok: false, refusal });
