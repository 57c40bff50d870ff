/**
 * Bytes of a document → its text. Government sites still publish GB2312/GBK pages and text files;
 * reading those as UTF-8 yields mojibake, so: a UTF-8 BOM is stripped; a UTF-16 BOM selects UTF-16;
 * valid UTF-8 is UTF-8; an HTML `<meta charset>` naming a GB encoding, or bytes that are not UTF-8,
 * are decoded as GB18030 (a superset of GB2312 and GBK). WHATWG TextDecoder does the decoding.
 */

export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
}

const GB_LABEL = /^(gb2312|gbk|gb18030|x-gbk|csgb2312|chinese|gb_2312-80|iso-ir-58)$/i;

/** The charset an HTML document declares in its first 1,024 bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

export function decodeDocument(bytes: Uint8Array, isHtml = false): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const declared = isHtml ? declaredCharset(bytes) : undefined;
  if (declared && GB_LABEL.test(declared)) {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
