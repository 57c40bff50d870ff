import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../support/linear-time';
import codesJson from '../../seeds/standard-codes.json';
import type { StandardCodesFile } from '../../lib/kb/seed-types';
import { describeFamily, type Lang } from '../../lib/kb/standard-families';
import { buildFamilyIndex, findDesignations, type Designation } from '../../lib/match/designation';
import { fold } from '../../lib/text/fold';

const codes = codesJson as StandardCodesFile;
const index = buildFamilyIndex(codes);
const find = (s: string): Designation[] => findDesignations(fold(s), s, index);
const names = (s: string): string[] => find(s).map((d) => d.designation);

/** ASCII → full-width (space → ideographic space), as some government pages type designations. */
const fullWidth = (s: string): string =>
  Array.from(s, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 32) return '\u3000';
    return c > 32 && c < 127 ? String.fromCharCode(c + 0xfee0) : ch;
  }).join('');

describe('buildFamilyIndex', () => {
  it('indexes every family of the seed file by its code', () => {
    expect([...index.national.keys()].sort()).toEqual(['gb', 'gb/t', 'gb/z']);
    // The SAC list's 67 two-letter codes and 4 engineering construction codes (JGJ, CJJ, JTG, JTS).
    expect(index.industry.size).toBe(71);
    expect(index.industry.get('jgj')?.id).toBe('jgj');
    expect([...index.international.keys()].sort()).toEqual(['iec', 'iso', 'iso/iec', 'itu-t']);
    expect(index.local?.id).toBe('db');
    expect(index.group?.id).toBe('t');
    expect(index.enterprise?.id).toBe('q');
    expect(index.provinces.size).toBe(31);
  });
});

