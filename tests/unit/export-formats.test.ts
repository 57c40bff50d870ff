/**
 * Format rules beyond the golden files: JSON-LD and CSL-JSON shapes (zod, tests/support/export-schemas),
 * CSV read back with Papa Parse (BOM, Chinese, formula cells), RIS line rules, Markdown escaping.
 */
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { exportClips } from '../../lib/clips/export';
import { CSV_COLUMNS, exportCsv, neutralizeCell } from '../../lib/clips/export/csv';
import { escapeInline, escapeMarkdown, linkDestination } from '../../lib/clips/export/markdown-escape';
import { exportRis } from '../../lib/clips/export/ris';
import { splitBodies } from '../../lib/clips/export/pages';
import { EXPORT_CLIPS, EXPORT_NAMES, EXPORT_NOW, exportClip } from '../support/export-clips';
import { collectionSchema, cslDataSchema } from '../support/export-schemas';

// Dates in exports are the reader's local days; the fixtures were written for Beijing. Set before any
// export runs (describe bodies run at collection), restored for the other files in this worker.
const systemTz = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
afterAll(() => {
  if (systemTz === undefined) delete process.env.TZ;
  else process.env.TZ = systemTz;
});

const opts = { now: EXPORT_NOW, names: EXPORT_NAMES };

describe('JSON shapes', () => {
  it('the W3C collection has the annotation model’s shape', () => {
    const parsed = collectionSchema.parse(JSON.parse(exportClips('w3c', EXPORT_CLIPS, opts).text));
    expect(parsed.total).toBe(parsed.first.items.length);
  });

  it('CSL-JSON is what citeproc reads: government document → report with number and authority', () => {
    const items = cslDataSchema.parse(JSON.parse(exportClips('csl', EXPORT_CLIPS, opts).text));
    expect(items.map((i) => [i.type, i.number ?? null, i.authority ?? null])).toEqual([
      ['report', '国市监标技发〔2024〕23号', '市场监管总局'],
      ['webpage', null, null],
    ]);
  });

  it('a date the page printed but that is not ISO is left out rather than guessed', () => {
    const items = cslDataSchema.parse(JSON.parse(exportClips('csl', EXPORT_CLIPS, opts).text));
    expect(items[1]).not.toHaveProperty('issued');
  });
});

describe('CSV', () => {
  const text = exportCsv(EXPORT_CLIPS, EXPORT_NAMES);

  it('starts with a UTF-8 byte-order mark and reads back with Papa Parse, Chinese intact', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { data, errors } = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(errors).toEqual([]);
    expect(Object.keys(data[0]!)).toEqual([...CSV_COLUMNS]);
    expect(data.map((r) => r.id)).toEqual(EXPORT_CLIPS.map((c) => c.id));
    expect(data[0]).toMatchObject({
      quote: '加快产品碳足迹核算标准研制。',
      tags: '碳足迹; -负面',
      publisher: '市场监管总局',
      doc_number: '国市监标技发〔2024〕23号',
      published: '2024-03-18',
      written: '2024-03-15',
      created: '2026-12-04',
      items: '(九) 标准化助力绿色发展; (十二) 环境管理标准',
      agencies: '市场监管总局',
      topics: '碳足迹',
    });
    expect(data[1]!.quote).toBe('各地区要*高度重视*。\n\n# 落实责任');
    expect(data[2]!.standards).toBe('GB/T 24001-2016');
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    const { data } = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(data[2]!.quote).toBe("'=1+1 按 GB/T 24001-2016 执行");
    for (const cell of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])
      expect(neutralizeCell(cell)).toBe(`'${cell}`);
    for (const cell of ['1+1', '标准', '', "'"]) expect(neutralizeCell(cell)).toBe(cell);
    const hostile = exportClip({ id: 'x', quote: '=cmd|"/c calc"!A0', note: '@evil', tags: ['+t'] });
    const [row] = Papa.parse<Record<string, string>>(exportCsv([hostile]).slice(1), { header: true }).data;
    expect([row!.quote, row!.note, row!.tags]).toEqual(['\'=cmd|"/c calc"!A0', "'@evil", "'+t"]);
  });

  it('ends rows with CR LF (RFC 4180)', () => {
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
  });
});

