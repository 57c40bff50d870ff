/**
 * Standard titles read from whole pages (issue 10): fixtures in the layouts of gov.cn notices,
 * announcement tables, detail pages and lists, in Simplified, Traditional and English, each carrying
 * its expectations — every standard designation on the page, in order, with its title or null.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectBlocks, type TextBlock } from '../../lib/dom/collect-text';
import { standardTextAround } from '../../lib/dom/standard-title-context';
import { seedAgencies, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';
import { createKnowledgeBase } from '../../lib/kb/knowledge-base';
import type { Matcher } from '../../lib/match/matcher';
import { scanText } from '../../lib/match/scan';
import { readStandardTitle } from '../../lib/match/standard-title';
import { MAX_TEXT_AROUND } from '../../lib/match/standard-title-window';

// A path, not a URL: the happy-dom environment replaces the global URL.
const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, '../fixtures/standard-titles');
const fixtureFiles = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .sort();

let matcher: Matcher;
beforeAll(() => {
  const planText = readFileSync(join(HERE, '../../seeds/plan.zh-Hans.txt'), 'utf8');
  matcher = createKnowledgeBase({
    planText,
    agencies: seedAgencies,
    topics: seedTopics,
    standardCodes: seedStandardCodes,
  }).matcher;
});

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** The title read from the text the content script sends for a mention (as the background reads it). */
function titleAround(block: TextBlock, start: number, end: number): string | null {
  const around = standardTextAround(block, start, end);
  if (!around) return null;
  expect(around.text.length).toBeLessThanOrEqual(MAX_TEXT_AROUND);
  return readStandardTitle(around.text, around.start, around.end)?.title ?? null;
}

/** Every standard designation of the page in reading order, with the title read for it. */
function titlesOf(body: Element): [string, string | null][] {
  return collectBlocks(body).flatMap((block) =>
    scanText(block.text, matcher)
      .filter((m) => m.kind === 'standard')
      .map((m): [string, string | null] => [
        block.text.slice(m.start, m.end),
        titleAround(block, m.start, m.end),
      ]),
  );
}

describe('standard-title fixtures', () => {
  it('has the layouts: notice, announcement list, details, Traditional, English', () => {
    expect(fixtureFiles).toEqual([
      'announcement-list.zh-Hans.html',
      'gov-cn-notice.zh-Hans.html',
      'news.en.html',
      'news.zh-Hant.html',
      'standard-details.zh-Hans.html',
    ]);
  });

  it.each(fixtureFiles)('%s', (file) => {
    const doc = parse(readFileSync(join(FIXTURES, file), 'utf8'));
    const expected = JSON.parse(doc.getElementById('expected')?.textContent ?? 'null') as unknown;
    expect(expected).not.toBeNull();
    expect(titlesOf(doc.body)).toStrictEqual(expected);
  });
});

describe('page text is read as text', () => {
  const titleIn = (html: string) => {
    document.body.innerHTML = html;
    return titlesOf(document.body);
  };

  it('skips scripts and hidden cells between the code and its title cell', () => {
    document.body.innerHTML =
      '<table><tr><td>GB/T 24067-2024</td><td>温室气体 产品碳足迹 量化要求和指南</td></tr></table>';
    // Built by hand: happy-dom's parser moves a <script> out of a row but leaves its text behind.
    const [code, title] = [...document.querySelectorAll('td')];
    const script = document.createElement('script');
    script.textContent = 'var x = "绿色工厂评价通则";';
    const hidden = document.createElement('td');
    hidden.hidden = true;
    hidden.textContent = '隐藏的标题';
    code!.after(script, hidden);
    expect(script.nextSibling).toBe(hidden);
    expect(hidden.nextSibling).toBe(title);
    expect(titlesOf(document.body)).toEqual([['GB/T 24067-2024', '温室气体 产品碳足迹 量化要求和指南']]);
  });

  it('reads markup-like page text as plain characters', () => {
    expect(titleIn('<p>GB/T 24067-2024《&lt;img src=x onerror=alert(1)&gt;》</p>')).toEqual([
      ['GB/T 24067-2024', '<img src=x onerror=alert(1)>'],
    ]);
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });

  it('sends only the text within reach of a code in a long paragraph', () => {
    const filler = '各地区各部门要认真贯彻落实。'.repeat(2_000);
    document.body.innerHTML = `<p>${filler}GB/T 24067-2024《温室气体 产品碳足迹 量化要求和指南》${filler}</p>`;
    const [block] = collectBlocks(document.body);
    const at = block!.text.indexOf('GB/T');
    const around = standardTextAround(block!, at, at + 15)!;
    expect(around.text.length).toBeLessThanOrEqual(MAX_TEXT_AROUND);
    expect(around.text.slice(around.start, around.end)).toBe('GB/T 24067-2024');
    expect(titlesOf(document.body)).toEqual([['GB/T 24067-2024', '温室气体 产品碳足迹 量化要求和指南']]);
  });

  it('stops after a bounded walk through a page of empty elements', () => {
    const empties = '<span></span>'.repeat(5_000);
    expect(
      titleIn(`<table><tr><td>GB/T 24067-2024</td><td>${empties}绿色工厂评价通则</td></tr></table>`),
    ).toEqual([['GB/T 24067-2024', null]]);
    expect(
      titleIn(
        `<table><tr><td>GB/T 24067-2024</td><td>${empties.slice(0, 13 * 100)}绿色工厂评价通则</td></tr></table>`,
      ),
    ).toEqual([['GB/T 24067-2024', '绿色工厂评价通则']]);
  });
});
