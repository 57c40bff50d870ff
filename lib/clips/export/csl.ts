/**
 * CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html, schema
 * https://resource.citationstyles.org/schema/v1.0/input/json/csl-data.json): one item per page (the
 * clips of a page are one source; see pages.ts), for Zotero ("Import from Clipboard"/file) and citeproc.
 *
 * Type: `report` for a government document with a 发文字号, else `webpage`. Why `report`, not
 * `legislation`: a 通知/意见 is an administrative document, not a statute, and Zotero imports CSL
 * `legislation` as a Statute, which has no field for the issuing body or its document number — both
 * would be lost; `report` becomes a Zotero Report with `institution` (← publisher) and `reportNumber`
 * (← number), and GB/T 7714 CSL styles then print it with its number. `authority` (the CSL variable
 * for an issuing authority) carries 发文机关 as well, for processors that read it.
 *
 * - `author`: the issuing body as an institutional (literal) name, so styles cite it as 主要责任者;
 * - `issued`: 发布日期 › 成文日期 as date-parts; `accessed`: the latest clip of the page (local date);
 * - `container-title`: the site's host name (CSL's "website title" for webpages);
 * - `keyword`: the clips' tags and the page's own 主题词, comma-separated;
 * - `note`: the clipped passages, each 「quote」 followed by the reader's note — Zotero keeps it in
 *   Extra, citeproc ignores it. `abstract` stays empty: a quote is not the document's abstract.
 */
import type { Clip } from '../types';
import { dateParts, partsOfTime } from './dates';
import { groupByPage, pageTags, splitBodies, type PageRef } from './pages';

export const CSL_MIME = 'application/vnd.citationstyles.csl+json';

export interface CslDate {
  'date-parts': number[][];
}

export interface CslItem {
  id: string;
  type: 'webpage' | 'report';
  title: string;
  URL: string;
  author?: { literal: string }[];
  authority?: string;
  publisher?: string;
  number?: string;
  issued?: CslDate;
  accessed: CslDate;
  'container-title'?: string;
  keyword?: string;
  note?: string;
  language: string;
}

/** One passage as the notes of citation formats give it: 「quote」 — note. */
export function passageNote(clip: Clip): string {
  const quote = `「${clip.quote.replace(/\s+/g, ' ').trim()}」`;
  const note = clip.note.replace(/\s+/g, ' ').trim();
  return note ? `${quote} — ${note}` : quote;
}

export function toCslItem(page: PageRef): CslItem {
  const issued = dateParts(page.issued);
  const keywords = [...new Set([...pageTags(page), ...page.keywords])];
  const bodies = splitBodies(page.publisher);
  return {
    id: page.id,
    type: page.docNumber ? 'report' : 'webpage',
    title: page.title,
    URL: page.url,
    ...(bodies.length ? { author: bodies.map((literal) => ({ literal })) } : {}),
    ...(page.publisher ? { authority: page.publisher, publisher: page.publisher } : {}),
    ...(page.docNumber ? { number: page.docNumber } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    accessed: { 'date-parts': [partsOfTime(page.accessed)] },
    ...(page.site ? { 'container-title': page.site } : {}),
    ...(keywords.length ? { keyword: keywords.join(', ') } : {}),
    note: page.clips.map(passageNote).join('\n'),
    language: 'zh-CN',
  };
}

export function exportCsl(clips: readonly Clip[]): string {
  return `${JSON.stringify(groupByPage(clips).map(toCslItem), null, 2)}\n`;
}