describe('findDesignations — recognized forms', () => {
  it.each<[string, Partial<Designation>]>([
    [
      'GB/T 24001-2016',
      {
        designation: 'GB/T 24001-2016',
        familyId: 'gb-t',
        prefix: 'GB/T',
        number: '24001',
        year: 2016,
        force: 'recommended',
      },
    ],
    ['GB/T24001—2016', { designation: 'GB/T 24001-2016', familyId: 'gb-t', year: 2016 }],
    ['GB/T 24001－2016', { designation: 'GB/T 24001-2016' }],
    ['GB/T 24001–2016', { designation: 'GB/T 24001-2016' }],
    ['GB/T 24001', { designation: 'GB/T 24001', year: undefined }],
    ['GB 18030-2022', { designation: 'GB 18030-2022', familyId: 'gb', force: 'mandatory', year: 2022 }],
    ['GB18030-2022', { designation: 'GB 18030-2022', familyId: 'gb' }],
    ['GB 2312', { designation: 'GB 2312', familyId: 'gb' }],
    ['GB 4806.1-2016', { designation: 'GB 4806.1-2016', number: '4806', part: '1' }],
    ['GB 2760-96', { designation: 'GB 2760-96', year: 1996 }],
    ['GB/T 1.1-2020', { designation: 'GB/T 1.1-2020', number: '1', part: '1', year: 2020 }],
    ['GB/Z 41275-2022', { designation: 'GB/Z 41275-2022', familyId: 'gb-z', force: 'guidance' }],
    ['GBT 24001-2016', { designation: 'GB/T 24001-2016', familyId: 'gb-t' }],
    ['GB / T 24001-2016', { designation: 'GB/T 24001-2016' }],
    ['ＧＢ／Ｔ　２４００１－２０１６', { designation: 'GB/T 24001-2016', familyId: 'gb-t', year: 2016 }],
    [
      'YD/T 1234.1-2020',
      {
        designation: 'YD/T 1234.1-2020',
        familyId: 'yd',
        prefix: 'YD/T',
        number: '1234',
        part: '1',
        force: 'recommended',
      },
    ],
    ['JT/T 808-2019', { designation: 'JT/T 808-2019', familyId: 'jt', force: 'recommended' }],
    ['HG/T 20592-2009', { designation: 'HG/T 20592-2009', familyId: 'hg' }],
    ['JR/T 0197-2020', { designation: 'JR/T 0197-2020', familyId: 'jr', number: '0197' }],
    ['SJ/Z 11362-2006', { designation: 'SJ/Z 11362-2006', familyId: 'sj', force: 'guidance' }],
    ['YD 5003-2014', { designation: 'YD 5003-2014', familyId: 'yd', force: 'mandatory' }],
    ['MT 113-1995', { designation: 'MT 113-1995', familyId: 'mt', force: 'mandatory' }],
    // Engineering construction codes (工程建设行业标准): three letters, a year not required.
    [
      'JGJ 450—2018',
      { designation: 'JGJ 450-2018', familyId: 'jgj', prefix: 'JGJ', number: '450', force: 'mandatory' },
    ],
    ['JGJ/T 450-2018', { designation: 'JGJ/T 450-2018', familyId: 'jgj', force: 'recommended' }],
    ['CJJ/T 85-2017', { designation: 'CJJ/T 85-2017', familyId: 'cjj', prefix: 'CJJ/T', year: 2017 }],
    ['CJJ 1-2008', { designation: 'CJJ 1-2008', familyId: 'cjj', number: '1' }],
    ['JGJ 3', { designation: 'JGJ 3', familyId: 'jgj', year: undefined }],
    ['JTG D60-2015', { designation: 'JTG D60-2015', familyId: 'jtg', number: 'D60', year: 2015 }],
    ['JTG/T F50—2011', { designation: 'JTG/T F50-2011', prefix: 'JTG/T', number: 'F50' }],
    ['JTG 3430-2020', { designation: 'JTG 3430-2020', familyId: 'jtg', number: '3430' }],
    ['JTS 145-2015', { designation: 'JTS 145-2015', familyId: 'jts' }],
    [
      'DB11/T 1234-2020',
      {
        designation: 'DB11/T 1234-2020',
        familyId: 'db',
        prefix: 'DB11/T',
        region: '11',
        force: 'recommended',
      },
    ],
    ['DB 31/T 1234—2021', { designation: 'DB31/T 1234-2021', familyId: 'db', region: '31' }],
    ['DB3301/T 0285-2019', { designation: 'DB3301/T 0285-2019', region: '3301' }],
    ['DB11/ 501-2017', { designation: 'DB11/ 501-2017', prefix: 'DB11', force: 'mandatory' }],
    [
      'T/CAS 290-2017',
      {
        designation: 'T/CAS 290-2017',
        familyId: 't',
        prefix: 'T/CAS',
        number: '290',
        year: 2017,
        force: undefined,
      },
    ],
    ['T/CSAE 53-2017', { designation: 'T/CSAE 53-2017', familyId: 't', prefix: 'T/CSAE' }],
    ['T/CECS10001-2019', { designation: 'T/CECS 10001-2019' }],
    ['Q/GDW 1168-2013', { designation: 'Q/GDW 1168-2013', familyId: 'q', prefix: 'Q/GDW', number: '1168' }],
    ['Q/GDW10354—2020', { designation: 'Q/GDW 10354-2020', familyId: 'q' }],
    ['Q/HSRY 0001S-2016', { designation: 'Q/HSRY 0001S-2016', number: '0001S' }],
    [
      'ISO 14067:2018',
      { designation: 'ISO 14067:2018', familyId: 'iso', prefix: 'ISO', number: '14067', year: 2018 },
    ],
    ['ISO 14067：2018', { designation: 'ISO 14067:2018' }],
    ['ISO 9001-2015', { designation: 'ISO 9001:2015', year: 2015 }],
    ['ISO9001', { designation: 'ISO 9001', familyId: 'iso' }],
    ['ISO 14064-1:2018', { designation: 'ISO 14064-1:2018', number: '14064', part: '1', year: 2018 }],
    ['ISO/TS 14067:2013', { designation: 'ISO/TS 14067:2013', prefix: 'ISO/TS', familyId: 'iso' }],
    ['ISO 3200:2003', { designation: 'ISO 3200:2003' }],
    ['ISO/IEC 27001', { designation: 'ISO/IEC 27001', familyId: 'iso-iec', prefix: 'ISO/IEC' }],
    ['ISO/IEC 27001:2022', { designation: 'ISO/IEC 27001:2022', familyId: 'iso-iec', year: 2022 }],
    ['ISO/IEC TR 24028:2020', { designation: 'ISO/IEC TR 24028:2020', prefix: 'ISO/IEC TR' }],
    ['IEC 61850-7-4', { designation: 'IEC 61850-7-4', familyId: 'iec', number: '61850', part: '7-4' }],
    ['IEC 62443-3-3:2013', { designation: 'IEC 62443-3-3:2013', part: '3-3', year: 2013 }],
    ['ITU-T Y.3172', { designation: 'ITU-T Y.3172', familyId: 'itu-t', prefix: 'ITU-T', number: 'Y.3172' }],
    ['ITU-T Rec. G.711', { designation: 'ITU-T G.711', number: 'G.711' }],
    ['ITU-T Recommendation X.509', { designation: 'ITU-T X.509' }],
    ['ITU–T G.694.1', { designation: 'ITU-T G.694.1' }],
  ])('%s', (text, expected) => {
    const found = find(`依据${text}执行`);
    expect(found).toHaveLength(1);
    const present = Object.entries(expected).filter(([, v]) => v !== undefined);
    expect(found[0]).toMatchObject({ start: 2, end: 2 + text.length, ...Object.fromEntries(present) });
    // `year: undefined`, `force: undefined` in the table mean the field must be absent.
    for (const [key, v] of Object.entries(expected))
      if (v === undefined) expect(found[0]).not.toHaveProperty(key);
  });

  it('finds every designation of a real sentence, with offsets into the page text', () => {
    const text =
      '《能源管理体系 要求》GB/T 23331—2020等同采用ISO 50001:2018，见DB11/T 1234-2020和T/CAS 290-2017。';
    const found = find(text);
    expect(found.map((d) => [d.designation, text.slice(d.start, d.end)])).toEqual([
      ['GB/T 23331-2020', 'GB/T 23331—2020'],
      ['ISO 50001:2018', 'ISO 50001:2018'],
      ['DB11/T 1234-2020', 'DB11/T 1234-2020'],
      ['T/CAS 290-2017', 'T/CAS 290-2017'],
    ]);
  });

  it('reads an identical adoption as two designations', () => {
    expect(names('GB/T 19001-2016/ISO 9001:2015')).toEqual(['GB/T 19001-2016', 'ISO 9001:2015']);
  });

  it('accepts list numbering and table cells before a designation', () => {
    expect(names('1.GB/T 24001-2016')).toEqual(['GB/T 24001-2016']);
    expect(names('1 GB 18030-2022')).toEqual(['GB 18030-2022']);
    expect(names('(GB 2762-2022)')).toEqual(['GB 2762-2022']);
  });
});

