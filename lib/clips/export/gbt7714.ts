/**
 * GB/T 7714—2015《信息与文献 参考文献著录规则》, sequential-numbering system (顺序编码制), for
 * the pages clipped — the citation format Chinese researchers are asked for.
 *
 * Each page is an electronic resource (电子资源), whose 著录格式 is 主要责任者. 题名: 其他题名信息[文献类型标识/文献载体标识].
 * (更新或修改日期)[引用日期]. 获取和访问路径. — e.g. the standard's own example
 * `萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.`
 *
 * - 主要责任者: 发文机关 (a body is written as itself; a joint document's bodies separated by `, `);
 *   omitted when the page names none;
 * - 题名 the page's title; 其他题名信息 the 发文字号 after `: ` (unless the title already contains it);
 * - `[EB/OL]` — 文献类型标识 EB (电子公告, web pages) / 载体标识 OL (联机网络);
 * - `(YYYY-MM-DD)` the publication/update date (发布日期 › 成文日期), only when the page gave one;
 * - `[YYYY-MM-DD]` the citation date: the latest day a clip of the page was taken;
 * - the URL, then `.`, as every example entry of the standard ends.
 * Clips of the same page are one reference; references are numbered in the order the pages first appear.
 */
import type { Clip } from '../types';
import { localDate } from './dates';
import { escapeInline, linkDestination } from './markdown-escape';
import { groupByPage, splitBodies, type PageRef } from './pages';

export const GBT_MIME = 'text/plain;charset=utf-8';

interface RefParts {
  author?: string;
  /** 题名 plus `: 发文字号` when there is one. */
  title: string;
  dates: string;
  url: string;
}

function stripEnd(s: string): string {
  return s.replace(/[\s。.．]+$/, '');
}

function refParts(page: PageRef): RefParts {
  let title = stripEnd(page.title);
  const num = page.docNumber;
  if (num && !title.includes(num)) title = `${title}: ${num}`;
  const cited = `[${localDate(page.accessed)}]`;
  return {
    author: splitBodies(page.publisher).map(stripEnd).join(', ') || undefined,
    title,
    dates: page.issued ? `(${page.issued})${cited}` : cited,
    url: page.url,
  };
}

/** One reference without its number: `市场监管总局. 题名: 文号[EB/OL]. (2024-03-18)[2026-12-04]. URL.` */
export function gbtReference(page: PageRef): string {
  const p = refParts(page);
  return `${p.author ? `${p.author}. ` : ''}${p.title}[EB/OL]. ${p.dates}. ${p.url}.`;
}

export function gbtReferences(clips: readonly Clip[]): string[] {
  return groupByPage(clips).map((page, i) => `[${i + 1}] ${gbtReference(page)}`);
}

/** Plain text, one numbered reference per line — ready to paste into Word. */
export function exportGbt7714(clips: readonly Clip[]): string {
  const refs = gbtReferences(clips);
  return refs.length ? `${refs.join('\n')}\n` : '';
}

/** The same list in Markdown: escaped text, the URL as a link, one paragraph per reference. */
export function gbtMarkdownLines(pages: readonly PageRef[]): string[] {
  return pages.map((page, i) => {
    const p = refParts(page);
    const author = p.author ? `${escapeInline(p.author)}. ` : '';
    return `\\[${i + 1}\\] ${author}${escapeInline(p.title)}\\[EB/OL\\]. ${escapeInline(p.dates)}. ${linkDestination(p.url)}.`;
  });
}

export function exportGbt7714Markdown(clips: readonly Clip[]): string {
  const lines = gbtMarkdownLines(groupByPage(clips));
  return lines.length ? `${lines.join('\n\n')}\n` : '';
}
