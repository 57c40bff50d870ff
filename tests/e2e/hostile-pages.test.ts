/**
 * Hostile pages, the page's own machinery (issue 14): built-ins replaced before the content script
 * runs, a 10,000-deep DOM, one 2 MB text block, frames of every kind, SVG text, RTL text, `<br>`-split
 * terms and contenteditable. On each: no exception escapes (page errors and console errors are
 * collected), and the highlights are where they are expected — written here by hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dragSelect, waitForToast } from '../support/clip-probes';
import { realRegistryTexts } from '../support/page-watch';
import { FIXTURE_DIR, launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { firstPassDone } from '../support/first-pass';
import { highlightedTexts, pointOf, waitForCard } from '../support/page-probes';

/** A second government origin, so a frame can be cross-origin and still a default site. */
const SUB_ORIGIN = 'https://sub.example.gov.cn';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
  await session.context.route(`${SUB_ORIGIN}/**`, (route) => {
    const file = join(FIXTURE_DIR, new URL(route.request().url()).pathname);
    if (!file.startsWith(FIXTURE_DIR) || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ status: 200, body: readFileSync(file), contentType: 'text/html; charset=utf-8' });
  });
});
afterAll(async () => {
  await session?.close();
});

/** Opens a fixture and collects every uncaught exception and console error of the page and its frames. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${TEST_ORIGIN}/${path}`);
  await firstPassDone(page);
  return { page, errors };
}

describe('built-ins replaced by the page before the content script runs', () => {
  it('leave annotation, the card and clipping working, and are never called by the extension', async () => {
    const { page, errors } = await open('hostile-tamper.html');
    // The page's `CSS.highlights` is a fake now: read the registry through the reference it kept.
    const texts = await page.evaluate(realRegistryTexts);
    expect(texts).toEqual({
      topic: ['产品碳足迹', '产品碳足迹'],
      agency: ['工业和信息化部'],
      standard: ['GB/T 24001-2016'],
    });
    const p = await pointOf(page, '#p1', '工业和信息化部');
    await page.mouse.move(p.x, p.y);
    expect((await waitForCard(session.context, page)).name).toBe('工业和信息化部');
    await page.mouse.move(5, 880);
    await dragSelect(page, { selector: '#p2', text: '企业' }, { selector: '#p2', text: '体系。' });
    await page.keyboard.press('Alt+Shift+S');
    await waitForToast(session.context, page, '标准透镜摘录', '已保存摘录');
    expect(
      await page.evaluate(() => (window as unknown as { __leaks: { count: number } }).__leaks.count),
    ).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('odd structures', () => {
  it('a 10,000-deep (hidden) and a 2,000-deep (rendered) DOM, RTL and bidi text, inline-split, <br>-split, SVG and contenteditable text', async () => {
    const { page, errors } = await open('hostile-structures.html');
    const texts = await highlightedTexts(page);
    const where = await page.evaluate(() => {
      const out: Record<string, string> = {};
      for (const kind of ['topic', 'agency', 'standard']) {
        for (const r of (CSS.highlights.get(`standards-lens-${kind}`) ??
          []) as unknown as Iterable<AbstractRange>) {
          const el = r.startContainer.parentElement!;
          const id = el.closest('[id]')?.id ?? el.localName;
          out[id] =
            (out[id] ?? '') + `${kind}:${r.startContainer.textContent!.slice(r.startOffset, r.endOffset)} `;
        }
      }
      return out;
    });
    // Highlighted: the RTL paragraph, the bidi-embedded agency, the term split over inline elements
    // and the bottom of the 2,000-deep chain. Not highlighted, by design: a term broken by <br> (two
    // lines), SVG text, text being edited (contenteditable) and the hidden 10,000-deep chain.
    expect(where).toEqual({
      rtl: 'topic:碳足迹 ',
      bidi: 'agency:工业和信息化部 ',
      inline: 'topic:碳 ', // the range starts in 碳 and ends after 迹, two elements later
      deep: 'agency:工业和信息化部 ',
    });
    expect(texts).toEqual({
      topic: ['碳足迹', '碳足迹'],
      agency: ['工业和信息化部', '工业和信息化部'],
      standard: [],
    });
    // A card opens from inside RTL text.
    const p = await pointOf(page, '#rtl', '碳足迹');
    await page.mouse.move(p.x, p.y);
    expect((await waitForCard(session.context, page)).name).toBe('碳足迹');
    await page.mouse.move(5, 880);
    // Typing in the editable region, and the page rewriting the deep chain's bottom: mutations the
    // observer reads again, without an exception.
    await page.click('#edit');
    await page.keyboard.type('工业和信息化部');
    await page.evaluate(() => {
      let at: Element = document.getElementById('deep')!;
      while (at.firstElementChild) at = at.firstElementChild;
      at.textContent = '最深处的碳足迹';
    });
    await expect
      .poll(async () => (await highlightedTexts(page)).topic, { timeout: 10_000 })
      .toEqual(['碳足迹', '碳足迹', '碳足迹']);
    expect((await highlightedTexts(page)).agency).toEqual(['工业和信息化部']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('one 2 MB text block', async () => {
    const { page, errors } = await open('hostile-big.html');
    const texts = await highlightedTexts(page);
    const terms = await page.evaluate(() => (window as unknown as { __terms: number }).__terms);
    // Every one of the 2,097 terms in the one text node is highlighted, and nothing escaped.
    expect(terms).toBe(2097);
    expect(texts.topic).toHaveLength(terms);
    expect(new Set(texts.topic)).toEqual(new Set(['产品碳足迹']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('frames: same-origin, cross-origin, sandboxed and srcdoc', async () => {
    const { page, errors } = await open('hostile-frames.html');
    const frame = (id: string) => page.frames().find((f) => f.url().endsWith(`?${id}`))!;
    // Annotated: every frame on a government origin, sandboxed or not (a sandbox binds the page's
    // scripts, not the extension's). Not: a frame on another site (not enabled there) and the srcdoc
    // frame (about:srcdoc matches no site).
    for (const id of ['same', 'cross-gov', 'sandboxed', 'sandboxed-scripts']) {
      await firstPassDone(frame(id));
      expect((await highlightedTexts(frame(id))).agency, id).toEqual(['工业和信息化部']);
    }
    expect((await highlightedTexts(page)).topic).toEqual(['碳足迹']);
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    for (const quiet of [frame('cross-other'), srcdoc]) {
      expect(await quiet.evaluate(() => document.readyState)).toBe('complete');
      expect(await highlightedTexts(quiet)).toEqual({ topic: [], agency: [], standard: [] });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