describe('findDesignations — look-alikes it rejects', () => {
  it.each([
    ['16GB', 'gigabytes glued to a number'],
    ['32 GB', 'gigabytes after a number'],
    ['2GB内存', 'gigabytes in Chinese text'],
    ['带宽 10 GB/s', 'gigabytes per second'],
    ['GB/s 1234', 'a slash that is not /T or /Z'],
    ['8 GB 2400 内存', 'bare GB after a quantity'],
    ['DDR4 16GB 2400MHz', 'memory spec'],
    ['GB 12', 'bare GB with a one- or two-digit number'],
    ['GB 2400MHz', 'number glued to a unit'],
    ['电话 010-12345678', 'phone number'],
    ['GB 010-12345678', 'dash tail that is not a year'],
    ['GB/T 24001-1234', 'year out of range'],
    ['GB/T 24001-2100', 'year after 2099'],
    ['GB 2760-05', 'two-digit year below 50'],
    ['GB/T 1234567-2016', 'seven-digit number'],
    ['型号 GB-2000X', 'model number'],
    ['ABGB/T 123-2016', 'inside a word'],
    ['XGB 123', 'inside a word'],
    ['RTX-GB 2000-2016', 'tail of a model number'],
    ['gb/t 24001-2016', 'lower case in the original'],
    ['Gb/T 24001-2016', 'mixed case in the original'],
    ['GB/t 24001-2016', 'lower-case t'],
    ['the IEC 1906 Award', 'a prize named after a year'],
    ['获得IEC 1906奖', 'a prize named after a year, in Chinese'],
    ['ISO 100', 'film speed'],
    ['ISO 3200', 'film speed'],
    ['ISO 6400', 'film speed'],
    ['ISO100', 'film speed, glued'],
    ['ISO 100-6400', 'film speed range'],
    ['ISO 9', 'one-digit ISO number'],
    ['ISO 50', 'two-digit ISO number'],
    ['iso 9001', 'lower case'],
    ['ISO/IEC JTC 1', 'a committee, not a standard'],
    ['ISOTOPE 123', 'a longer word'],
    ['HS 8471', 'customs HS code: bare industry code without year'],
    ['HB 200-250', 'Brinell hardness range'],
    ['HS 2023-2024', 'year range after a code'],
    ['TB 2019', 'terabytes-looking, no year'],
    ['DB/T 15-2009', 'earthquake industry DB/T is not a local standard'],
    ['DB99/T 1234-2020', 'unknown province code'],
    ['DB71/T 1234-2020', 'Taiwan issues no DB standards'],
    ['DB11 123', 'mandatory local without year'],
    ['DB123/T 1-2020', 'three-digit division code'],
    ['T/C 123', 'one-letter group code'],
    ['T/CAS', 'no number'],
    ['Q/A 123', 'one-letter enterprise code'],
    ['Q/12 345', 'enterprise code without a letter'],
    ['ITU-T', 'no recommendation'],
    ['ITU-T y.3172', 'lower-case series letter'],
    ['ITU-T Y3172', 'no dot after the series letter'],
    ['ZZ/T 1234-2020', 'unknown industry code'],
    ['ABC/T 1234-2020', 'unknown three-letter code'],
    ['JGJ 2018', 'a year, no number'],
    ['JGJ 2018-2020', 'a year range'],
    ['jgj 450-2018', 'lower case'],
    ['JGJX 450-2018', 'a longer word'],
    ['JG 450', 'two-letter code without a year'],
    ['JT D60-2015', 'series letter on a two-letter code'],
    ['JTG d60-2015', 'lower-case series letter'],
    ['AT&T 2020', 'not a code'],
  ])('%s (%s)', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('findDesignations — properties', () => {
  const cjk = fc.string({
    unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
    maxLength: 12,
  });
  const punct = fc.constantFrom('', '，', '《', '》', '（', '）', '、', ' ', '：');
  const digits = (min: number, max: number) => fc.integer({ min, max }).map(String);
  const year = fc.integer({ min: 1950, max: 2099 });
  const dash = fc.constantFrom('-', '—', '－', '–', '‐', '―');
  const space = fc.constantFrom('', ' ', '\u3000');
  const upper = (min: number, max: number) =>
    fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: min, maxLength: max });
  const industryCodes = codes.families.filter((f) => f.scope === 'industry').map((f) => f.prefix);
  const provinces = codes.provinces.map((p) => p.code);
  const filmSpeeds = new Set(['1250', '1600', '2500', '3200', '6400']);

  /** [as written, normalized]. */
  type Case = [string, string];
  const national = fc
    .tuple(
      fc.constantFrom('GB', 'GB/T', 'GB/Z'),
      space,
      digits(100, 49999),
      fc.option(digits(1, 20)),
      fc.option(year),
      dash,
    )
    .map(([p, sp, n, part, y, d]): Case => {
      const tail = n + (part === null ? '' : `.${part}`);
      return [`${p}${sp}${tail}${y === null ? '' : d + y}`, `${p} ${tail}${y === null ? '' : `-${y}`}`];
    });
  const industry = fc
    .tuple(
      fc.constantFrom(...industryCodes),
      fc.constantFrom('/T', '/Z', ''),
      space,
      digits(1, 999),
      year,
      dash,
    )
    .map(([c, sfx, sp, n, y, d]): Case => [`${c}${sfx}${sp}${n}${d}${y}`, `${c}${sfx} ${n}-${y}`]);
  const local = fc
    .tuple(
      fc.constantFrom(...provinces),
      fc.option(digits(10, 99)),
      space,
      digits(1, 9999),
      fc.option(year),
      dash,
    )
    .map(([p, city, sp, n, y, d]): Case => {
      const code = `DB${p}${city ?? ''}/T`;
      return [`${code}${sp}${n}${y === null ? '' : d + y}`, `${code} ${n}${y === null ? '' : `-${y}`}`];
    });
  const group = fc
    .tuple(upper(2, 10), space, digits(1, 999), fc.option(year), dash)
    .map(([c, sp, n, y, d]): Case => [
      `T/${c}${sp}${n}${y === null ? '' : d + y}`,
      `T/${c} ${n}${y === null ? '' : `-${y}`}`,
    ]);
  const enterprise = fc
    .tuple(upper(2, 6), space, digits(1, 99999), year, dash)
    .map(([c, sp, n, y, d]): Case => [`Q/${c}${sp}${n}${d}${y}`, `Q/${c} ${n}-${y}`]);
  const iso = fc
    .tuple(
      fc.constantFrom('ISO', 'IEC', 'ISO/IEC'),
      space,
      digits(1000, 99999).filter((n) => !filmSpeeds.has(n)),
      fc.array(digits(1, 30), { maxLength: 2 }),
      fc.option(year),
      fc.constantFrom(':', '：'),
    )
    .map(([o, sp, n, parts, y, colon]): Case => {
      const tail = n + parts.map((p) => `-${p}`).join('');
      return [`${o}${sp}${tail}${y === null ? '' : colon + y}`, `${o} ${tail}${y === null ? '' : `:${y}`}`];
    });
  const itu = fc
    .tuple(fc.constantFrom(...'EGHIQVXY'), digits(1, 9999), fc.constantFrom('', 'Rec. '))
    .map(([s, n, rec]): Case => [`ITU-T ${rec}${s}.${n}`, `ITU-T ${s}.${n}`]);
  const designation = fc.oneof(national, industry, local, group, enterprise, iso, itu);

  it('finds a designation inserted into Chinese text, normalized, at its offsets', () => {
    fc.assert(
      fc.property(
        cjk,
        punct,
        designation,
        fc.boolean(),
        punct,
        cjk,
        (before, p1, [written, normal], wide, p2, after) => {
          const shown = wide ? fullWidth(written) : written;
          const text = before + p1 + shown + p2 + after;
          const found = find(text);
          expect(found.map((d) => d.designation)).toEqual([normal]);
          expect(found[0]?.start).toBe(before.length + p1.length);
          expect(found[0]?.end).toBe(before.length + p1.length + shown.length);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('describes the family of every recognized designation, in every language', () => {
    fc.assert(
      fc.property(designation, fc.constantFrom<Lang>('zh-Hans', 'zh-Hant', 'en'), ([written], lang) => {
        const [d] = find(written);
        expect(d).toBeDefined();
        const about = d && describeFamily(d, codes, lang);
        expect(about?.familyId).toBe(d?.familyId);
        expect(about?.title.length).toBeGreaterThan(0);
        expect(about?.items.length).toBeGreaterThan(0);
        expect(describeFamily(d?.designation ?? '', codes, lang)).toEqual(about);
      }),
    );
  });

  it('finds the same designations in full-width text as in ASCII', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cjk, designation), { maxLength: 5 }), (parts) => {
        const text = parts.map(([c, [w]]) => `${c}，${w}`).join('');
        const strip = (ds: Designation[]) => ds.map(({ designation: d, start, end }) => [d, start, end]);
        expect(strip(find(fullWidth(text)))).toEqual(strip(find(text)));
      }),
    );
  });

  // Text made of the characters designations are made of, so the parsers get exercised.
  const noisy = fc.string({
    unit: fc.constantFrom(...'GBTZDQISOECUY/ -—.:：0123456789１２ＧＢ／\u3000标准gbtiso'.split('')),
    maxLength: 80,
  });
  const anyText = fc.oneof(noisy, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 80 }));

  it('never throws; results are in bounds, sorted, non-overlapping and well formed', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = find(text);
        let last = 0;
        for (const d of found) {
          expect(d.start).toBeGreaterThanOrEqual(last);
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.end).toBeLessThanOrEqual(text.length);
          expect(d.designation.startsWith(d.prefix)).toBe(true);
          expect(d.designation).toMatch(/^[A-Z][A-Z0-9/ .:-]*[0-9]$/);
          expect(index.national.has(d.familyId) || codes.families.some((f) => f.id === d.familyId)).toBe(
            true,
          );
          if (d.year !== undefined) expect(d.year >= 1950 && d.year <= 2099).toBe(true);
          last = d.end;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('does not throw when the original text has another length than the folded one', () => {
    expect(findDesignations(fold('GB/T 24001-2016'), '', index).map((d) => d.designation)).toEqual([
      'GB/T 24001-2016',
    ]);
  });

  it('stays linear on adversarial text', () => {
    const chunks = [
      'GB/T 1.1.1.1.1',
      'DB11/T ',
      'T/ABCDEFGHIJ ',
      'ISO 1-1-1-1-1',
      'Q/AAAAAAAAAAAAAAAA',
      'GB 1234567890',
    ];
    // ~1.5 MB at the top size; a quadratic scan would take ten times longer than ten tenth-size ones.
    const unit = chunks.join('');
    expectLinear((n) => unit.repeat(Math.ceil(n / unit.length)), find, 1_500_000);
  });
});

