/**
 * Issue 13: the annotate CLI reads HTML as the browser does. The tricky pages of
 * tests/support/tricky-html.ts (no <body>, comments, script/template/noscript, nested and fostered
 * tables, character references, misnested tags, CDATA, SVG …) are served as they are to Chromium with
 * the extension: the text the content script's collector reads from Chromium's DOM, and the mentions
 * the content script highlights, are what tests/unit/annotate-html.test.ts asserts the CLI reads.
 * And a 400k-unit paragraph, which the content script scans in slices, reads as the CLI reads it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentMentions } from '../../lib/dom/html-text';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';
import { parseHtml } from '../../scripts/lib/parse-html';
import { bundleForBrowser } from '../support/bundle';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { highlightedTexts, KINDS } from '../support/page-probes';
import { TRICKY_HTML } from '../support/tricky-html';
import { firstPassDone, frameCost } from '../support/first-pass';

let session: ExtensionSession;
let collector: string;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
  collector = await bundleForBrowser('tests/support/collect-in-page.ts');
});
afterAll(async () => {
  await session?.close();
});

describe('tricky HTML in Chromium reads as the CLI reads it', () => {
  it.each(TRICKY_HTML.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, i) => {
    const page = await session.context.newPage();
    const url = `${TEST_ORIGIN}/tricky-${i}.html`;
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: c.html }),
    );
    await page.goto(url);
    // A page with no readable text (an empty file, a frameset) never starts a first pass: the content
    // script waits for text (entrypoints/content/text-gate.ts) — its record says so.
    if (c.text.trim() === '') await frameCost(page, (cost) => cost.waiting && cost.matcherRequests === 0);
    else await firstPassDone(page);
    await page.addScriptTag({ content: collector });
    expect(
      await page.evaluate(() => (window as unknown as { __collectedText: () => string }).__collectedText()),
    ).toBe(c.text);
    const highlighted = await highlightedTexts(page);
    for (const kind of KINDS) {
      const expected = c.mentions
        .filter((m) => m.startsWith(`${kind}:`))
        .map((m) => m.split(':').slice(2).join(':'));
      expect([...highlighted[kind]].sort(), kind).toEqual(expected.sort());
    }
    await page.close();
  });
});

describe('a long paragraph', () => {
  it('is annotated whole: a 400k-unit paragraph, scanned in slices, as the CLI reads it', async () => {
    const unit = readFileSync('tests/fixtures/annotate/notice.zh-Hans.txt', 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\s+/g, '');
    const html = `<!doctype html><p>碳足迹（以下简称“碳迹”）。${unit.repeat(Math.ceil(400_000 / unit.length))}碳迹。</p>`;
    const { text, mentions } = documentMentions(
      parseHtml(html) as unknown as Document,
      loadBundledKnowledgeBase().matcher,
    );
    expect(text.length).toBeGreaterThan(400_000);
    const page = await session.context.newPage();
    const url = `${TEST_ORIGIN}/long-paragraph.html`;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(url);
    await firstPassDone(page);
    const highlighted = await highlightedTexts(page);
    for (const kind of KINDS) {
      const expected = mentions.filter((m) => m.kind === kind).map((m) => text.slice(m.start, m.end));
      expect(highlighted[kind].length, kind).toBe(expected.length);
      expect([...highlighted[kind]].sort(), kind).toEqual(expected.sort());
    }
    expect(highlighted.topic).toContain('碳迹'); // the short form defined at the start, used at the end
    await page.close();
  });
});
