/**
 * Importing a plan (issue 12), lib/plan/import: file bytes → text (BOM, strict UTF-8, else GB18030;
 * binary refused), the one screening pass (size, lines, 〔 brackets, headings, control characters), and
 * the preview — items, duties, unresolved agency names and warnings by line — or the parser's error
 * with its line. Nothing here stores anything.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlanDoc, bundledAgencies } from '../../lib/kb/plan-doc';
import {
  decodePlanBytes,
  describeRefusal,
  MAX_DUTY_BRACKETS,
  MAX_PLAN_CHARS,
  MAX_PLAN_FILE_BYTES,
  MAX_PLAN_ITEMS,
  MAX_PLAN_LINES,
  MAX_UNRESOLVED_NAMES,
  readPlanImport,
  screenPlanText,
  type PlanImportPreview,
  type PlanImportSummary,
} from '../../lib/plan/import';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url));
const oneLevel = fixture('one-level.zh-Hans.txt').toString('utf8');
const bundled = readFileSync(new URL('../../seeds/plan.zh-Hans.txt', import.meta.url), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);
const parse = (text: string) => buildPlanDoc(text, { id: 'preview', agencies: bundledAgencies });
const read = (text: string) => readPlanImport(text, parse);

function summary(preview: PlanImportPreview): PlanImportSummary {
  if (preview.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(preview)}`);
  return preview;
}

describe('decodePlanBytes', () => {
  it.each([
    ['UTF-8', utf8(oneLevel), 'utf-8'],
    ['UTF-8 with a BOM (taken off)', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(oneLevel)]), 'utf-8'],
    ['GB18030 (the fixture encoded with iconv)', new Uint8Array(fixture('one-level.gb18030.txt')), 'gb18030'],
    [
      'UTF-16LE with a BOM',
      Uint8Array.from([
        0xff,
        0xfe,
        ...[...oneLevel].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
      ]),
      'utf-16le',
    ],
  ])('%s', (_name, bytes, encoding) => {
    expect(decodePlanBytes(bytes)).toEqual({ ok: true, text: oneLevel, encoding });
  });

  it('reads GBK-only files as GB18030 and keeps the four-byte GB18030 characters', () => {
    // 𠀀 (U+20000) is 0x95 0x32 0x82 0x36 in GB18030; 一 is 0xD2 0xBB.
    const bytes = Uint8Array.from([0xd2, 0xbb, 0x95, 0x32, 0x82, 0x36]);
    expect(decodePlanBytes(bytes)).toEqual({ ok: true, text: '一𠀀', encoding: 'gb18030' });
  });

  it.each([
    ['empty', new Uint8Array(), { code: 'empty' }],
    [
      'only a BOM and blanks',
      Uint8Array.from([0xef, 0xbb, 0xbf, 0x20, 0x0a, 0xe3, 0x80, 0x80]),
      { code: 'empty' },
    ],
    [
      'a NUL byte, with its line',
      Uint8Array.from([...utf8('一、标题\n(一)正文\n'), 0x00, 0x41]),
      { code: 'binary', line: 3 },
    ],
    // A PNG header: NUL bytes after the signature.
    [
      'a PNG',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      { code: 'binary', line: 3 },
    ],
    [
      'bytes valid in neither UTF-8 nor GB18030',
      Uint8Array.from([0xd2, 0xbb, 0xff, 0xff, 0x80]),
      { code: 'not-text' },
    ],
    [
      'a UTF-8 BOM before bytes that are not UTF-8',
      Uint8Array.from([0xef, 0xbb, 0xbf, 0xc4, 0xe3, 0xba, 0xc3]),
      { code: 'not-text' },
    ],
    [
      'control characters decoded from GB18030-valid bytes',
      Uint8Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x41)),
      { code: 'binary', line: 1 },
    ],
  ])('refuses %s', (_name, bytes, refusal) => {
    const result = decodePlanBytes(bytes);
    expect(result).toEqual({ ok: false, refusal });
  });

  it('refuses a file over the size bound before decoding it', () => {
    const bytes = new Uint8Array(MAX_PLAN_FILE_BYTES + 1).fill(0x41);
    expect(decodePlanBytes(bytes)).toEqual({
      ok: false,
      refusal: {
        code: 'too-large',
        count: MAX_PLAN_FILE_BYTES + 1,
        limit: MAX_PLAN_FILE_BYTES,
        unit: 'bytes',
      },
    });
  });

  describe('a stray byte (issue 13)', () => {
    const withStray = (text: string, at: number) => {
      const bytes = utf8(text);
      return Uint8Array.from([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
    };
    // After the first line and the 一、 of the third (both whole characters).
    const at = utf8(oneLevel.split('\n').slice(0, 2).join('\n')).length + 1 + 6;

    it('in UTF-8 text is refused by an import, never read as GB18030 mojibake', () => {
      expect(decodePlanBytes(withStray(oneLevel, at))).toEqual({ ok: false, refusal: { code: 'not-text' } });
    });

    it('even where GB18030 would pair every byte without an error', () => {
      // 0x80 is € in GB18030 and e6a0 87e5 8786 are valid pairs: strictly valid GB18030, but mojibake.
      const bytes = Uint8Array.from([0x80, ...utf8('标准')]);
      expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toContain('标准');
      expect(decodePlanBytes(bytes)).toEqual({ ok: false, refusal: { code: 'not-text' } });
      expect(decodePlanBytes(bytes, { lenient: true })).toMatchObject({ ok: true, text: '\ufffd标准' });
    });

    it('is read leniently as UTF-8 when asked, counted, with the line of the first', () => {
      const read = decodePlanBytes(withStray(oneLevel, at), { lenient: true });
      expect(read).toEqual({
        ok: true,
        text: `${oneLevel.slice(0, oneLevel.indexOf('一、') + 2)}\ufffd${oneLevel.slice(oneLevel.indexOf('一、') + 2)}`,
        encoding: 'utf-8',
        replaced: { count: 1, line: 3 },
      });
    });

    it('in GB18030 text is read leniently as GB18030', () => {
      const gb = new Uint8Array(fixture('one-level.gb18030.txt'));
      const bytes = Uint8Array.from([...gb.subarray(0, 4), 0xff, ...gb.subarray(4)]);
      expect(decodePlanBytes(bytes)).toEqual({ ok: false, refusal: { code: 'not-text' } });
      const read = decodePlanBytes(bytes, { lenient: true });
      expect(read).toMatchObject({ ok: true, encoding: 'gb18030', replaced: { count: 1, line: 1 } });
      expect(read.ok && read.text.replace('\ufffd', '')).toBe(oneLevel);
    });

    it('leaves valid files as the strict read has them (no `replaced`)', () => {
      expect(decodePlanBytes(utf8(oneLevel), { lenient: true })).toEqual({
        ok: true,
        text: oneLevel,
        encoding: 'utf-8',
      });
    });
  });

  it('never throws, and what it accepts passes the screen', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, lenient) => {
        const result = decodePlanBytes(bytes, { lenient });
        if (result.ok) expect(screenPlanText(result.text)).toBeUndefined();
        else expect(describeRefusal(result.refusal).length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('screenPlanText', () => {
  it.each([
    ['the bundled plan', bundled, undefined],
    ['the one-level fixture', oneLevel, undefined],
    ['a plan with a few tabs, form feeds and vertical tabs', `一、标题\t\f\v\n${oneLevel}`, undefined],
    ['blanks only', ' \n\u3000\r\n\t', { code: 'empty' }],
    ['a NUL', `一、标题\r\n(一)x\r\n正文\u0000`, { code: 'binary', line: 3 }],
    [
      'a text of U+FFFD (bytes decoded leniently)',
      `一、标题\n${'\ufffd'.repeat(50)}正文`,
      { code: 'binary', line: 2 },
    ],
    [
      `more than ${MAX_DUTY_BRACKETS} duty brackets, at the first one over`,
      `一、标题\n${'〔'.repeat(MAX_DUTY_BRACKETS)}\n〔〔`,
      { code: 'too-many-brackets', line: 3, limit: MAX_DUTY_BRACKETS },
    ],
    [
      `more than ${MAX_PLAN_ITEMS} headings`,
      '（一）标题。正文\n'.repeat(MAX_PLAN_ITEMS + 1),
      { code: 'too-many-items', line: MAX_PLAN_ITEMS + 1, limit: MAX_PLAN_ITEMS },
    ],
    [
      `more than ${MAX_PLAN_LINES} lines (\\r\\n, \\r and \\n each end one)`,
      'x\r\n'.repeat(MAX_PLAN_LINES / 2) + 'x\r'.repeat(MAX_PLAN_LINES / 2),
      { code: 'too-many-lines', line: MAX_PLAN_LINES + 1, limit: MAX_PLAN_LINES },
    ],
    [
      `more than ${MAX_PLAN_CHARS} characters`,
      'x'.repeat(MAX_PLAN_CHARS + 1),
      { code: 'too-large', count: MAX_PLAN_CHARS + 1, limit: MAX_PLAN_CHARS, unit: 'chars', line: 1 },
    ],
  ])('%s', (_name, text, refusal) => {
    expect(screenPlanText(text)).toEqual(refusal);
  });

  it(`counts exactly ${MAX_PLAN_ITEMS} headings of either kind as acceptable`, () => {
    const text = '一、部分\n（一）标题。正文\n'.repeat(MAX_PLAN_ITEMS / 2);
    expect(screenPlanText(text)).toBeUndefined();
    expect(screenPlanText(`${text}  (二十)x`)).toMatchObject({
      code: 'too-many-items',
      line: MAX_PLAN_ITEMS + 1,
    });
  });
});

describe('readPlanImport', () => {
  it('previews the one-level fixture: three items that are their own sections, duties, one unknown agency', () => {
    const { preview, plan } = read(oneLevel);
    const p = summary(preview);
    expect(p).toMatchObject({
      title: '2025年标准化工作要点',
      period: '2025',
      layout: 'one-level',
      duties: 4,
      targets: 3,
    });
    expect(p.items.map((i) => [i.no, i.label, i.title, i.duties, i.line])).toEqual([
      [1, '一、', '强化标准引领', 1, 3],
      [2, '二、', '推进绿色发展', 2, 4],
      [3, '三、', '加强组织实施', 1, 6],
    ]);
    expect(p.sections.map((s) => s.label)).toEqual(['一', '二', '三']);
    expect(p.unresolved).toEqual([{ name: '国家低空经济局', items: [3], lines: [6] }]);
    expect(p.warnings).toEqual([
      { line: 6, code: 'unknown-agency', item: 3, label: '三、', name: '国家低空经济局' },
    ]);
    expect(plan?.items).toHaveLength(3);
    expect(plan?.items[2]!.duties[0]!.partners).toEqual(['sac', '国家低空经济局']);
  });

  it('previews the bundled plan as a two-level plan of 35 items and 43 duties, every agency known', () => {
    const p = summary(read(bundled).preview);
    expect(p.layout).toBe('two-level');
    expect(p.sections).toHaveLength(8);
    expect(p.items).toHaveLength(35);
    expect(p.items[8]).toMatchObject({ no: 9, label: '(九)', section: 3 });
    expect(p.duties).toBe(43);
    expect(p.unresolved).toEqual([]);
    expect(p.warnings).toEqual([]);
  });

  it('reads items without sections and warns of an item without a duty bracket', () => {
    const p = summary(read('（一）甲。做一件事。〔科技部牵头〕\n（二）乙。做另一件事。').preview);
    expect(p.layout).toBe('items-only');
    expect(p.warnings).toEqual([{ line: 2, code: 'no-duties', item: 2, label: '(二)' }]);
  });

  it.each([
    ['empty text', '', { status: 'refused', refusal: { code: 'empty' } }],
    [
      'text without items',
      '关于做好标准化工作的通知\n各有关单位：请认真落实。',
      { status: 'invalid', error: { line: 1 } },
    ],
    ['a section without items', '一、总体要求\n二、主要任务', { status: 'invalid', error: { line: 2 } }],
    [
      'an unclosed duty bracket, on its line',
      '一、标题\n（一）标题\n正文。\n做事。〔科技部牵头\n',
      { status: 'invalid', error: { line: 4, expected: '〕 closing the duty bracket 〔 on the same line' } },
    ],
    [
      'binary text',
      'PK\u0003\u0004\u0000\u0000',
      { status: 'refused', refusal: { code: 'binary', line: 1 } },
    ],
  ])('%s', (_name, text, expected) => {
    expect(read(text).preview).toMatchObject(expected);
    expect(read(text).plan).toBeUndefined();
  });

  it(`refuses more than ${MAX_UNRESOLVED_NAMES} unknown agency names, after parsing and before storing`, () => {
    const names = Array.from({ length: MAX_UNRESOLVED_NAMES + 1 }, (_, i) => `第${i}局`).join('、');
    const { preview, plan } = read(`（一）标题。正文。〔${names}牵头〕`);
    expect(preview).toEqual({
      status: 'refused',
      refusal: {
        code: 'too-many-unknown-agencies',
        count: MAX_UNRESOLVED_NAMES + 1,
        limit: MAX_UNRESOLVED_NAMES,
      },
    });
    expect(plan).toBeUndefined();
  });

  it(`refuses more than ${MAX_DUTY_BRACKETS} duties written as parentheses (which the screen does not count)`, () => {
    const text = `（一）标题\n${'做事。（科技部牵头）'.repeat(MAX_DUTY_BRACKETS + 1)}`;
    expect(read(text).preview).toEqual({
      status: 'refused',
      refusal: { code: 'too-many-brackets', line: 2, limit: MAX_DUTY_BRACKETS },
    });
  });

  it('lists an unknown name once per line however often a bracket repeats it', () => {
    const p = summary(read(`（一）标题。正文。〔${'某某局、'.repeat(5000)}科技部牵头〕`).preview);
    expect(p.unresolved).toEqual([{ name: '某某局', items: [1], lines: [1] }]);
    expect(p.warningCount).toBe(1);
  });

  it('never throws on text made of plan syntax, and an ok preview matches its plan', () => {
    const token = fc.constantFrom(
      '一、',
      '（一）',
      '(二)',
      '〔',
      '〕',
      '牵头',
      '，',
      '、',
      '。',
      '\n',
      '科技部',
      '某局',
      '正文',
      '\u0000',
      '50%以上',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(token, fc.string({ maxLength: 3 })), { maxLength: 40 }), (parts) => {
        const { preview, plan } = read(parts.join(''));
        if (preview.status !== 'ok') {
          expect(plan).toBeUndefined();
          return;
        }
        expect(preview.items.map((i) => i.no)).toEqual(plan!.items.map((i) => i.no));
        expect(preview.duties).toBe(plan!.items.reduce((n, i) => n + i.duties.length, 0));
      }),
      { numRuns: 400 },
    );
  });
});
