/**
 * Expectations written by hand (issue 14). The other annotation tests compute what should be
 * highlighted with the same scanBlocks code the extension runs (tests/support/expected-mentions.ts):
 * they prove the content script loses and adds nothing, not that the matcher is right. Here a person
 * read each fixture page and wrote down what a reader should see lit, per contract highlight name, in
 * document order — and what must stay dark. A change in what the extension finds on these pages fails
 * here until someone decides, by reading, that the new answer is the right one.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { firstPassDone, firstPassMentions } from '../support/first-pass';
import { highlightedTexts, KINDS, settledHighlights, type Kind } from '../support/page-probes';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

interface HandCase {
  file: string;
  /** The texts lit under standards-lens-topic / -agency / -standard, in document order. */
  lit: Record<Kind, string[]>;
  /** Passages of the page's text where nothing may be lit, each with the reason. */
  dark: [passage: string, why: string][];
}

const CASES: HandCase[] = [
  {
    file: 'hand-zh-hans.html',
    lit: {
      topic: ['充电桩', '新型储能', '碳足迹核算', '适老化改造', '行业标准'],
      agency: ['国家发展改革委', '国家能源局', '工业和信息化部'],
      standard: ['GB/T 24001－2016', 'GB 18030-2022', 'YD/T 1234.1-2020'],
    },
    dark: [
      ['扩大数据库', '扩大 + 数据库, not 大数据'],
      ['16GB', 'no 6G inside it'],
      ['MIIT2', 'a model number, not the ministry'],
      ['编辑区里的氢能和市场监管总局不应被标出', 'a contenteditable region'],
      ['文本框中的北斗也不应被标出', 'a textarea'],
      ['隐藏段落中的集成电路不应被标出', 'a hidden paragraph'],
      ['脚本里的碳达峰不应被标出', 'a script'],
    ],
  },
  {
    file: 'hand-zh-hant.html',
    lit: {
      // 網聯車 twice: the page defines it (以下簡稱「網聯車」) and then uses it.
      topic: ['智慧家居', '積體電路', '碳足跡核算', '智能網聯汽車', '網聯車', '網聯車', '大數據'],
      agency: ['市場監管總局'],
      standard: ['ＧＢ／Ｔ ２４００１—２０１６'],
    },
    dark: [
      ['擴大數據庫', '扩大 + 数据库 in Traditional script, not 大数据'],
      ['編輯區裡的氫能不應被標出', 'a contenteditable region'],
    ],
  },
  {
    file: 'hand-en.html',
    lit: {
      topic: ['carbon footprints', 'hydrogen energy', 'integrated circuits'],
      agency: [
        'Ministry of Industry and Information Technology',
        'National Development and Reform Commission',
      ],
      standard: ['ISO 14067:2018', 'ISO/IEC 27001', 'GB/T 24001-2016'],
    },
    dark: [
      ['16GB', 'no 6G inside it'],
      ['sack', 'not SAC'],
      ['SACK', 'not SAC'],
      ['a bare GB/T', 'a family prefix without a number'],
      ['Hydrogen energy typed in a form field stays dark', 'a textarea'],
    ],
  },
];

/**
 * The dark passages (each first occurrence in the body's text) that a highlight of any kind overlaps,
 * read in the page: highlight ranges are placed in the body's text by their text nodes.
 */
function litInDark(page: Page, passages: string[]): Promise<string[]> {
  return page.evaluate((passages) => {
    const at = new Map<Node, number>();
    let text = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      at.set(n, text.length);
      text += (n as Text).data;
    }
    const lit: [number, number][] = [];
    for (const name of ['topic', 'agency', 'standard'].map((k) => `standards-lens-${k}`)) {
      for (const r of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
        lit.push([at.get(r.startContainer)! + r.startOffset, at.get(r.endContainer)! + r.endOffset]);
      }
    }
    return passages.filter((p) => {
      const start = text.indexOf(p);
      if (start < 0) return true; // not on the page: the case is wrong, say so
      return lit.some(([s, e]) => s < start + p.length && e > start);
    });
  }, passages);
}

describe('highlights written by hand', () => {
  it.each(CASES)('$file: lights exactly what a reader should see, in order', async ({ file, lit, dark }) => {
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/${file}`);
    const total = KINDS.reduce((n, kind) => n + lit[kind].length, 0);
    const got = await settledHighlights(page, total);
    expect(got).toEqual(lit);
    // Said apart, so that a failure names the case.
    expect(
      await litInDark(
        page,
        dark.map(([passage]) => passage),
      ),
    ).toEqual([]);
    await page.close();
  });

  it('leaves a government page without any mention dark, once its first pass is done', async () => {
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/no-mentions.html`);
    await firstPassDone(page);
    expect(await firstPassMentions(page)).toBe(0);
    expect(await highlightedTexts(page)).toEqual({ topic: [], agency: [], standard: [] });
    await page.close();
  });
});
