import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { pointOf, readCard, settledHighlights, waitForCard, waitForNoCard } from '../support/page-probes';
import { readClosedRoot } from '../support/shadow-dom';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
  mkdirSync('.output/test-artifacts', { recursive: true });
});
afterAll(async () => {
  await session?.close();
});

async function open(path: string) {
  const page = await session.context.newPage();
  await page.goto(`${TEST_ORIGIN}/${path}`);
  await settledHighlights(page);
  return page;
}

/** The names listed after `heading` and before the next of `stops` in the card's reading order. */
function section(texts: string[], heading: string, stops: string[]): string[] {
  const start = texts.findIndex((t) => t.startsWith(heading));
  if (start < 0) return [];
  const rest = texts.slice(start + 1);
  const end = rest.findIndex((t) => stops.some((s) => t.startsWith(s)));
  return end < 0 ? rest : rest.slice(0, end);
}

describe('the hover card', () => {
  it('opens on hover over the item-18 sentence about 烟花爆竹 with 市场监管总局 and 应急管理部 leading', async () => {
    const page = await open('policy-zh-hans.html');
    const p = await pointOf(page, '#fireworks', '烟花爆竹');
    await page.mouse.move(p.x, p.y);
    const card = await waitForCard(session.context, page);
    await page.screenshot({ path: '.output/test-artifacts/card-fireworks.png' });
    expect(card.name).toBe('烟花爆竹');
    expect(card.texts.join('|')).toContain('(十八)');
    const leads = section(card.texts, '牵头部门', ['按职责分工负责', '同时', '量化', '相关']);
    expect(leads.join('|')).toContain('市场监管总局');
    expect(leads.join('|')).toContain('应急管理部');
    await page.close();
  });

  it('shows an agency card with the items it leads', async () => {
    const page = await open('policy-zh-hans.html');
    const p = await pointOf(page, '#intro', '工业和信息化部');
    await page.mouse.move(p.x, p.y);
    const card = await waitForCard(session.context, page);
    expect(card.name).toBe('工业和信息化部');
    const leads = section(card.texts, '牵头任务', ['负责任务', '分工负责任务', '配合任务']);
    expect(leads.some((t) => t.startsWith('(一)'))).toBe(true);
    // (九) names no lead: MIIT is among those responsible there, not a partner (配合任务).
    const responsible = section(card.texts, '负责任务（未设牵头部门）', ['分工负责任务', '配合任务']);
    expect(responsible).toContain('(九) 持续健全碳达峰碳中和标准体系');
    expect(card.texts.some((t) => t.startsWith('配合任务'))).toBe(false);
    expect(card.texts).toContain('中华人民共和国工业和信息化部');
    // moving away closes it
    await page.mouse.move(5, 880);
    await waitForNoCard(session.context, page);
    await page.close();
  });

  it('names the eleven agencies of item (九) as responsible — no lead, no partners — once for its two sentences', async () => {
    const page = await open('policy-zh-hans.html');
    const p = await pointOf(page, '#split', '足迹');
    await page.mouse.move(p.x, p.y);
    const card = await waitForCard(session.context, page);
    await page.screenshot({ path: '.output/test-artifacts/card-item9-responsible.png' });
    expect(card.name).toBe('碳足迹');
    expect(card.texts).toContain('(九) 持续健全碳达峰碳中和标准体系');
    // The row is labelled as the bracket says: 按职责分工负责 with no 牵头 → the agencies responsible.
    expect(card.texts.filter((t) => t === '负责部门')).toHaveLength(1); // one block for both sentences
    expect(card.texts.filter((t) => t.startsWith('加快健全') || t.startsWith('鼓励企业'))).toHaveLength(2);
    for (const wrong of ['牵头部门', '配合部门', '按职责分工负责']) expect(card.texts).not.toContain(wrong);
    // Eleven chips with short names on screen, read by their full names (then the short one shown).
    expect(section(card.texts, '负责部门', ['未设牵头部门'])).toEqual([
      '国家发展改革委——发改委',
      '科技部',
      '工业和信息化部——工信部',
      '自然资源部',
      '生态环境部',
      '交通运输部',
      '水利部',
      '农业农村部',
      '市场监管总局（国家标准委）——市场监管总局（标准委）',
      '国家能源局',
      '国家林草局',
    ]);
    expect(card.texts).toContain('未设牵头部门，各部门按职责分工负责。');
    await page.close();
  });

  it('opens an English card on an English page, with English item titles and the Chinese original', async () => {
    const page = await open('policy-en.html');
    const p = await pointOf(page, 'p', 'carbon footprints');
    await page.mouse.move(p.x, p.y);
    const card = await waitForCard(session.context, page);
    await page.screenshot({ path: '.output/test-artifacts/card-english-page.png' });
    // The browser speaks Chinese (locale zh-CN); the page is English, so is the card.
    expect(card.name).toBe('carbon footprint');
    expect(card.texts).toContain(
      '(九) Continuing to improve the standard system for carbon peaking and carbon neutrality',
    );
    expect(card.texts).toContain('Section 3: Improving standardization support for green development');
    expect(card.texts).toContain('Chinese original');
    expect(card.texts).toContain('Responsible');
    expect(section(card.texts, 'Responsible', ['No lead agency'])).toContain(
      'Ministry of Industry and Information Technology — MIIT',
    );
    expect(card.texts.some((t) => /[\u4e00-\u9fff]/.test(t) && t.includes('碳足迹'))).toBe(true); // the quote
    await page.close();
  });

  it('says when the mention is a short form the page defined for itself', async () => {
    const page = await open('policy-zh-hans.html');
    const p = await pointOf(page, '#use', '网联车');
    await page.mouse.move(p.x, p.y);
    const card = await waitForCard(session.context, page);
    expect(card.name).toBe('智能网联汽车');
    expect(card.texts).toContain('“网联车”是本页对“智能网联汽车”的简称。');
    await page.close();
  });

  it('opens from the keyboard, moves focus into the card, and Escape closes it and returns focus', async () => {
    const page = await open('policy-zh-hans.html');
    await page.focus('body');
    await page.keyboard.press('Alt+Shift+KeyN');
    const first = await waitForCard(session.context, page);
    expect(first.name).toBe('工业和信息化部');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(
      'standards-lens-card',
    );
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(async () => (await readCard(session.context, page))?.name).toBe('市场监管总局');
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(async () => (await readCard(session.context, page))?.name).toBe('工业和信息化部');
    await page.keyboard.press('Escape');
    await waitForNoCard(session.context, page);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('body');
    expect(await page.evaluate(() => document.querySelector('standards-lens-card'))).toBeNull();
    await page.close();
  });

  it('wraps around from the first mention to the last with Alt+Shift+P, as find-in-page does', async () => {
    const page = await open('policy-zh-hans.html');
    await settledHighlights(page);
    await page.focus('body');
    await page.keyboard.press('Alt+Shift+KeyN');
    await waitForCard(session.context, page);
    await page.keyboard.press('Alt+Shift+KeyP');
    // The current mark is now on the page's last mention (all ranges sorted by document order).
    await expect
      .poll(() =>
        page.evaluate(() => {
          const all = ['topic', 'agency', 'standard'].flatMap((k) =>
            Array.from(
              (CSS.highlights.get(`standards-lens-${k}`) ?? []) as unknown as Iterable<AbstractRange>,
            ),
          );
          const toRange = (r: AbstractRange) => {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            return range;
          };
          const sorted = all.map(toRange).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
          const current = [
            ...((CSS.highlights.get('standards-lens-current') ?? []) as unknown as Iterable<AbstractRange>),
          ];
          const last = sorted[sorted.length - 1]!;
          return (
            current.length === 1 &&
            toRange(current[0]!).compareBoundaryPoints(Range.START_TO_START, last) === 0
          );
        }),
      )
      .toBe(true);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('keeps its contents out of page scripts (closed shadow root)', async () => {
    const page = await open('policy-zh-hans.html');
    const p = await pointOf(page, '#intro', '集成电路');
    await page.mouse.move(p.x, p.y);
    await waitForCard(session.context, page);
    const seen = await page.evaluate(() => {
      const host = document.querySelector('standards-lens-card');
      return { host: !!host, shadow: host?.shadowRoot ?? null, text: host?.textContent ?? '' };
    });
    expect(seen).toEqual({ host: true, shadow: null, text: '' });
    await page.close();
  });

  it('shows markup found in page text as text, inside its closed root, and never runs it', async () => {
    const page = await open('xss.html');
    // Each standard's title in 《》 is page text the card shows (标准名称): payloads written there.
    for (const [selector, code, title] of [
      ['#t1', 'GB/T 24067-2024', '<img src=x onerror="window.__xss=1">温室气体 产品碳足迹 &amp; 指南'],
      ['#t2', 'GB/T 24001-2016', '<script>window.__xss=2</script>环境管理体系'],
      [
        '#t3',
        'GB/T 36132-2025',
        '<a href="javascript:window.__xss=3">绿色工厂</a><svg onload=window.__xss=4>',
      ],
    ] as const) {
      const p = await pointOf(page, selector, code);
      await page.mouse.move(p.x, p.y);
      const card = await waitForCard(session.context, page);
      // As a reader hears it: the payload is the title, character for character.
      expect(card.texts).toContain(title);
      // Inside the closed root (CDP pierces it): the payload is one text node, and none of its
      // elements or attributes exist.
      const inside = (await readClosedRoot(session.context, page, 'standards-lens-card'))!;
      expect(inside.mode).toBe('closed');
      expect(inside.texts).toContain(title);
      for (const tag of ['img', 'script', 'svg', 'iframe', 'object'])
        expect(inside.elements).not.toContain(tag);
      expect(inside.attributes.filter((a) => /^on/i.test(a))).toEqual([]);
      // The card's only link goes to the standards platform, never to a page-given URL.
      expect(inside.attributes).not.toContain('javascript:window.__xss=3');
      await page.mouse.move(5, 880);
      await waitForNoCard(session.context, page);
    }
    for (const [selector, term] of [
      ['#payload', '碳足迹'],
      ['#payload2', '工信部'],
    ] as const) {
      const p = await pointOf(page, selector, term);
      await page.mouse.move(p.x, p.y);
      await waitForCard(session.context, page);
      await page.mouse.move(5, 880);
      await waitForNoCard(session.context, page);
    }
    // No payload ran (each would have set the flag in the page), and the page grew no element.
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(
      await page.evaluate(() => document.querySelectorAll('body img, body svg, body script').length),
    ).toBe(0);
    await page.close();
  });
});
