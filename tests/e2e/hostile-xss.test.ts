/**
 * Hostile pages, XSS (issue 14): payloads in a page's text, attributes, <title>, meta tags, info table
 * and URL reach the clip toast, the popup, the clip library and every export as text only. A clip is
 * taken with the real shortcut from tests/fixtures/pages/hostile-xss.html and given a note that is a
 * payload too; every place it shows up is read for elements and attributes the payloads would make,
 * and the CSV export for formulas. (The hover card: tests/e2e/card.test.ts reads inside its closed root.)
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../lib/clips/types';
import {
  clickAxButton,
  dragSelect,
  openExtensionPage,
  waitForClips,
  waitForToast,
} from '../support/clip-probes';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { firstPassDone } from '../support/first-pass';
import { readClosedRoot, type ShadowContent } from '../support/shadow-dom';
import { clickToolbarAction, TOOLBAR_ACTION_ARGS } from '../support/toolbar-action';

const URL = `${TEST_ORIGIN}/hostile-xss.html?q=<img src=x onerror=window.__xss=9>#<script>window.__xss=10</script>`;
const TITLE = '=HYPERLINK("https://evil.example/","<img src=x onerror=window.__xss=2>")';
const QUOTE = '=1+2<img src=x onerror="window.__xss=8">加快产品碳足迹核算标准研制&amp;</p>。';
const NOTE = '@<img src=x onerror=window.__xss=11><script>window.__xss=12</script>备注';
const TOAST = '标准透镜摘录';
/** What any payload would leave behind once parsed as markup (the pages' own elements aside). */
const PAYLOAD_ELEMENTS = `img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript:"]`;

let session: ExtensionSession;
let page: Page;
let library: Page;
let clip: Clip;
const pageErrors: string[] = [];

const noPayloadElements = (inside: ShadowContent | null) => {
  expect(inside).not.toBeNull();
  for (const tag of ['img', 'script', 'svg']) expect(inside!.elements).not.toContain(tag);
  expect(inside!.attributes.filter((a) => /^on/i.test(a))).toEqual([]);
};

beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN', args: TOOLBAR_ACTION_ARGS });
  page = await session.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  await page.goto(URL);
  await firstPassDone(page);
  library = await openExtensionPage(session);
});
afterAll(async () => {
  await session?.close();
});

describe('a clip taken on a page full of payloads', () => {
  it('the toast shows the save and takes a payload note as text', async () => {
    await dragSelect(page, { selector: '#quote', text: '=1+2' }, { selector: '#quote', text: '。' });
    await page.keyboard.press('Alt+Shift+S');
    await waitForToast(session.context, page, TOAST, '已保存摘录');
    noPayloadElements(await readClosedRoot(session.context, page, 'standards-lens-toast'));
    await clickAxButton(session.context, page, '添加备注');
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Control+Enter');
    await waitForToast(session.context, page, TOAST, '备注已保存');
    noPayloadElements(await readClosedRoot(session.context, page, 'standards-lens-toast'));
    const clips = await waitForClips(library, (all) => all.some((c) => c.note === NOTE));
    clip = clips.find((c) => c.note === NOTE)!;
    // Stored as the page's characters: the title from the meta tag, the quote with its "markup".
    expect(clip.quote).toBe(QUOTE);
    expect(clip.facts?.title).toBe(TITLE);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator(PAYLOAD_ELEMENTS).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('the popup for that page makes no element of it', async () => {
    const popup = await clickToolbarAction(session, page);
    try {
      await popup.waitFor(`document.querySelector('[data-coverage-item]')`);
      expect(
        await popup.evaluate(`document.querySelectorAll(${JSON.stringify(PAYLOAD_ELEMENTS)}).length`),
      ).toBe(0);
      expect(await popup.evaluate(`document.body.innerText.includes('www.example.gov.cn')`)).toBe(true);
    } finally {
      await popup.close();
    }
  });

  it('the clip library shows quote, title and note as text', async () => {
    await library.reload();
    const article = library.locator(`article[data-clip-id="${clip.id}"]`);
    await article.waitFor();
    const text = (await article.textContent()) ?? '';
    for (const shown of [QUOTE, TITLE]) expect(text).toContain(shown);
    // The note is the value of its field, as typed.
    expect(await article.locator('textarea').first().inputValue()).toBe(NOTE);
    expect(await library.locator(PAYLOAD_ELEMENTS).count()).toBe(0);
  });
});

async function download(format: string): Promise<string> {
  const [file] = await Promise.all([
    library.waitForEvent('download'),
    library.click(`[data-export="${format}"]`),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

/** Every string anywhere in a parsed JSON value. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(stringsIn)
      : [];

describe('every export of that clip', () => {
  it('CSV: no cell starts a formula; the payload cells are kept behind an apostrophe', async () => {
    const csv = await download('csv');
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const [header, ...data] = rows;
    expect(data).toHaveLength(1);
    for (const cell of data[0]!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const cell = (name: string) => data[0]![header!.indexOf(name)];
    expect(cell('quote')).toBe(`'${QUOTE}`);
    expect(cell('note')).toBe(`'${NOTE}`);
    expect(cell('title')).toBe(`'${TITLE}`);
  });

  it('Markdown: every payload is escaped, no raw tag', async () => {
    const md = await download('markdown');
    expect(md).not.toMatch(/(^|[^\\])<(img|script|svg|\/p)/m);
    expect(md).toContain('\\<img src=x onerror="window.\\_\\_xss=8"\\>');
  });

  it.each(['w3c', 'csl', 'backup'])(
    '%s (JSON): the payloads are strings, character for character',
    async (format) => {
      const strings = stringsIn(JSON.parse(await download(format)));
      // CSL-JSON cites the page (its title); the annotation formats carry quote and note.
      expect(strings).toContain(format === 'csl' ? TITLE : QUOTE);
      if (format !== 'csl') expect(strings).toContain(NOTE);
    },
  );

  it.each(['ris', 'gbt7714'])('%s (plain text): the title is there as written', async (format) => {
    const text = await download(format);
    expect(text).toContain(TITLE);
  });
});