describe('RIS', () => {
  const text = exportRis(EXPORT_CLIPS);
  const lines = text.split('\r\n');

  it('uses CR LF only, one tag per line as `XX  - value`, records from TY to ER', () => {
    expect(text).not.toMatch(/[^\r]\n|\r[^\n]/);
    for (const line of lines.filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    const tags = lines.filter(Boolean).map((l) => l.slice(0, 2));
    expect(tags.filter((t) => t === 'TY')).toHaveLength(2);
    expect(tags.filter((t) => t === 'ER')).toHaveLength(2);
    expect(tags[0]).toBe('TY');
    expect(tags.at(-1)).toBe('ER');
  });

  it('keeps a multi-line quote or note on its line', () => {
    const n1 = lines.filter((l) => l.startsWith('N1'));
    expect(n1[1]).toBe('N1  - 「各地区要*高度重视*。 # 落实责任」 — [链接](http://evil.example) <b>粗</b>');
  });

  it('government document → GOVDOC with its number in SN; other pages → ELEC', () => {
    expect(lines.filter((l) => /^(TY|SN)/.test(l))).toEqual([
      'TY  - GOVDOC',
      'SN  - 国市监标技发〔2024〕23号',
      'TY  - ELEC',
    ]);
  });
});

describe('Markdown escaping', () => {
  it.each([
    ['*强调* _斜_ `代码`', '\\*强调\\* \\_斜\\_ \\`代码\\`'],
    ['[链接](http://x)', '\\[链接\\](http://x)'],
    ['![图](x.png)', '\\!\\[图\\](x.png)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['a | b ~~c~~ &amp;', 'a \\| b \\~\\~c\\~\\~ \\&amp;'],
    ['# 标题', '\\# 标题'],
    ['- 列表', '\\- 列表'],
    ['+ 列表', '\\+ 列表'],
    ['1. 第一', '1\\. 第一'],
    ['2024) 年', '2024\\) 年'],
    ['> 引用', '\\> 引用'],
    ['a\\b', 'a\\\\b'],
    ['2024-03-18 GB/T 1.1-2020', '2024-03-18 GB/T 1.1-2020'],
  ])('%s', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('escapes block openers on every line, and flattens lines for inline use', () => {
    expect(escapeMarkdown('甲\n# 乙\n  - 丙')).toBe('甲\n\\# 乙\n  \\- 丙');
    expect(escapeInline('甲\n\n# 乙')).toBe('甲 # 乙');
  });

  it('link destinations cannot break out of their angle brackets', () => {
    expect(linkDestination('https://x.cn/a b>c<d\n')).toBe('<https://x.cn/a%20b%3Ec%3Cd%0A>');
  });
});

describe('Markdown headings', () => {
  it('a trailing # cannot close a heading early, whatever backslashes precede it', () => {
    expect(escapeInline('标题 #')).toBe('标题 \\#');
    expect(escapeInline('#')).toBe('\\#');
    expect(escapeInline('a\\#')).toBe('a\\\\\\#');
  });
});

describe('joint documents', () => {
  const joint = exportClip({
    id: '00000000-0000-4000-8000-0000000000ac',
    quote: '甲',
    facts: {
      meta: {},
      info: {},
      title: '关于印发《……》的通知',
      publisher: '市场监管总局 工业和信息化部、国家发展改革委',
      docNumber: '国市监标技发〔2024〕7号',
      publishedDate: '2024-05-06',
    },
  });

  it('name every issuing body: GB/T 7714 with `, `, CSL as literal authors, RIS one AU each', () => {
    expect(splitBodies('State Council, 国务院')).toEqual(['State Council', '国务院']);
    expect(exportClips('gbt7714', [joint], opts).text).toBe(
      '[1] 市场监管总局, 工业和信息化部, 国家发展改革委. 关于印发《……》的通知: 国市监标技发〔2024〕7号[EB/OL]. (2024-05-06)[2026-12-04]. https://www.samr.gov.cn/bzjss/art/2024/art_1.html.\n',
    );
    const [item] = cslDataSchema.parse(JSON.parse(exportClips('csl', [joint], opts).text));
    expect(item!.author).toEqual([
      { literal: '市场监管总局' },
      { literal: '工业和信息化部' },
      { literal: '国家发展改革委' },
    ]);
    const au = exportRis([joint])
      .split('\r\n')
      .filter((l) => /^(AU|PB)/.test(l));
    expect(au).toEqual([
      'AU  - 市场监管总局',
      'AU  - 工业和信息化部',
      'AU  - 国家发展改革委',
      'PB  - 市场监管总局 工业和信息化部、国家发展改革委',
    ]);
  });
});
