/**
 * The export formats behind the library page's controls (`data-export="…"`, DESIGN.md **contract**):
 * `exportClips(format, clips, { now, names })` → the file to download, named
 * `standards-lens-clips-YYYY-MM-DD.<ext>` (**contract**; the date is the reader's local day).
 *
 * | format   | ext      | why this extension                                                        |
 * |----------|----------|---------------------------------------------------------------------------|
 * | w3c      | .jsonld  | JSON-LD is the model's serialization; distinct from CSL's .json in a Downloads folder |
 * | csl      | .json    | what Zotero and citeproc tools expect of CSL-JSON                         |
 * | ris      | .ris     | EndNote / NoteExpress / Zotero recognize it by extension                  |
 * | gbt7714  | .txt     | a plain numbered list to paste into Word                                  |
 * | csv      | .csv     | Excel                                                                     |
 * | markdown | .md      | notes apps; includes the GB/T 7714 list in Markdown                       |
 * | backup   | (hook)   | the extension's own backup belongs to import/backup: pass `backup`        |
 * Pure: no DOM, no browser API; the caller turns `text` into a Blob.
 */
import type { Clip } from '../types';
import { CSL_MIME, exportCsl } from './csl';
import { CSV_MIME, exportCsv } from './csv';
import { localDate } from './dates';
import { GBT_MIME, exportGbt7714 } from './gbt7714';
import { MARKDOWN_MIME, exportMarkdown } from './markdown';
import type { ExportNames } from './names';
import { RIS_MIME, exportRis } from './ris';
import { W3C_MIME, exportW3c } from './w3c';

export const EXPORT_FORMATS = ['w3c', 'csl', 'ris', 'gbt7714', 'csv', 'markdown', 'backup'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  filename: string;
  mime: string;
  text: string;
}

/** The extension's backup, supplied by the import/backup code (it owns that format). */
export type BackupExporter = (
  clips: readonly Clip[],
  now: Date,
) => { ext: string; mime: string; text: string };

export interface ExportOptions {
  now?: Date;
  names?: ExportNames;
  backup?: BackupExporter;
}

const FORMATS: Record<Exclude<ExportFormat, 'backup'>, { ext: string; mime: string }> = {
  w3c: { ext: 'jsonld', mime: W3C_MIME },
  csl: { ext: 'json', mime: CSL_MIME },
  ris: { ext: 'ris', mime: RIS_MIME },
  gbt7714: { ext: 'txt', mime: GBT_MIME },
  csv: { ext: 'csv', mime: CSV_MIME },
  markdown: { ext: 'md', mime: MARKDOWN_MIME },
};

/** **contract**: `standards-lens-clips-YYYY-MM-DD.<ext>`. */
export function exportFilename(ext: string, now: Date): string {
  return `standards-lens-clips-${localDate(now)}.${ext}`;
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return (EXPORT_FORMATS as readonly unknown[]).includes(value);
}

export function exportClips(
  format: ExportFormat,
  clips: readonly Clip[],
  opts: ExportOptions = {},
): ExportedFile {
  const now = opts.now ?? new Date();
  const names = opts.names ?? {};
  if (format === 'backup') {
    if (!opts.backup)
      throw new Error('The backup export is supplied by the import/backup code (opts.backup).');
    const { ext, mime, text } = opts.backup(clips, now);
    return { filename: exportFilename(ext, now), mime, text };
  }
  const text = {
    w3c: () => exportW3c(clips, now),
    csl: () => exportCsl(clips),
    ris: () => exportRis(clips),
    gbt7714: () => exportGbt7714(clips),
    csv: () => exportCsv(clips, names),
    markdown: () => exportMarkdown(clips, { names, now }),
  }[format]();
  const { ext, mime } = FORMATS[format];
  return { filename: exportFilename(ext, now), mime, text };
}

export type { ExportNames } from './names';
export { namesFromPlan } from './names';
