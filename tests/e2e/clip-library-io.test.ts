/**
 * The clip library's exports and backup in the real browser (issue 11): clips taken on a fixture page
 * with the real shortcut → the library lists them → every `data-export` control downloads a file named
 * `standards-lens-clips-YYYY-MM-DD.<ext>` that parses in its format → the backup, imported through
 * `input[type=file][data-import]` into a fresh browser profile, gives back an identical library.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../lib/clips/types';
import { dragSelect, openExtensionPage, readClips, waitForClips, waitForToast } from '../support/clip-probes';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { firstPassDone } from '../support/first-pass';

const URL = `${TEST_ORIGIN}/clip-policy.html`;
const QUOTES = [
  '加快开展产品碳足迹核算标准研制，工业和信息化部会同有关部门推进重点产品碳足迹标准制定。',
  '企业可参照 GB/T 24001-2016 建立环境管理体系，鼓励开展住宅适老化改造标准试点。',
];
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

let session: ExtensionSession;
let library: Page;
const files: Record<string, { name: string; text: string }> = {};

beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
  const page = await session.context.newPage();
  await page.goto(URL);
  await firstPassDone(page);
  for (const [selector, from, to] of [
    ['#p2', '加快开展', '标准制定。'],
    ['#p3', '企业可参照', '标准试点。'],
  ] as const) {
    await dragSelect(page, { selector, text: from }, { selector, text: to });
    await page.keyboard.press('Alt+Shift+S');
    await waitForToast(session.context, page, '标准透镜摘录', '已保存摘录');
    await page.keyboard.press('Escape');
  }
  await page.close();
  library = await openExtensionPage(session);
  await library.waitForSelector('article[data-clip-id]');
});
afterAll(async () => {
  await session?.close();
});

async function download(format: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    library.waitForEvent('download'),
    library.click(`[data-export="${format}"]`),
  ]);
  const path = await file.path();
  const got = { name: file.suggestedFilename(), text: readFileSync(path!, 'utf8') };
  files[format] = got;
  return got;
}

describe('the clip library', () => {
  it('lists every clip as an article with its status', async () => {
    const articles = await library.$$eval('article[data-clip-id]', (els) =>
      els.map((el) => ({ id: el.getAttribute('data-clip-id'), status: el.getAttribute('data-clip-status') })),
    );
    expect(articles).toHaveLength(2);
    expect(articles.every((a) => a.status === 'found')).toBe(true);
  });
});

describe('exports', () => {
  it.each([
    ['w3c', 'jsonld'],
    ['csl', 'json'],
    ['ris', 'ris'],
    ['gbt7714', 'txt'],
    ['csv', 'csv'],
    ['markdown', 'md'],
    ['backup', 'json'],
  ])('%s downloads standards-lens-clips-<date>.%s', async (format, ext) => {
    const { name } = await download(format);
    expect(name).toBe(`standards-lens-clips-${today()}.${ext}`);
  });

  it('W3C: an AnnotationCollection whose annotations quote the clips', () => {
    const doc = JSON.parse(files.w3c!.text);
    expect([doc.type].flat()).toContain('AnnotationCollection');
    const items = doc.first?.items ?? doc.items ?? [];
    const exacts = items.flatMap((a: { target: { selector: { type: string; exact?: string }[] } }) =>
      [a.target.selector]
        .flat()
        .filter((s) => s.type === 'TextQuoteSelector')
        .map((s) => s.exact),
    );
    expect(exacts.sort()).toEqual([...QUOTES].sort());
  });

  it('CSL-JSON: one government-document reference with its issuing body and number', () => {
    const refs = JSON.parse(files.csl!.text) as Record<string, unknown>[];
    expect(refs).toHaveLength(1); // both clips are of one page
    expect(refs[0]).toMatchObject({ authority: '市场监管总局', number: '国市监标技发〔2024〕23号', URL });
    expect(refs[0]!.title).toBe('市场监管总局关于推进产品碳足迹标准体系建设的通知');
  });

  it('RIS: one record, CRLF lines, TY first and ER last', () => {
    const lines = files.ris!.text.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^TY {2}- /);
    expect(lines.at(-1)).toMatch(/^ER {2}- ?$/);
    expect(lines.filter((l) => l.startsWith('TY  - '))).toHaveLength(1);
  });

  it('GB/T 7714: a numbered electronic-resource line with the document number and URL', () => {
    const line = files.gbt7714!.text.split('\n').find((l) => l.startsWith('[1]'))!;
    expect(line).toContain('国市监标技发〔2024〕23号');
    expect(line).toContain('[EB/OL]');
    expect(line).toContain(URL);
  });

  it('CSV: UTF-8 with a BOM, opened back with Papa Parse', () => {
    expect(files.csv!.text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(files.csv!.text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.errors).toEqual([]);
    expect(rows.data.map((r) => r.quote).sort()).toEqual([...QUOTES].sort());
  });

  it('Markdown: the quotes grouped under their plan items', () => {
    expect(files.markdown!.text).toMatch(/^#+ .*\(九\)/m);
    expect(files.markdown!.text).toContain('> 加快开展产品碳足迹核算标准研制');
  });
});

describe('backup → a fresh profile → restore', () => {
  it('gives back an identical library', async () => {
    const before = await readClips(library);
    const fresh = await launchWithExtension({ locale: 'zh-CN' });
    try {
      const page = await openExtensionPage(fresh);
      await page.setInputFiles('input[type=file][data-import]', {
        name: files.backup!.name,
        mimeType: 'application/json',
        buffer: Buffer.from(files.backup!.text),
      });
      await page.click('[data-import-confirm]');
      const after = await waitForClips(page, (clips) => clips.length === before.length);
      const key = (c: Clip) => c.id;
      expect([...after].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
        [...before].sort((a, b) => key(a).localeCompare(key(b))),
      );
      await page.waitForSelector('article[data-clip-id]');
      expect(await page.$$eval('article[data-clip-id]', (els) => els.length)).toBe(before.length);
    } finally {
      await fresh.close();
    }
  });
});
