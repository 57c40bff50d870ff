/**
 * Bytes of a document → its text, the encoding decided by evidence (issue 13). Government sites still
 * publish GB2312/GBK pages and text files, and a UTF-8 file may carry one stray byte; reading either
 * the wrong way gives mojibake and no mentions. In order:
 *
 * 1. A byte-order mark decides (UTF-8, UTF-16LE/BE), as in a browser.
 * 2. Valid UTF-8 is UTF-8, unless an HTML file declares another charset in which the bytes are valid
 *    too (`碳` in GBK is two bytes that happen to be valid UTF-8). A page declaring `charset=gb2312`
 *    whose bytes are valid UTF-8 and not valid GB18030 was saved again as UTF-8: read as UTF-8.
 * 3. Otherwise an HTML file's declared charset (`<meta charset>`, `<meta http-equiv … charset=>`,
 *    `<?xml … encoding=?>`, in the first 1,024 bytes) decides — any encoding TextDecoder knows, GB
 *    names read as GB18030 (a superset of GB2312 and GBK) — except a declared UTF-8 that the bytes
 *    plainly contradict (step 4 with the bar at half).
 * 4. Otherwise GB18030 when the bytes read as GB18030 with fewer errors than as UTF-8, more than one
 *    in ten of their non-ASCII sequences are invalid UTF-8 (a few stray bytes do not make a file
 *    GBK), and at least half of the GB characters are common GB2312 ones (English in Windows-1252
 *    read as GBK is not); else UTF-8.
 * What is not valid in the chosen encoding is replaced by U+FFFD and counted (`replaced`), so the CLI
 * can say so. WHATWG TextDecoder does the decoding; byte-evidence.ts the counting.
 */
import { gbEvidence, utf8Evidence } from './byte-evidence';

export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | (string & {});

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding read (`utf-8`, `gb18030`, `big5` …). */
  encoding: DetectedEncoding;
  /** Invalid sequences replaced by U+FFFD. */
  replaced: number;
  /** The charset the file declared, when it was not followed (valid UTF-8 declared as GB2312 …). */
  overruled?: string;
}

const GB_LABEL = /^(gb2312|gbk|gb18030|x-gbk|csgb2312|chinese|gb_2312-80|iso-ir-58|csiso58gb231280)$/i;
/** How much of a file's non-ASCII must be invalid UTF-8 before GB18030 is considered. */
const STRAY_SHARE = 0.1;
/** The same, when the file declares UTF-8. */
const DECLARED_UTF8_SHARE = 0.5;

/** The charset an HTML document declares in its first 1,024 bytes (lower case), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const xml = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return (xml ?? meta)?.[1]?.toLowerCase();
}

/** The WHATWG encoding a label names (GB names → gb18030), or undefined for a label it does not know. */
function encodingOf(label: string): string | undefined {
  if (GB_LABEL.test(label)) return 'gb18030';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function lenient(bytes: Uint8Array, encoding: string, replaced?: number): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);
  // Other decoders than UTF-8 and GB18030 are not counted byte by byte: count what they replaced (a
  // U+FFFD the file itself holds counts too).
  replaced ??= countReplacements(text);
  return { text, encoding, replaced };
}

function validIn(bytes: Uint8Array, encoding: string): boolean {
  if (encoding === 'gb18030') return gbEvidence(bytes).errors === 0;
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

export function decodeDocument(bytes: Uint8Array, isHtml = false): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    return lenient(body, 'utf-8', utf8Evidence(body).errors);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return lenient(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return lenient(bytes.subarray(2), 'utf-16be');
  const utf8 = utf8Evidence(bytes);
  const label = isHtml ? declaredCharset(bytes) : undefined;
  const declared = label === undefined ? undefined : encodingOf(label);
  if (utf8.errors === 0) {
    if (declared === undefined || declared === 'utf-8' || utf8.multibyte === 0) {
      return lenient(bytes, 'utf-8', 0);
    }
    if (validIn(bytes, declared)) return lenient(bytes, declared, 0);
    return { ...lenient(bytes, 'utf-8', 0), overruled: label };
  }
  if (declared !== undefined && declared !== 'utf-8') {
    return lenient(bytes, declared, declared === 'gb18030' ? gbEvidence(bytes).errors : undefined);
  }
  const gb = gbEvidence(bytes);
  const share = utf8.errors / (utf8.errors + utf8.multibyte);
  const looksGb =
    share > (declared === 'utf-8' ? DECLARED_UTF8_SHARE : STRAY_SHARE) &&
    gb.errors < utf8.errors &&
    gb.multibyte > 0 &&
    gb.gb2312 * 2 >= gb.multibyte;
  if (!looksGb) return lenient(bytes, 'utf-8', utf8.errors);
  const decoded = lenient(bytes, 'gb18030', gb.errors);
  return declared === 'utf-8' ? { ...decoded, overruled: label } : decoded;
}
