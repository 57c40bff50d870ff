/**
 * Every exporter against a golden file written by hand from the format's specification
 * (tests/fixtures/exports), and GB/T 7714—2015's own example of an electronic resource.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { exportClips, EXPORT_FORMATS, exportFilename } from '../../lib/clips/export';
import { exportGbt7714 } from '../../lib/clips/export/gbt7714';
import { EXPORT_CLIPS, EXPORT_NAMES, EXPORT_NOW, exportClip } from '../support/export-clips';

// Dates in exports are the reader's local days; the fixtures were written for Beijing. Set before any
// export runs (describe bodies run at collection), restored for the other files in this worker.
const systemTz = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
afterAll(() => {
  if (systemTz === undefined) delete process.env.TZ;
  else process.env.TZ = systemTz;
});

const golden = (name: string) => readFileSync(`tests/fixtures/exports/${name}`, 'utf8');
const run = (format: Parameters<typeof exportClips>[0]) =>
  exportClips(format, EXPORT_CLIPS, { now: EXPORT_NOW, names: EXPORT_NAMES });

describe('golden exports', () => {
  it('W3C Web Annotation JSON-LD', () => {
    expect(JSON.parse(run('w3c').text)).toEqual(JSON.parse(golden('clips.w3c.jsonld')));
  });

  it('CSL-JSON: one item per page', () => {
    expect(JSON.parse(run('csl').text)).toEqual(JSON.parse(golden('clips.csl.json')));
  });

  it('RIS, byte for byte (CR LF)', () => {
    expect(run('ris').text).toBe(golden('clips.ris'));
  });

  it('GB/T 7714 plain text: one numbered reference per page', () => {
    expect(run('gbt7714').text).toBe(golden('clips.gbt7714.txt'));
  });

  it('Markdown grouped by plan item, with the GB/T 7714 list', () => {
    expect(run('markdown').text).toBe(golden('clips.md'));
  });

  it('GB/T 7714—2015 example of an electronic resource, reproduced exactly', () => {
    const url = 'http://www.creader.com/news/20011219/200112190019.html';
    const clip = exportClip({
      id: '00000000-0000-4000-8000-0000000000aa',
      url,
      quote: '出版业信息化',
      title: '出版业信息化迈入快车道',
      facts: { meta: {}, info: {}, publisher: '萧钰', publishedDate: '2001-12-19' },
      created: Date.UTC(2002, 3, 15, 4),
    });
    expect(exportGbt7714([clip])).toBe(golden('standard-example.gbt7714.txt'));
  });

  it('does not repeat a document number the title already carries; 成文日期 stands in for 发布日期', () => {
    const clip = exportClip({
      id: '00000000-0000-4000-8000-0000000000ab',
      quote: '甲',
      facts: {
        meta: {},
        info: {},
        title: '国务院办公厅关于印发……的通知（国办发〔2024〕12号）',
        docNumber: '国办发〔2024〕12号',
        writtenDate: '2024-02-01',
      },
    });
    expect(exportGbt7714([clip])).toBe(
      '[1] 国务院办公厅关于印发……的通知（国办发〔2024〕12号）[EB/OL]. (2024-02-01)[2026-12-04]. https://www.samr.gov.cn/bzjss/art/2024/art_1.html.\n',
    );
  });
});

describe('file names (contract)', () => {
  it.each([
    ['w3c', 'jsonld'],
    ['csl', 'json'],
    ['ris', 'ris'],
    ['gbt7714', 'txt'],
    ['csv', 'csv'],
    ['markdown', 'md'],
  ] as const)('%s → standards-lens-clips-YYYY-MM-DD.%s', (format, ext) => {
    expect(run(format).filename).toBe(`standards-lens-clips-2026-12-07.${ext}`);
  });

  it('backup comes from the import/backup code through a hook', () => {
    expect(() => run('backup')).toThrow(/backup/);
    const file = exportClips('backup', EXPORT_CLIPS, {
      now: EXPORT_NOW,
      backup: (clips) => ({ ext: 'json', mime: 'application/json', text: String(clips.length) }),
    });
    expect(file).toEqual({
      filename: 'standards-lens-clips-2026-12-07.json',
      mime: 'application/json',
      text: '3',
    });
    expect(EXPORT_FORMATS).toEqual(['w3c', 'csl', 'ris', 'gbt7714', 'csv', 'markdown', 'backup']);
    expect(exportFilename('md', new Date(2026, 0, 2, 23, 59))).toBe('standards-lens-clips-2026-01-02.md');
  });
});
