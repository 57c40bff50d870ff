import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../lib/annotate/decode';

const gbk = (s: string) => {
  // Node's TextEncoder only writes UTF-8; these are the GBK bytes of 碳足迹 (checked with iconv).
  const table: Record<string, number[]> = { 碳: [0xcc, 0xbc], 足: [0xd7, 0xe3], 迹: [0xbc, 0xa3] };
  return Uint8Array.from([...s].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
};

describe('decodeDocument', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode('碳足迹'), false, '碳足迹', 'utf-8'],
    [
      'UTF-8 with BOM (stripped)',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('碳足迹')]),
      false,
      '碳足迹',
      'utf-8',
    ],
    ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, 0xb3, 0x78]), false, '碳', 'utf-16le'],
    ['GBK bytes that are not UTF-8', gbk('碳足迹'), false, '碳足迹', 'gb18030'],
    [
      'HTML declaring gb2312',
      gbk('<meta charset="gb2312">碳足迹'),
      true,
      '<meta charset="gb2312">碳足迹',
      'gb18030',
    ],
  ])('%s', (_name, bytes, isHtml, text, encoding) => {
    expect(decodeDocument(bytes, isHtml)).toEqual({ text, encoding });
  });
});
