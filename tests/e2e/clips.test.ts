/**
 * Clips in the real browser with the built extension (issue 9): a reader selects text and presses
 * Alt+Shift+S, the toast confirms once the database committed, the clip is painted and stored with its
 * selectors, page facts and mentions; a reload finds it again, and after the site edits the page it is
 * `changed` or `missing`. Page scripts cannot trigger a save, and a stopped service worker loses nothing.
 */
import type { Page } from 'playwright-core';
import type { Clip } from '../../lib/clips/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickAxButton,
  clipHighlightTexts,
  dragSelect,
  liveWorker,
  openExtensionPage,
  readClips,
  waitForClips,
  waitForToast,
} from '../support/clip-probes';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { pointOf, waitForCard } from '../support/page-probes';
import { firstPassDone } from '../support/first-pass';

/** The slice of the extension API these tests call inside the service worker. */
declare const chrome: {
  tabs: {
    query(q: { url?: string; title?: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

const URL = `${TEST_ORIGIN}/clip-policy.html`;
const TOAST = '标准透镜摘录';
const P2_QUOTE = '加快开展产品碳足迹核算标准研制，工业和信息化部会同有关部门推进重点产品碳足迹标准制定。';

let session: ExtensionSession;
let ext: Page;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
  ext = await openExtensionPage(session);
});
afterAll(async () => {
  await session?.close();
});

async function openPolicy(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(URL);
  await firstPassDone(page);
  return page;
}

const byQuote = (quote: string) => (clips: Clip[]) => clips.filter((c) => c.quote === quote);

/** Waits for the toast to say "saved" and hides nothing: the answer came after the commit. */
const saved = (page: Page) => waitForToast(session.context, page, TOAST, '已保存摘录');

describe('taking a clip', () => {
  it('select across inline markup → Alt+Shift+S → "Saved" → stored with selectors, facts and mentions', async () => {
    const page = await openPolicy();
    await dragSelect(page, { selector: '#p2', text: '加快开展' }, { selector: '#p2', text: '标准制定。' });
    expect(await page.evaluate(() => getSelection()!.toString().trim())).toBe(P2_QUOTE);
    await page.keyboard.press('Alt+Shift+S');
    const toast = await saved(page);
    expect(toast).toEqual(expect.arrayContaining(['添加备注', '撤销']));
    // "Saved" means committed: the clip is in the database now, with no wait.
    const clip = byQuote(P2_QUOTE)(await readClips(ext))[0]!;
    expect(clip).toBeDefined();
    expect(clip.url).toBe(URL);
    expect(clip.normalizedUrl).toBe(URL);
    expect(clip.site).toBe('www.example.gov.cn');
    expect(clip.id).toMatch(/^[0-9a-f-]{36}$/);
    const [quoteSel, positionSel] = clip.selectors;
    expect(quoteSel).toMatchObject({ type: 'TextQuoteSelector', exact: P2_QUOTE });
    expect(quoteSel.prefix.endsWith('为贯彻落实《国家标准化发展纲要》，')).toBe(true);
    expect(quoteSel.suffix.trimStart().startsWith('企业可参照')).toBe(true);
    expect(positionSel.type).toBe('TextPositionSelector');
    expect(positionSel.end - positionSel.start).toBe(P2_QUOTE.length);
    expect(clip.textFragment).toContain('#:~:text=');
    expect(clip.facts).toMatchObject({
      title: '市场监管总局关于推进产品碳足迹标准体系建设的通知',
      publisher: '市场监管总局',
      docNumber: '国市监标技发〔2024〕23号',
      writtenDate: '2024-03-12',
      publishedDate: '2024-03-18',
      indexNo: '000014349/2024-00123',
    });
    expect(clip.facts.keywords).toEqual(['碳足迹', '标准体系', '市场监管']);
    const mentions = clip.mentions.map((m) => `${m.kind}:${P2_QUOTE.slice(m.start, m.end)}`);
    expect(mentions).toEqual(['topic:产品碳足迹', 'agency:工业和信息化部', 'topic:产品碳足迹']);
    expect(clip.mentions.every((m) => Array.isArray(m.items) && m.items.length > 0)).toBe(true);
    expect(await clipHighlightTexts(page)).toEqual([P2_QUOTE]);
    await page.close();
  });

  it('reload → the clip is found where it was, painted again, and the check is written back', async () => {
    const before = Date.now();
    const page = await openPolicy();
    await page.waitForFunction(() => (CSS.highlights.get('standards-lens-clip')?.size ?? 0) > 0);
    expect(await clipHighlightTexts(page)).toEqual([P2_QUOTE]);
    const [clip] = byQuote(P2_QUOTE)(
      await waitForClips(ext, (c) => byQuote(P2_QUOTE)(c).some((x) => Number(x.checkedAt) >= before)),
    );
    expect(clip!.status).toBe('found');
    await page.close();
  });

  it('takes selections across blocks and inside an open shadow root as the reader sees them', async () => {
    const page = await openPolicy();
    await dragSelect(page, { selector: '#p3', text: '鼓励开展' }, { selector: '#p4', text: '宣传解读' });
    await page.keyboard.press('Alt+Shift+S');
    await saved(page);
    await page.keyboard.press('Escape');
    await dragSelect(
      page,
      { selector: '#in-shadow', text: '推进充电桩', shadowHost: '#shadow-host' },
      { selector: '#in-shadow', text: '标准化建设', shadowHost: '#shadow-host' },
    );
    await page.keyboard.press('Alt+Shift+S');
    await saved(page);
    const clips = await readClips(ext);
    expect(byQuote('鼓励开展住宅适老化改造标准试点。\n各地要加强宣传解读')(clips)).toHaveLength(1);
    const shadow = byQuote('推进充电桩标准化建设')(clips);
    expect(shadow).toHaveLength(1);
    expect(shadow[0]!.mentions.map((m) => m.kind)).toContain('topic');
    await page.close();
  });

  it('takes a selection inside a same-origin frame, as a clip of the framed page', async () => {
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/frame-host.html`);
    const frame = page.frames().find((f) => f.url().endsWith('/frame-child.html'))!;
    await firstPassDone(frame);
    // A real drag inside the frame: its box offsets the frame's own coordinates.
    const box = (await (await frame.frameElement()).boundingBox())!;
    const edge = (text: string, atEnd: boolean) =>
      frame.evaluate(
        ({ text, atEnd }) => {
          const node = document.querySelector('p')!.firstChild as Text;
          const at = node.data.indexOf(text) + (atEnd ? text.length - 1 : 0);
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const r = range.getBoundingClientRect();
          return { x: atEnd ? r.right - 1 : r.left + 1, y: r.top + r.height / 2 };
        },
        { text, atEnd },
      );
    const a = await edge('发展', false);
    const b = await edge('储能。', true);
    await page.mouse.move(box.x + a.x, box.y + a.y);
    await page.mouse.down();
    await page.mouse.move(box.x + b.x, box.y + b.y, { steps: 5 });
    await page.mouse.up();
    expect(await frame.evaluate(() => getSelection()!.toString())).toBe('发展氢能和新型储能。');
    await page.keyboard.press('Alt+Shift+S');
    await saved(page); // the frame's toast
    const [clip] = byQuote('发展氢能和新型储能。')(await readClips(ext));
    expect(clip!.url).toBe(`${TEST_ORIGIN}/frame-child.html`);
    expect(clip!.mentions.map((m) => m.kind)).toContain('topic');
    await page.close();
  });

  it('an empty selection or one in a text field gets a message, and nothing is saved', async () => {
    const page = await openPolicy();
    const count = (await readClips(ext)).length;
    await page.mouse.click(5, 5); // no selection
    await page.keyboard.press('Alt+Shift+S');
    await waitForToast(session.context, page, TOAST, '请先选中要摘录的文字');
    await page.click('#notes');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Alt+Shift+S');
    await waitForToast(session.context, page, TOAST, '输入框和可编辑区域中的文字不能摘录');
    expect(await readClips(ext)).toHaveLength(count);
    await page.close();
  });

  it('ignores Alt+Shift+S dispatched by a page script', async () => {
    const page = await openPolicy();
    const count = (await readClips(ext)).length;
    const forged = '持续推进6G、IPv6等新一代信息技术标准研究，强化标准实施效果评估。';
    await page.evaluate(() => {
      getSelection()!.selectAllChildren(document.getElementById('p5')!);
      const init = { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true, composed: true };
      document.dispatchEvent(new KeyboardEvent('keydown', init));
      document.getElementById('p5')!.dispatchEvent(new KeyboardEvent('keydown', init));
    });
    // The content script handles save requests one after another, in order: once the reader's own
    // Alt+Shift+S that follows is saved, a forged request before it would have been saved too.
    await dragSelect(page, { selector: '#p1', text: '各省' }, { selector: '#p1', text: '（厅、委）：' });
    await page.keyboard.press('Alt+Shift+S');
    await saved(page);
    const clips = await readClips(ext);
    expect(byQuote(forged)(clips)).toHaveLength(0);
    expect(clips).toHaveLength(count + 1);
    expect(await clipHighlightTexts(page)).not.toContain(forged);
    await page.close();
  });

  it('a service worker stopped around the key press loses nothing and saves the clip once', async () => {
    const page = await openPolicy();
    const cdp = await session.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    const quote = '各地要加强宣传解读，及时总结推广标准化工作的好经验好做法。';
    // Stopped before the press: the message wakes it.
    await cdp.send('ServiceWorker.stopAllWorkers');
    await dragSelect(page, { selector: '#p4', text: '各地要' }, { selector: '#p4', text: '好做法。' });
    await page.keyboard.press('Alt+Shift+S');
    await saved(page);
    expect(byQuote(quote)(await readClips(ext))).toHaveLength(1);
    // Stopped right after the press, while the save is in flight: the content script retries the same id.
    await page.keyboard.press('Escape');
    await dragSelect(page, { selector: '#p6', text: '本通知' }, { selector: '#p6', text: '施行。' });
    await page.keyboard.press('Alt+Shift+S');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await saved(page);
    const clips = await readClips(ext);
    expect(byQuote('本通知自印发之日起施行。')(clips)).toHaveLength(1);
    expect(byQuote(quote)(clips)).toHaveLength(1);
    await cdp.detach();
    await page.close();
  });

  it("the card's Save clip button saves the sentence that holds the mention", async () => {
    const page = await openPolicy();
    const p = await pointOf(page, '#p3', 'GB/T 24001-2016');
    await page.mouse.move(p.x, p.y);
    await waitForCard(session.context, page);
    await clickAxButton(session.context, page, '保存摘录');
    await saved(page);
    const sentence = '企业可参照 GB/T 24001-2016 建立环境管理体系，鼓励开展住宅适老化改造标准试点。';
    const [clip] = byQuote(sentence)(await readClips(ext));
    expect(clip!.mentions.map((m) => m.kind)).toEqual(expect.arrayContaining(['standard', 'topic']));
    await page.close();
  });

  it('the context menu and the command ask the tab to save its selection (background → content)', async () => {
    const page = await openPolicy();
    await dragSelect(page, { selector: '#p5', text: '持续推进' }, { selector: '#p5', text: '标准研究' });
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(
      '持续推进6G、IPv6等新一代信息技术标准研究',
    );
    const worker = await liveWorker(session, ext);
    await page.evaluate(() => (document.title = 'context-menu-test'));
    const answer = await worker.evaluate(async (title) => {
      // By title: another test's tab may still show the same URL.
      const [tab] = await chrome.tabs.query({ title });
      return chrome.tabs.sendMessage(tab!.id!, {
        channel: 'standards-lens/background-to-content',
        type: 'saveSelection',
        payload: {},
      });
    }, 'context-menu-test');
    expect(answer).toEqual({ ok: true, value: { saved: true } });
    expect(byQuote('持续推进6G、IPv6等新一代信息技术标准研究')(await readClips(ext))).toHaveLength(1);
    await page.close();
  });
});

describe('finding clips after the site edited the page', () => {
  async function serveEdited(page: Page, edit: (html: string) => string) {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync('tests/fixtures/pages/clip-policy.html', 'utf8');
    await page.route(URL, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: edit(html) }),
    );
  }

  it('a reworded passage is `changed` (the current text is kept); a removed one is `missing`', async () => {
    const page = await session.context.newPage();
    await serveEdited(page, (html) =>
      html
        .replace('推进重点产品碳足迹标准制定', '推进重点产品碳足迹标准的制定')
        .replace(/<p id="p6">.*?<\/p>/, ''),
    );
    const before = Date.now();
    await page.goto(URL);
    await firstPassDone(page);
    const fresh = (c: Clip) => Number(c.checkedAt) >= before;
    const clips = await waitForClips(ext, (all) => {
      const p2 = byQuote(P2_QUOTE)(all);
      const p6 = byQuote('本通知自印发之日起施行。')(all);
      return p2.length === 1 && p6.length === 1 && fresh(p2[0]!) && fresh(p6[0]!);
    });
    const [p2] = byQuote(P2_QUOTE)(clips);
    expect(p2!.status).toBe('changed');
    expect(p2!.current).toContain('推进重点产品碳足迹标准的制定');
    const [p6] = byQuote('本通知自印发之日起施行。')(clips);
    expect(p6!.status).toBe('missing');
    // The changed clip is painted where its text now is; the missing one nowhere.
    const painted = await clipHighlightTexts(page);
    expect(painted).toContain(p2!.current);
    expect(painted.join('')).not.toContain('本通知自印发之日起施行');
    await page.close();
  });

  it('a passage moved elsewhere on the page is `moved`, and painted where it now is', async () => {
    const page = await session.context.newPage();
    // p4 moves to the top of the text.
    await serveEdited(page, (html) => {
      const p4 = html.match(/<p id="p4">.*?<\/p>/)![0];
      return html.replace(p4, '').replace('<div id="text">', `<div id="text">${p4}`);
    });
    const before = Date.now();
    await page.goto(URL);
    await firstPassDone(page);
    const quote = '各地要加强宣传解读，及时总结推广标准化工作的好经验好做法。';
    const clips = await waitForClips(ext, (all) =>
      byQuote(quote)(all).some((c) => Number(c.checkedAt) >= before),
    );
    expect(byQuote(quote)(clips)[0]!.status).toBe('moved');
    expect(await clipHighlightTexts(page)).toContain(quote);
    await page.close();
  });
});
