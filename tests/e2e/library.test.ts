/**
 * The clip library in the built extension (issue 11): clips written into the database are listed as
 * articles, newest first; a Chinese two-character query and an English query find the right ones;
 * filters read from the URL and the evidence grid agree with the data; delete and Undo round-trip
 * through the background.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClipDb, type ClipDb } from '../../bench/anchoring-db';
import { clipItems, matchesFilter, NO_FILTER, agencyItemSets } from '../../lib/clips/library/filters';
import { libraryKnowledge } from '../../lib/clips/library/knowledge';
import { launchWithExtension, type ExtensionSession } from '../support/extension';
import { libraryWithNeedles } from '../support/library-clips';
import { bundledKnowledge } from '../db/bundled-knowledge';

const N = 300;
const lib = libraryWithNeedles(N);
const agencyItems = agencyItemSets(libraryKnowledge(bundledKnowledge()));

let session: ExtensionSession;
let db: ClipDb;
let page: Page;
let base: string;

beforeAll(async () => {
  session = await launchWithExtension({ locale: 'en' });
  db = await openClipDb(session);
  await db.replace(lib.clips);
  base = `chrome-extension://${session.extensionId}/clips.html`;
  page = await session.context.newPage();
}, 60_000);
afterAll(async () => {
  await db?.close();
  await session?.close();
});

/** The ids of the articles shown (the list is windowed: only those near the viewport). */
const shownIds = () =>
  page.$$eval('article[data-clip-id]', (els) => els.map((el) => el.getAttribute('data-clip-id')!));
/** "N of M clips shown" → N. */
async function shownCount(): Promise<number> {
  const text = (await page.locator('#library-count').textContent()) ?? '';
  return Number(/(\d+) of/.exec(text)?.[1] ?? NaN);
}
async function search(query: string) {
  await page.locator('input[type=search]').first().fill(query);
}

describe('clip library page', () => {
  it('lists the stored clips as articles, newest first, with their status', async () => {
    await page.goto(base);
    await page.waitForFunction(
      (n) =>
        /\b(\d+) of (\d+)/.exec(document.getElementById('library-count')?.textContent ?? '')?.[2] ===
        String(n),
      N,
    );
    const ids = await shownIds();
    const newest = [...lib.clips].sort((a, b) => b.created - a.created);
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.length).toBeLessThan(N);
    expect(ids.slice(0, 3)).toEqual(newest.slice(0, 3).map((c) => c.id));
    const status = await page.getAttribute(`article[data-clip-id="${ids[0]}"]`, 'data-clip-status');
    expect(status).toBe(newest[0]!.status);
  });

  it('a Chinese two-character query and English queries find the right clips', async () => {
    await search('鲲鹏');
    await expect.poll(shownIds).toEqual([lib.kunpeng.id]);
    await search('carbon footprint');
    await expect.poll(shownIds).toEqual([lib.footprint.id]);
    await search('工信部');
    await expect.poll(shownIds).toEqual([lib.miit.id]);
    expect(page.url()).toContain('q=');
    await search('');
    await expect.poll(shownCount).toBe(N);
  });

  it('the item grid counts agree with the data, and clicking filters', async () => {
    const cells = await page.$$eval('[data-library-item]', (els) =>
      els.map((el) => [Number(el.getAttribute('data-library-item')), Number(el.getAttribute('data-count'))]),
    );
    expect(cells.length).toBeGreaterThanOrEqual(35);
    for (const [no, count] of cells) {
      expect(count).toBe(lib.clips.filter((c) => clipItems(c).includes(no!)).length);
    }
    const [no, count] = cells.find(([, c]) => c! > 0)!;
    await page.locator(`[data-library-item="${no}"]`).click();
    await expect.poll(shownCount).toBe(count);
    expect(new URL(page.url()).searchParams.getAll('item')).toEqual([String(no)]);
    const untouched = cells.filter(([, c]) => c === 0).map(([n]) => n);
    for (const n of untouched) {
      expect(await page.locator(`[data-library-item="${n}"][data-untouched]`).count()).toBe(1);
    }
  });

  it('filters are read back from the URL and combine', async () => {
    const filter = { ...NO_FILTER, agency: ['samr'], status: ['found' as const], site: ['www.gov.cn'] };
    await page.goto(`${base}?agency=samr&status=found&site=www.gov.cn`);
    const expected = lib.clips.filter((c) => matchesFilter(c, filter, agencyItems)).length;
    expect(expected).toBeGreaterThan(0);
    await expect.poll(shownCount).toBe(expected);
    expect(await page.locator('select[data-filter="status"]').inputValue()).toBe('found');
  });

  it('delete and Undo go through the background', async () => {
    await page.goto(base);
    await expect.poll(shownCount).toBe(N);
    const [first] = await shownIds();
    await page.locator(`article[data-clip-id="${first}"] button.delete`).click();
    await expect.poll(shownCount).toBe(N - 1);
    expect((await db.states()).length).toBe(N - 1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(shownCount).toBe(N);
    expect((await db.states()).length).toBe(N);
    expect((await shownIds())[0]).toBe(first);
  });
});

describe('clip library by keyboard only', () => {
  /** Presses Tab until `selector` has focus (at most `max` times). */
  async function tabTo(selector: string, max = 200) {
    for (let i = 0; i < max; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('search, the item grid, a note and a delete with Undo, without a pointer', async () => {
    await page.goto(base);
    await expect.poll(shownCount).toBe(N);
    await tabTo('input[type=search]');
    await page.keyboard.type('鲲鹏');
    await expect.poll(shownIds).toEqual([lib.kunpeng.id]);
    await tabTo(`article[data-clip-id="${lib.kunpeng.id}"] textarea`);
    await page.keyboard.type('keyboard note');
    await page.keyboard.press('Tab'); // leaving the field commits it
    await expect
      .poll(async () => (await db.notes()).get(lib.kunpeng.id))
      .toBe(`${lib.kunpeng.note}keyboard note`);
    await tabTo(`article[data-clip-id="${lib.kunpeng.id}"] button.delete`);
    await page.keyboard.press('Enter');
    await expect.poll(shownIds).toEqual([]);
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.closest('.undo'))); i++) {
      await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.press('Enter');
    await expect.poll(shownIds).toEqual([lib.kunpeng.id]);
    await page.keyboard.press('Shift+Tab');
    await tabTo('input[type=search]');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await tabTo('[data-library-item="9"]');
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('item')).toEqual(['9']);
  });
});
