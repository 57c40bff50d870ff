/**
 * CSV of the clips, one row per clip, for Excel/Numbers/LibreOffice (RFC 4180 via Papa Parse: quoted
 * where needed, CR LF rows). UTF-8 with a byte-order mark so Excel opens Chinese as UTF-8, not GBK.
 *
 * Formula injection (OWASP "CSV Injection"): a cell beginning with `=`, `+`, `-`, `@`, tab or CR is
 * read by spreadsheets as a formula; page text and notes are untrusted, so such cells get a leading `'`
 * (shown as text, the apostrophe hidden by Excel). Lists inside a cell are joined with `; `.
 */
import Papa from 'papaparse';
import type { Clip } from '../types';
import { localDate } from './dates';
import { clipAgencies, clipItems, clipStandards, clipTopics, itemHeading, type ExportNames } from './names';

export const CSV_MIME = 'text/csv;charset=utf-8';
export const BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'id',
  'quote',
  'note',
  'tags',
  'title',
  'url',
  'site',
  'publisher',
  'doc_number',
  'published',
  'written',
  'created',
  'updated',
  'status',
  'items',
  'agencies',
  'topics',
  'standards',
  'link',
] as const;

/** Neutralize a cell a spreadsheet would run as a formula. */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const list = (xs: readonly string[]) => xs.join('; ');

export function csvRow(clip: Clip, names: ExportNames = {}): string[] {
  const f = clip.facts;
  const row: Record<(typeof CSV_COLUMNS)[number], string> = {
    id: clip.id,
    quote: clip.quote,
    note: clip.note,
    tags: list(clip.tags),
    title: f?.title || clip.title,
    url: clip.url,
    site: clip.site,
    publisher: f?.publisher ?? '',
    doc_number: f?.docNumber ?? '',
    published: f?.publishedDate ?? '',
    written: f?.writtenDate ?? '',
    created: localDate(clip.created),
    updated: localDate(clip.updated),
    status: clip.status,
    items: list(clipItems(clip).map((no) => itemHeading(no, names))),
    agencies: list(clipAgencies(clip, names)),
    topics: list(clipTopics(clip, names)),
    standards: list(clipStandards(clip)),
    link: clip.textFragment,
  };
  return CSV_COLUMNS.map((c) => neutralizeCell(row[c]));
}

export function exportCsv(clips: readonly Clip[], names: ExportNames = {}): string {
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: clips.map((c) => csvRow(c, names)) },
    { newline: '\r\n', quotes: false },
  );
  return `${BOM}${csv}\r\n`;
}
