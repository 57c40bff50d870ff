import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, OTHER_ORIGIN, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { expectedTexts } from '../support/expected-mentions';
import { settledHighlights, highlightedTexts, waitForCard, waitForNoCard } from '../support/page-probes';
import { firstPassDone, firstPassMentions } from '../support/first-pass';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

async function open(path: string, origin = TEST_ORIGIN) {
  const page = await session.context.newPage();
  await page.goto(`${origin}/${path}`);
  return page;
}

/** A page made in the test: `body` served as `name` on the government origin, and opened. */
async function openHtml(name: string, body: string) {
  const page = await session.context.newPage();
  await page.route(`${TEST_ORIGIN}/${name}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="zh-CN"><body>${body}</body></html>`,
    }),
  );
  await page.goto(`${TEST_ORIGIN}/${name}`);
  return page;
}

describe('highlights on a government page', () => {
  it.each(['policy-zh-hans.html', 'policy-zh-hant.html', 'policy-en.html'])(
    '%s: every mention the matcher finds is highlighted under its contract name',
    async (file) => {
      const page = await open(file);
      const expected = expectedTexts(file);
      const total = expected.topic.length + expected.agency.length + expected.standard.length;
      expect(total).toBeGreaterThan(3);
      expect(await settledHighlights(page, total)).toEqual(expected);
      await page.close();
    },
  );

  it('matches a term split by inline markup, and never reads editable regions', async () => {
    const page = await open('policy-zh-hans.html');
    const got = await settledHighlights(page);
    expect(got.topic).toContain('产品碳足迹');
    expect(got.topic).toContain('集成电路');
    expect(got.agency).toEqual(expect.arrayContaining(['工业和信息化部', '市场监管总局']));
    expect(got.standard).toEqual(['GB/T 24001—2016']);
    // contenteditable and textarea text is left alone
    expect(got.agency).not.toContain('工信部');
    expect(got.topic.filter((t) => t === '6G')).toHaveLength(1);
    await page.close();
  });

  it('carries a short form the page defines into later paragraphs', async () => {
    const page = await open('policy-zh-hans.html');
    await settledHighlights(page);
    const inUse = await page.evaluate(() => {
      const h = CSS.highlights.get('standards-lens-topic')!;
      const use = document.getElementById('use')!;
      return (Array.from(h as unknown as Iterable<AbstractRange>) as AbstractRange[])
        .filter((r) => use.contains(r.startContainer))
        .map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
    });
    expect(inUse).toEqual(['网联车']);
    await page.close();
  });

  it('recognises Traditional and English surfaces', async () => {
    const hant = await open('policy-zh-hant.html');
    expect((await settledHighlights(hant)).topic).toEqual(
      expect.arrayContaining(['碳足跡核算', '智能網聯汽車', '煙花爆竹']),
    );
    const en = await open('policy-en.html');
    const got = await settledHighlights(en);
    expect(got.agency).toEqual(
      expect.arrayContaining(['MIIT', 'Ministry of Industry and Information Technology']),
    );
    expect(got.topic).toEqual(expect.arrayContaining(['carbon footprints', 'age-friendly renovation']));
    expect(got.standard).toEqual(['ISO 14067:2018']);
    expect(JSON.stringify(got)).not.toMatch(/16GB|sack/);
    await hant.close();
    await en.close();
  });

  it('leaves the page DOM exactly as the page made it', async () => {
    const bare = await open('policy-zh-hans.html', OTHER_ORIGIN); // not a default site: no content script
    const annotated = await open('policy-zh-hans.html');
    await settledHighlights(annotated);
    expect(await highlightedTexts(bare)).toEqual({ topic: [], agency: [], standard: [] });
    const html = (p: typeof bare) => p.evaluate(() => document.documentElement.outerHTML);
    expect(await html(annotated)).toBe(await html(bare));
    await bare.close();
    await annotated.close();
  });

  it('follows a dynamic page: added paragraphs are highlighted, removed ones dropped', async () => {
    const page = await open('dynamic.html');
    expect((await settledHighlights(page)).topic).toEqual(['碳足迹']);
    await page.evaluate(() =>
      (window as unknown as { addParagraph(t: string): void }).addParagraph('新增：工信部推进6G。'),
    );
    await expect.poll(async () => (await highlightedTexts(page)).agency).toEqual(['工信部']);
    expect((await highlightedTexts(page)).topic).toEqual(['碳足迹', '6G']);
    await page.evaluate(() => (window as unknown as { removeFirst(): void }).removeFirst());
    await expect.poll(async () => (await highlightedTexts(page)).topic).toEqual(['6G']);
    await page.close();
  });

  it('on a long page paints what is on screen, follows scrolling, and leaves far blocks unpainted', async () => {
    const paragraphs = Array.from(
      { length: 400 },
      (_, i) => `<p id="p${i}">第${i}段：推进产品碳足迹标准。</p>`,
    );
    const page = await openHtml('long.html', paragraphs.join(''));
    await firstPassDone(page);
    // Which paragraphs are painted, and which are on screen (or within half a screen of it).
    const state = () =>
      page.evaluate(() => {
        const ranges = Array.from(
          CSS.highlights.get('standards-lens-topic') as unknown as Iterable<AbstractRange>,
        );
        const painted = ranges.map((r) => Number(r.startContainer.parentElement!.id.slice(1)));
        const near = Array.from(document.querySelectorAll('p'))
          .filter((p) => {
            const r = p.getBoundingClientRect();
            return r.bottom > -innerHeight / 2 && r.top < innerHeight * 1.5;
          })
          .map((p) => Number(p.id.slice(1)));
        return { painted: painted.sort((a, b) => a - b), near };
      });
    const atTop = await state();
    expect(atTop.near.length).toBeGreaterThan(5);
    expect(atTop.painted).toEqual(expect.arrayContaining(atTop.near));
    expect(atTop.painted.length).toBeLessThan(400); // not the whole page
    expect(atTop.painted).not.toContain(399);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await state()).painted).toContain(399);
    const atBottom = await state();
    expect(atBottom.painted).toEqual(expect.arrayContaining(atBottom.near));
    expect(atBottom.painted).not.toContain(0); // far behind: unpainted
    // Every mention is still counted and reachable (the badge's figure comes from the same stats).
    expect(await firstPassMentions(page)).toBe(400);
    await page.close();
  });

  it('paints text that comes into view without a scroll (a tall banner collapsing above it)', async () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `<p id="p${i}">第${i}段：推进氢能标准。</p>`);
    const page = await openHtml(
      'banner.html',
      `<div id="banner" style="height:20000px"></div>${paragraphs.join('')}`,
    );
    await firstPassDone(page);
    const painted = () =>
      page.evaluate(
        () =>
          Array.from((CSS.highlights.get('standards-lens-topic') ?? []) as unknown as Iterable<unknown>)
            .length,
      );
    expect(await painted()).toBe(0); // all 60 are far below the screen
    // A style change: no DOM mutation the observer follows, and no scroll event.
    await page.evaluate(() => (document.getElementById('banner')!.style.height = '0px'));
    await expect.poll(painted).toBeGreaterThan(10);
    await page.close();
  });

  it('reads web components: open shadow trees and the light-DOM text they slot in, as either changes', async () => {
    const page = await openHtml(
      'component.html',
      `<p>前言：推进6G标准。</p>
          <policy-card><p>加快产品碳足迹标准建设。</p><p slot="aside">不在任何插槽里的氢能</p></policy-card>
          <script>
            customElements.define('policy-card', class extends HTMLElement {
              constructor() {
                super();
                this.attachShadow({ mode: 'open' }).innerHTML = '<h3>工业和信息化部</h3><slot></slot>';
              }
            });
          </script>`,
    );
    // Range texts, unsorted: ranges in different trees cannot be compared by boundary points.
    const texts = () =>
      page.evaluate(() =>
        ['topic', 'agency']
          .flatMap((k) =>
            Array.from(
              (CSS.highlights.get(`standards-lens-${k}`) ?? []) as unknown as Iterable<AbstractRange>,
            ).map((r) => `${k}:${(r.startContainer as Text).data.slice(r.startOffset, r.endOffset)}`),
          )
          .sort(),
      );
    await expect.poll(texts).toEqual(['agency:工业和信息化部', 'topic:6G', 'topic:产品碳足迹'].sort());
    // Hovering text inside the shadow tree opens its card (the caret API is handed the shadow root).
    const inShadow = await page.evaluate(() => {
      const h3 = document.querySelector('policy-card')!.shadowRoot!.querySelector('h3')!;
      const range = document.createRange();
      range.setStart(h3.firstChild!, 1);
      range.setEnd(h3.firstChild!, 2);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(inShadow.x, inShadow.y);
    expect((await waitForCard(session.context, page)).name).toBe('工业和信息化部');
    await page.mouse.move(5, 5);
    await waitForNoCard(session.context, page);
    // The unslotted paragraph is not shown, so not read; text the page slots in later is.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '发展氢能。';
      document.querySelector('policy-card')!.append(p);
    });
    await expect
      .poll(texts)
      .toEqual(['agency:工业和信息化部', 'topic:6G', 'topic:产品碳足迹', 'topic:氢能'].sort());
    // The component changes its own shadow tree.
    await page.evaluate(() => {
      document.querySelector('policy-card')!.shadowRoot!.querySelector('h3')!.textContent = '国家标准委';
    });
    await expect
      .poll(texts)
      .toEqual(['agency:国家标准委', 'topic:6G', 'topic:产品碳足迹', 'topic:氢能'].sort());
    await page.close();
  });

  it('reads a section when the page shows it (hidden removed), and drops it when hidden again', async () => {
    const page = await openHtml(
      'tabs.html',
      '<p>推进6G标准。</p><section id="tab" hidden><p>发展氢能与新型储能。</p></section>',
    );
    expect((await settledHighlights(page)).topic).toEqual(['6G']);
    await page.evaluate(() => document.getElementById('tab')!.removeAttribute('hidden'));
    await expect.poll(async () => (await highlightedTexts(page)).topic).toEqual(['6G', '氢能', '新型储能']);
    await page.evaluate(() => document.getElementById('tab')!.setAttribute('hidden', ''));
    await expect.poll(async () => (await highlightedTexts(page)).topic).toEqual(['6G']);
    await page.close();
  });

  it('applies the Chinese context rules in the page (they travel with the matcher)', async () => {
    const page = await openHtml(
      'zh-rules.html',
      '<p>各地工信部门、省级标准化行政主管部门和广东发改委要配合工信部、能源局做好工作。</p>' +
        '<p>深圳市某某智慧家居科技有限公司参与智能家居标准研制，以高标准联通推进标准联通。</p>' +
        '<p>工业和信息化部信息通信发展司、消费品工业司与市大数据局推动北斗和储能应用。</p>',
    );
    expect(await settledHighlights(page, 7)).toEqual({
      topic: ['智能家居', '标准联通', '北斗', '储能'],
      agency: ['工信部', '能源局', '工业和信息化部'],
      standard: [],
    });
    await page.close();
  });

  it('applies the English context rules in the page (they travel with the matcher)', async () => {
    const page = await openHtml(
      'en-rules.html',
      "<p>China's economy: by local standards the stimulus brought new energy to markets, and Dongsheng New " +
        "Materials Co., Ltd. praised its industry-standard ports. Japan's Finance Ministry said Group standards apply.</p>" +
        '<p>Provinces issue local standards; growth is fastest in new energy and in the new materials sector, ' +
        'and the Ministry of Finance and the National Parks Board met.</p>',
    );
    expect(await settledHighlights(page, 4)).toEqual({
      topic: ['local standards', 'new energy', 'new materials'],
      agency: ['Ministry of Finance'],
      standard: [],
    });
    await page.close();
  });

  it('annotates a same-origin iframe', async () => {
    const page = await open('frame-host.html');
    expect((await settledHighlights(page)).topic).toEqual(['充电桩']);
    const child = page.frames().find((f) => f.url().endsWith('/frame-child.html'))!;
    expect((await settledHighlights(child)).topic).toEqual(['氢能', '新型储能']);
    await page.close();
  });
});
