/**
 * Issue 14, "Firefox, for real": what a reader sees on a government page with the built extension in
 * Firefox — highlights under the contract names, the card on hover with its plan item, and a clip
 * saved with Alt+Shift+S and found again in the clip library.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clipHighlightTexts, dragSelect, readClips } from '../support/clip-probes';
import { appendParagraph, settledHighlights, topicsInside } from '../support/page-probes';
import { waitForFirefoxCard } from './support/firefox-card';
import { firefoxPointOf, firefoxSettledHighlights } from './support/firefox-probes';
import { launchFirefoxWithExtension, TEST_ORIGIN, type FirefoxSession } from './support/firefox-session';

// The clip and page probes only call `evaluate(fn, arg)` and the mouse: the same on a puppeteer page.
const probe = (page: Page) => page as unknown as PlaywrightPage;

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('a government page in Firefox', () => {
  // Issue 15: in a subframe the frame gate runs first and the background injects the content script.
  it('annotates a same-origin iframe (the frame gate, then the injected content script)', async () => {
    const page = await session.openPage('frame-host.html');
    expect((await firefoxSettledHighlights(page)).topic).toEqual(['充电桩']);
    const child = page.frames().find((f) => f.url().endsWith('/frame-child.html'))!;
    const inChild = await settledHighlights(child as unknown as PlaywrightPage, 2, { firstPass: false });
    expect(inChild.topic).toEqual(['氢能', '新型储能']);
    await page.close();
  });

  // The gate waits on a subframe's window until it is shown at a readable size (text-gate
  // untilFrameReadable): Firefox must still start a hidden frame that is shown and a 1 × 1 that grows.
  it('starts a hidden frame once shown and a 1 × 1 frame once it grows', async () => {
    const page = await session.openPage('textless-frames.html');
    const frame = (id: string) =>
      page.frames().find((f) => f.url().endsWith(`?${id}`)) as unknown as PlaywrightPage;
    expect((await settledHighlights(frame('normal'), 1, { firstPass: false })).agency).toEqual([
      '工业和信息化部',
    ]);
    await page.evaluate(() => {
      document.getElementById('hidden')!.style.display = 'block';
      const tiny = document.getElementById('tiny') as HTMLIFrameElement;
      tiny.width = '400';
      tiny.height = '80';
    });
    for (const id of ['hidden', 'tiny']) {
      expect((await settledHighlights(frame(id), 1, { firstPass: false })).agency, id).toEqual([
        '工业和信息化部',
      ]);
    }
    await page.close();
  });

  it('registers the mentions under the contract highlight names, with the page text of each range', async () => {
    const page = await session.openPage('policy-zh-hans.html');
    const h = await firefoxSettledHighlights(page, 6);
    expect(h.agency).toEqual(expect.arrayContaining(['工业和信息化部', '市场监管总局']));
    expect(h.topic).toEqual(expect.arrayContaining(['集成电路', '6G', 'IPv6', '产品碳足迹', '烟花爆竹']));
    expect(h.standard).toEqual(['GB/T 24001—2016']);
    // The page DOM is not modified: the split term is still split, nothing wraps it.
    expect(await page.evaluate(() => document.querySelector('#split')!.innerHTML)).toBe(
      '开展产品<b>碳</b>足迹核算，推进住宅适老化改造。',
    );
    // Not inside the editable area or the text box.
    const all = [...h.agency, ...h.topic, ...h.standard].join('|');
    expect(all).not.toContain('编辑区');
    await page.close();
  });

  // Issue 15: the page's later changes are scanned by the background too (lib/dom/follow-changes).
  it('highlights a paragraph the page adds later', async () => {
    const page = await session.openPage('policy-zh-hans.html');
    await firefoxSettledHighlights(page, 6);
    await appendParagraph(probe(page), 'added', '网联车路测与碳足迹核算同步推进。');
    await expect
      .poll(() => topicsInside(probe(page), 'added'), { timeout: 10_000 })
      .toEqual(['碳足迹核算', '网联车']);
    await page.close();
  });

  it('opens the card on hover with the plan item and its sentence; the page cannot read it', async () => {
    const page = await session.openPage('policy-zh-hans.html');
    await firefoxSettledHighlights(page, 6);
    const p = await firefoxPointOf(page, '#fireworks', '烟花爆竹');
    await page.mouse.move(p.x, p.y);
    const card = await waitForFirefoxCard(page);
    expect(card.mode).toBe('closed');
    expect(card.name).toBe('烟花爆竹');
    const text = card.texts.join('|');
    expect(text).toContain('(十八)');
    expect(text).toContain('实施公共安全标准化筑底工程');
    expect(text).toContain('市场监管总局');
    expect(text).toContain('应急管理部');
    // What a page script gets: the element, no root — and no exception for touching it.
    const seen = await page.evaluate(() => {
      const host = document.querySelector('standards-lens-card');
      try {
        return { root: host?.shadowRoot ?? null, name: host?.localName, threw: '' };
      } catch (e) {
        return { root: null, name: undefined, threw: String(e) };
      }
    });
    expect(seen).toEqual({ root: null, name: 'standards-lens-card', threw: '' });
    await page.close();
  });

  it('saves a selection with Alt+Shift+S, paints it, and the clip library lists and finds it', async () => {
    const QUOTE = '加快开展产品碳足迹核算标准研制，工业和信息化部会同有关部门推进重点产品碳足迹标准制定。';
    const page = await session.openPage('clip-policy.html');
    await firefoxSettledHighlights(page);
    await dragSelect(
      probe(page),
      { selector: '#p2', text: '加快开展' },
      { selector: '#p2', text: '标准制定。' },
    );
    expect(await page.evaluate(() => getSelection()!.toString().trim())).toBe(QUOTE);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('S');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.waitForFunction(() => (CSS.highlights.get('standards-lens-clip')?.size ?? 0) > 0);
    expect(await clipHighlightTexts(probe(page))).toEqual([QUOTE]);

    const library = await session.openExtensionPage('clips.html');
    const [clip] = (await readClips(probe(library))).filter((c) => c.quote === QUOTE);
    expect(clip).toMatchObject({ url: `${TEST_ORIGIN}/clip-policy.html`, site: 'www.example.gov.cn' });
    await library.waitForSelector(`article[data-clip-id="${clip!.id}"]`);
    // Found again through the library's search box.
    await library.type('input[type=search]', '碳足迹核算');
    await library.waitForFunction(
      (id) => {
        const shown = [...document.querySelectorAll('article[data-clip-id]')];
        return shown.length === 1 && shown[0]!.getAttribute('data-clip-id') === id;
      },
      {},
      clip!.id,
    );
    // Reloaded, the page finds the clip again and paints it.
    await page.reload();
    await page.waitForFunction(() => (CSS.highlights.get('standards-lens-clip')?.size ?? 0) > 0);
    expect(await clipHighlightTexts(probe(page))).toEqual([QUOTE]);
    await page.close();
    await library.close();
  });
});
