/**
 * The annotate CLI reads HTML as a browser does (issue 13): parse5's tree construction into
 * scripts/lib/light-dom.ts, then the content script's own collector. tests/support/tricky-html.ts
 * holds the cases and what must be read from them; tests/e2e/annotate-html-browser.test.ts checks the
 * same cases in Chromium, with the extension.
 */
import { describe, expect, it } from 'vitest';
import { documentMentions } from '../../lib/dom/html-text';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';
import { collectBlocks, visibleText } from '../../lib/dom/collect-text';
import { HtmlTooDeep, MAX_HTML_DEPTH, parseHtml, textRoot } from '../../scripts/lib/parse-html';
import { expectLinear } from '../support/linear-time';
import { TRICKY_HTML } from '../support/tricky-html';

const { matcher } = loadBundledKnowledgeBase();
const read = (html: string) => documentMentions(parseHtml(html) as unknown as Document, matcher);

describe('HTML as a browser reads it', () => {
  it.each(TRICKY_HTML.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { text, mentions } = read(c.html);
    expect(text).toBe(c.text);
    expect(mentions.map((m) => `${m.kind}:${m.id}:${text.slice(m.start, m.end)}`)).toEqual(c.mentions);
  });

  it.each([
    ['many paragraphs', (n: number) => '<p>推进碳足迹和<b>工信部</b>'.repeat(Math.ceil(n / 16))],
    ['one parent of many children', (n: number) => '<br>碳足迹'.repeat(Math.ceil(n / 7))],
    ['one long text', (n: number) => 'carbon footprint and 6G, '.repeat(Math.ceil(n / 25))],
    [
      'formatting left open in every paragraph',
      (n: number) => '<p><b>碳足<i>迹</p>'.repeat(Math.ceil(n / 15)),
    ],
    [
      'many blocks deep down',
      (n: number) => '<div>'.repeat(400) + '<div>碳足迹</div>'.repeat(Math.ceil(n / 14)),
    ],
  ])(
    'reads %s in linear time',
    (_name, make) => {
      const collect = (html: string) => visibleText(collectBlocks(textRoot(parseHtml(html))));
      expectLinear(make, collect, 1_000_000);
    },
    30_000,
  );

  it(`refuses elements nested deeper than ${MAX_HTML_DEPTH} (the standard's tree is quadratic there)`, () => {
    expect(() => parseHtml('<div>'.repeat(100_000) + '碳足迹')).toThrow(HtmlTooDeep);
    expect(() => parseHtml('<b><i><span>'.repeat(200) + '碳足迹')).toThrow(HtmlTooDeep);
    expect(read('<div>'.repeat(MAX_HTML_DEPTH - 2) + '碳足迹').text).toBe('碳足迹'); // with <html> and <body>
  });
});
