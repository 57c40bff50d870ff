/**
 * lib/annotate/decode.ts (issue 13): the encoding of a file decided by evidence — BOM, valid UTF-8,
 * a declared charset, the share of invalid UTF-8 and GB-validity — and every replacement counted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gbEvidence, utf8Evidence } from '../../lib/annotate/byte-evidence';
import { decodeDocument } from '../../lib/annotate/decode';

/**
 * A GB18030 encoder for the tests (Node's TextEncoder writes UTF-8 only): every two-byte code, decoded
 * once by the WHATWG decoder, read backwards.
 */
const GB = new Map<string, number[]>();
for (let lead = 0x81; lead <= 0xfe; lead++) {
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    if (trail === 0x7f) continue;
    const c = new TextDecoder('gb18030').decode(Uint8Array.of(lead, trail));
    if (c.length === 1 && c !== '\uFFFD' && !GB.has(c)) GB.set(c, [lead, trail]);
  }
}
const gb = (s: string) =>
  Uint8Array.from([...s].flatMap((c) => (c < '\x80' ? [c.charCodeAt(0)] : GB.get(c)!)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<Uint8Array | number[]>) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** GB2312's hanzi (lead 0xB0–0xF7): what Chinese text in GBK is made of. */
const HANZI = [...GB]
  .filter(([, [lead, trail]]) => lead! >= 0xb0 && lead! <= 0xf7 && trail! >= 0xa1)
  .map(([c]) => c);

describe('decodeDocument, table', () => {
  const notice = '市场监管总局推进碳足迹标准。';
  it.each<[string, Uint8Array, boolean, Partial<ReturnType<typeof decodeDocument>>]>([
    ['UTF-8', utf8(notice), false, { text: notice, encoding: 'utf-8', replaced: 0 }],
    [
      'UTF-8 with BOM (stripped)',
      bytes([0xef, 0xbb, 0xbf], utf8(notice)),
      false,
      { text: notice, replaced: 0 },
    ],
    ['UTF-16LE with BOM', Uint8Array.of(0xff, 0xfe, 0xb3, 0x78), false, { text: '碳', encoding: 'utf-16le' }],
    ['UTF-16BE with BOM', Uint8Array.of(0xfe, 0xff, 0x78, 0xb3), false, { text: '碳', encoding: 'utf-16be' }],
    ['GBK text', gb(notice), false, { text: notice, encoding: 'gb18030', replaced: 0 }],
    [
      'one stray byte in UTF-8 (was read as GB18030: mojibake)',
      bytes(utf8('市场监管总局推进'), [0xff], utf8('碳足迹标准。')),
      false,
      { text: '市场监管总局推进\uFFFD碳足迹标准。', encoding: 'utf-8', replaced: 1 },
    ],
    [
      'a truncated character at the end of UTF-8',
      utf8(notice).subarray(0, -1),
      false,
      { text: '市场监管总局推进碳足迹标准\uFFFD', encoding: 'utf-8', replaced: 1 },
    ],
    [
      'a stray byte in GBK',
      bytes(gb('市场监管总局推进'), [0xff], gb('碳足迹标准。')),
      false,
      { text: '市场监管总局推进\uFFFD碳足迹标准。', encoding: 'gb18030', replaced: 1 },
    ],
    [
      'English in Windows-1252 (curly quotes): ASCII kept, not read as GBK',
      bytes(utf8('the '), [0x93], utf8('Ministry'), [0x94], utf8(' said')),
      false,
      { text: 'the \uFFFDMinistry\uFFFD said', encoding: 'utf-8', replaced: 2 },
    ],
    [
      'HTML declaring gb2312 in GBK',
      gb('<meta charset="gb2312">碳足迹'),
      true,
      { text: '<meta charset="gb2312">碳足迹', encoding: 'gb18030', replaced: 0 },
    ],
    [
      'HTML declaring gb2312 (http-equiv) in GBK',
      gb('<meta http-equiv="Content-Type" content="text/html; charset=GBK">碳'),
      true,
      { encoding: 'gb18030' },
    ],
    [
      'XHTML with an XML declaration',
      gb('<?xml version="1.0" encoding="GB2312"?><html>碳足迹</html>'),
      true,
      { text: '<?xml version="1.0" encoding="GB2312"?><html>碳足迹</html>', encoding: 'gb18030' },
    ],
    [
      'HTML declaring gb2312 that is valid UTF-8 (saved again): UTF-8, the declaration overruled',
      utf8('<meta charset="gb2312">碳足迹'),
      true,
      { text: '<meta charset="gb2312">碳足迹', encoding: 'utf-8', overruled: 'gb2312' },
    ],
    [
      'HTML declaring UTF-8 that is GBK through and through',
      gb('<meta charset="utf-8">市场监管总局推进碳足迹标准。'),
      true,
      { text: '<meta charset="utf-8">市场监管总局推进碳足迹标准。', encoding: 'gb18030', overruled: 'utf-8' },
    ],
    [
      'HTML declaring UTF-8 with a stray byte',
      bytes(utf8('<meta charset="utf-8">市场监管总局'), [0xc0], utf8('推进碳足迹')),
      true,
      { encoding: 'utf-8', replaced: 1 },
    ],
    [
      'HTML declaring Big5',
      bytes(utf8('<meta charset="big5">'), [0xba, 0xd2, 0xa8, 0xac, 0xb8, 0xf1]),
      true,
      { text: '<meta charset="big5">碳足跡', encoding: 'big5', replaced: 0 },
    ],
    [
      'a .txt is not read for declarations',
      bytes(utf8('<meta charset="big5">'), [0xba, 0xd2]),
      false,
      { encoding: 'gb18030' },
    ],
    ['an empty file', new Uint8Array(0), true, { text: '', encoding: 'utf-8', replaced: 0 }],
  ])('%s', (_name, input, isHtml, expected) => {
    expect(decodeDocument(input, isHtml)).toMatchObject(expected);
  });
});

describe('decodeDocument, properties', () => {
  it('reads valid UTF-8 as UTF-8, exactly (no declaration, or UTF-8 declared)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.boolean(),
        fc.constantFrom('', '<meta charset=utf-8>'),
        (s, html, meta) => {
          const text = meta + s;
          const decoded = decodeDocument(utf8(text), html);
          expect(decoded).toMatchObject({
            text: text.replace(/^\uFEFF/, ''),
            encoding: 'utf-8',
            replaced: 0,
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads a page declaring GBK that is valid UTF-8 and not GBK as UTF-8, exactly', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1 }).map((s) => `<meta charset=gbk>${s}<p>`);
    fc.assert(
      fc.property(
        text.filter((t) => gbEvidence(utf8(t)).errors > 0),
        (t) => {
          expect(decodeDocument(utf8(t), true)).toMatchObject({
            text: t,
            encoding: 'utf-8',
            overruled: 'gbk',
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads Chinese encoded in GB18030 as GB18030, exactly', () => {
    const hanzi = fc.constantFrom(...HANZI);
    const other = fc.constantFrom(' ', '\n', 'GB/T 24001-2016', '6G', '，', '。', '“', '”', '（', '）');
    const chinese = fc
      .tuple(fc.array(hanzi, { minLength: 8, maxLength: 200 }), fc.array(other, { maxLength: 20 }))
      .chain(([h, o]) => fc.shuffledSubarray([...h, ...o], { minLength: h.length + o.length }))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(chinese, fc.boolean(), (text, html) => {
        expect(decodeDocument(gb(text), html)).toEqual({ text, encoding: 'gb18030', replaced: 0 });
      }),
      { numRuns: 500 },
    );
  });

  it('counts each replacement as TextDecoder makes it (UTF-8 and GB18030, any bytes)', () => {
    const someBytes = fc.uint8Array({ maxLength: 300 }).filter((b) => {
      const hex = Buffer.from(b).toString('hex');
      return !hex.includes('efbfbd') && !hex.includes('8431a437'); // U+FFFD written in the file itself
    });
    const fffd = (s: string) => s.split('\uFFFD').length - 1;
    fc.assert(
      fc.property(someBytes, (b) => {
        expect(utf8Evidence(b).errors).toBe(fffd(new TextDecoder('utf-8').decode(b)));
        expect(gbEvidence(b).errors).toBe(fffd(new TextDecoder('gb18030').decode(b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts multi-byte characters', () => {
    expect(utf8Evidence(utf8('a碳😀é'))).toEqual({ errors: 0, multibyte: 3 });
    expect(gbEvidence(bytes(gb('a碳足'), [0x81, 0x30, 0x81, 0x30]))).toEqual({
      errors: 0,
      multibyte: 3,
      gb2312: 2,
    });
  });
});
