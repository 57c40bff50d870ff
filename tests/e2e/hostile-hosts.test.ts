/**
 * Hostile pages, part 1 (issue 14): the page defines `standards-lens-card` / `standards-lens-toast` as
 * its own custom elements — before the content script ran or after the card opened — and its
 * constructor calls `attachInternals()`, whose `shadowRoot` returns even a closed root when that root
 * was attached to a custom element. The page's script (tests/fixtures/pages/hostile-host.html) records
 * every text it reads from inside a host; it must read nothing, while the card and the toast still
 * open (read through Chromium's accessibility tree, as a screen reader would).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dragSelect, waitForToast } from '../support/clip-probes';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { firstPassDone } from '../support/first-pass';
import { pointOf, waitForCard, waitForNoCard } from '../support/page-probes';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

interface PageRead {
  seen: string[];
  upgraded: string[];
  internals: number;
}
const readByPage = (page: Page) =>
  page.evaluate(() => (window as unknown as { __read(): PageRead }).__read());
const defineNow = (page: Page) => page.evaluate(() => (window as unknown as { __define(): void }).__define());

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${TEST_ORIGIN}/hostile-host.html?${query}`);
  await firstPassDone(page);
  return { page, errors };
}

async function hoverCard(page: Page, term = '碳足迹') {
  const p = await pointOf(page, '#p1', term);
  await page.mouse.move(p.x, p.y);
  return waitForCard(session.context, page);
}

describe('a page that owns the card’s tag name', () => {
  for (const mode of ['internals', 'throws', 'shadow'] as const) {
    it(`defined before the content script ran (constructor: ${mode}) reads nothing, and the card opens`, async () => {
      const { page, errors } = await open(`when=before&mode=${mode}`);
      const card = await hoverCard(page);
      expect(card.name).toBe('碳足迹');
      expect(card.texts.join('|')).toContain('(九)');
      const read = await readByPage(page);
      // The attack ran: the page's constructor took the card's element and got its internals …
      expect(read.upgraded).toContain('standards-lens-card');
      expect(read.internals).toBeGreaterThan(0);
      // … and read nothing through them.
      expect(read.seen).toEqual([]);
      // The page's own constructor failing is the page's error, not the extension's.
      if (mode === 'internals') expect(errors).toEqual([]);
      // Closed and opened again: still the extension's card, still unread.
      await page.mouse.move(5, 880);
      await waitForNoCard(session.context, page);
      expect((await hoverCard(page, '工业和信息化部')).name).toBe('工业和信息化部');
      expect((await readByPage(page)).seen).toEqual([]);
      await page.close();
    });
  }

  it('defined while the card is open (an upgrade of the live element) reads nothing, and the card reopens', async () => {
    const { page, errors } = await open('when=later&mode=internals');
    await hoverCard(page);
    await defineNow(page);
    const read = await readByPage(page);
    expect(read.upgraded).toContain('standards-lens-card');
    expect(read.seen).toEqual([]);
    await page.mouse.move(5, 880);
    await waitForNoCard(session.context, page);
    expect((await hoverCard(page, '工业和信息化部')).name).toBe('工业和信息化部');
    expect((await readByPage(page)).seen).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a page that owns the clip toast’s tag name', () => {
  for (const when of ['before', 'later'] as const) {
    it(`defined ${when} reads nothing of the toast, which still says "saved"`, async () => {
      const { page, errors } = await open(`when=${when}&mode=internals`);
      if (when === 'later') await defineNow(page);
      await dragSelect(page, { selector: '#p2', text: '企业' }, { selector: '#p2', text: '核算。' });
      await page.keyboard.press('Alt+Shift+S');
      const toast = await waitForToast(session.context, page, '标准透镜摘录', '已保存摘录');
      expect(toast).toEqual(expect.arrayContaining(['添加备注', '撤销']));
      const read = await readByPage(page);
      expect(read.upgraded).toContain('standards-lens-toast');
      expect(read.seen).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
