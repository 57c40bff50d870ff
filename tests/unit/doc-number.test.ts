import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../support/linear-time';
import { DOC_NUMBER_SHAPE, findDocNumber, findDocNumbers } from '../../lib/clips/doc-number';
import { fold } from '../../lib/text/fold';

describe('findDocNumber', () => {
  it.each([
    ['国市监标技发〔2022〕64号', '国市监标技发〔2022〕64号'],
    ['国办发〔2024〕12号', '国办发〔2024〕12号'],
    ['工信部科〔2023〕1号', '工信部科〔2023〕1号'],
    ['国标委发[2024]5号', '国标委发〔2024〕5号'],
    ['国标委发［2024］5号', '国标委发〔2024〕5号'],
    ['粤府办【2021】3号', '粤府办〔2021〕3号'],
    ['国办函(2024)7号', '国办函〔2024〕7号'],
    ['国办函（2024）7号', '国办函〔2024〕7号'],
    ['国发﹝2015﹞13号', '国发〔2015〕13号'],
    ['京政发〔2020〕第5号', '京政发〔2020〕第5号'],
    ['国办发〔２０２４〕１２号', '国办发〔2024〕12号'],
    ['国办发〔 2024 〕 12 号', '国办发〔2024〕12号'],
    ['國辦發〔2024〕12號', '國辦發〔2024〕12號'],
    ['国发〔1995〕3号', '国发〔1995〕3号'],
    // Prose around the number: the organ starts after a stop character or a lead-in word.
    ['根据国办发〔2024〕12号文件', '国办发〔2024〕12号'],
    ['关于印发《方案》的通知（国办发〔2024〕12号）', '国办发〔2024〕12号'],
    ['现印发国办发〔2024〕12号', '国办发〔2024〕12号'],
    ['按照工信部科〔2023〕1号要求', '工信部科〔2023〕1号'],
    ['转发国办发〔2024〕12号', '国办发〔2024〕12号'],
    ['的通知国办发〔2024〕12号', '国办发〔2024〕12号'],
  ])('%s → %s', (text, expected) => {
    expect(findDocNumber(text)).toBe(expected);
  });

  it.each([
    ['an announcement number', '市场监管总局2024年第12号公告'],
    ['an announcement number after 公告', '国家标准委公告2024年第5号'],
    ['an ordinal', '第12号'],
    ['a bracketed year without an organ', '〔2024〕12号'],
    ['a two-digit year', '国办发〔24〕12号'],
    ['a year before 1950', '国办发〔1898〕12号'],
    ['a building', '位于园区（2024）3号楼'],
    ['a metro line', '北京（2024）4号线'],
    ['a plain date', '1998年12月5日'],
    ['a typhoon and a bulletin', '1998年12号台风过后的1999年（1）号通报'],
    ['a phone number', '联系电话（010）12345678号'],
    ['no 号', '国办发〔2024〕12'],
    ['only prose before the bracket', '如下的〔2024〕12号'],
  ])('finds nothing in %s', (_name, text) => {
    expect(findDocNumber(text)).toBeUndefined();
  });

  it('finds every number, in order, with offsets into the text', () => {
    const text = '依据国发〔2015〕13号和国办发[2024]12号。';
    expect(findDocNumbers(text)).toStrictEqual([
      { value: '国发〔2015〕13号', start: 2, end: 13 },
      { value: '国办发〔2024〕12号', start: 14, end: 26 },
    ]);
    expect(text.slice(14, 26)).toBe('国办发[2024]12号');
  });

  it('takes at most 12 organ characters', () => {
    expect(findDocNumber('甲乙丙丁戊己庚辛壬癸子丑寅卯〔2024〕1号')).toBe(
      '丙丁戊己庚辛壬癸子丑寅卯〔2024〕1号',
    );
  });
});

describe('findDocNumbers on adversarial and random input', () => {
  const chunk = fc.oneof(
    fc.constantFrom(
      '国办发',
      '工信部科',
      '〔',
      '〕',
      '[',
      ']',
      '（',
      '）',
      '2024',
      '1995',
      '12',
      '号',
      '號',
      '第',
      '年',
      '的',
      ' ',
      '　',
      '楼',
      '根据',
    ),
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
    fc.string({ maxLength: 3 }),
  );
  // ~50 000 characters each: the average chunk is a little over 2 units long.
  const bigText = fc.array(chunk, { minLength: 24_000, maxLength: 26_000 }).map((parts) => parts.join(''));

  it('returns only spans of the input that have the shape', () => {
    fc.assert(
      fc.property(bigText, (text) => {
        const found = findDocNumbers(text);
        let last = 0;
        for (const m of found) {
          const span = text.slice(m.start, m.end);
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(DOC_NUMBER_SHAPE.test(fold(span))).toBe(true);
          expect(DOC_NUMBER_SHAPE.test(fold(m.value))).toBe(true);
          // Same organ as written, same 号/號 as written.
          expect(span.startsWith(m.value.slice(0, m.value.indexOf('〔')))).toBe(true);
          expect(m.value.at(-1)).toBe(span.at(-1));
          last = m.end;
        }
      }),
      { numRuns: 20 },
    );
  });

  it.each([
    ['a long ideograph run before each bracket', (n: number) => '国'.repeat(n) + '〔2024〕12号'],
    ['brackets with no number', (n: number) => '国办发〔2024〕'.repeat(n / 10)],
    ['organs and brackets with no 号', (n: number) => '国办发〔2024〕12'.repeat(n / 12)],
    ['open brackets only', (n: number) => '国〔'.repeat(n / 2)],
  ])('stays linear on %s', (_name, make) => {
    expectLinear(make, findDocNumbers, 50_000);
  });
});