describe('describeFamily', () => {
  it.each<[string, Lang, Record<string, unknown>]>([
    [
      'GB/T 24001-2016',
      'zh-Hans',
      { title: '推荐性国家标准', force: 'recommended', agencyId: 'sac', scope: 'national' },
    ],
    ['GB 18030-2022', 'zh-Hant', { title: '強制性國家標準', force: 'mandatory', agencyId: 'sac' }],
    [
      'GB/Z 41275-2022',
      'en',
      { title: 'National standardization guidance technical document', force: 'guidance' },
    ],
    [
      'YD/T 1234.1-2020',
      'zh-Hans',
      { title: '通信行业推荐性标准', sector: '通信', agencyId: 'miit', force: 'recommended' },
    ],
    ['YD 5003-2014', 'zh-Hant', { title: '通信行業強制性標準', sector: '通信', force: 'mandatory' }],
    ['SJ/Z 11362-2006', 'zh-Hans', { title: '电子行业标准化指导性技术文件', force: 'guidance' }],
    [
      'JR/T 0197-2020',
      'en',
      { title: 'Finance industry standard (recommended)', sector: 'Finance', agencyId: 'pbc' },
    ],
    ['CB/T 3000-2012', 'zh-Hans', { title: '船舶行业推荐性标准', agencyId: undefined }],
    [
      'DB11/T 1234-2020',
      'zh-Hans',
      { title: '北京市地方标准', province: '北京市', force: 'recommended', agencyId: undefined },
    ],
    ['DB11/ 501-2017', 'en', { title: 'Local standard of Beijing', province: 'Beijing', force: 'mandatory' }],
    ['DB44/T 1-2020', 'zh-Hant', { title: '廣東省地方標準', province: '廣東省' }],
    ['DB3301/T 0285-2019', 'zh-Hans', { title: '浙江省市级地方标准', province: '浙江省' }],
    ['DB3301/T 0285-2019', 'en', { title: 'City-level local standard (Zhejiang)' }],
    ['T/CAS 290-2017', 'zh-Hans', { title: '团体标准', force: undefined, items: [26, 27, 29] }],
    ['Q/GDW 1168-2013', 'zh-Hant', { title: '企業標準', force: undefined }],
    ['ISO 14067:2018', 'en', { title: 'ISO International Standard', scope: 'international' }],
    ['ISO/IEC 27001:2022', 'zh-Hans', { title: 'ISO/IEC联合标准' }],
    ['ITU-T Y.3172', 'zh-Hans', { title: '国际电信联盟（ITU-T）建议书' }],
  ])('%s (%s)', (designation, lang, expected) => {
    const about = describeFamily(designation, codes, lang);
    expect(about).toBeDefined();
    for (const [key, value] of Object.entries(expected)) {
      if (value === undefined) expect(about).not.toHaveProperty(key);
      else expect(about).toHaveProperty(key, value);
    }
  });

  it('lists the plan items of the family', () => {
    expect(describeFamily('YD/T 1234-2020', codes, 'zh-Hans')?.items).toEqual(
      expect.arrayContaining([1, 8, 24, 27]),
    );
    expect(describeFamily('GB/Z 41275-2022', codes, 'zh-Hans')?.items).toContain(2);
    expect(describeFamily('Q/GDW 1168-2013', codes, 'zh-Hans')?.items).toContain(29);
  });

  it('takes a recognized designation as well as a string', () => {
    const [d] = find('见YD/T 1234.1—2020');
    expect(d && describeFamily(d, codes, 'zh-Hans')).toEqual(
      describeFamily('YD/T 1234.1-2020', codes, 'zh-Hans'),
    );
  });

  it.each(['hello', '', 'GB 12', 'ZZ/T 1-2020'])('returns undefined for %j', (text) => {
    expect(describeFamily(text, codes, 'en')).toBeUndefined();
  });

  it('returns undefined for a family the file does not have', () => {
    expect(describeFamily({ familyId: 'nope', prefix: 'NO' }, codes, 'en')).toBeUndefined();
  });
});
