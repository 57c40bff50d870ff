/**
 * RIS (the Research Information Systems tagged format read by EndNote, NoteExpress, Zotero, Mendeley):
 * one record per page (pages.ts). Each line is `XX  - value` — a two-letter tag, two spaces, a hyphen,
 * a space — ending in CR LF; a record opens with `TY` and closes with an empty `ER  - `.
 *
 * - `TY`: `GOVDOC` (Government Document) when the page has a 发文字号, else `ELEC` (Web Page);
 * - `TI` title, `AU` each issuing body (institutional author), `PB` 发文机关 as written,
 *   `SN` the 发文字号 (EndNote's Report/Document Number field; Zotero reads it as the report number);
 * - `PY` the year and `DA` the date `YYYY/MM/DD/` of 发布日期 › 成文日期, `Y2` the access date;
 * - `UR` URL, `KW` one per tag and 主题词, `N1` one per clipped passage (「quote」 — note), `LA` zh;
 * - `DB` names the exporting tool.
 * Values are single lines: line breaks and tabs inside a value become spaces (a value spanning lines is
 * read differently by each program).
 */
import type { Clip } from '../types';
import { dateParts, localDate } from './dates';
import { passageNote } from './csl';
import { groupByPage, pageTags, splitBodies, type PageRef } from './pages';

export const RIS_MIME = 'application/x-research-info-systems';
export const CRLF = '\r\n';

const oneLine = (s: string) => s.replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim();

function risDate(parts: number[]): string {
  const [y, m, d] = parts.map((p) => String(p).padStart(2, '0'));
  return `${y}/${m ?? ''}/${d ?? ''}/`;
}

export function risRecord(page: PageRef): string[] {
  const lines: [string, string][] = [['TY', page.docNumber ? 'GOVDOC' : 'ELEC']];
  lines.push(['TI', page.title]);
  for (const body of splitBodies(page.publisher)) lines.push(['AU', body]);
  if (page.publisher) lines.push(['PB', page.publisher]);
  if (page.docNumber) lines.push(['SN', page.docNumber]);
  const issued = dateParts(page.issued);
  if (issued) lines.push(['PY', String(issued[0])], ['DA', risDate(issued)]);
  lines.push(['Y2', risDate(localDate(page.accessed).split('-').map(Number))]);
  lines.push(['UR', page.url]);
  if (page.site) lines.push(['T2', page.site]);
  for (const kw of new Set([...pageTags(page), ...page.keywords])) lines.push(['KW', kw]);
  for (const clip of page.clips) lines.push(['N1', passageNote(clip)]);
  lines.push(['LA', 'zh'], ['DB', 'Standards Lens']);
  const out = lines
    .map(([tag, value]) => `${tag}  - ${oneLine(value)}`)
    .filter((l) => !/^\w\w {2}- $/.test(l));
  out.push('ER  - ');
  return out;
}

export function exportRis(clips: readonly Clip[]): string {
  return groupByPage(clips)
    .map((page) => risRecord(page).join(CRLF) + CRLF)
    .join(CRLF);
}
