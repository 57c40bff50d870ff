/**
 * What the background answers about an import file (the page-lane messages `previewImport` and
 * `applyImport`): counts before, counts after, and every rejected entry with its reason.
 */
import type { ImportFormat, Rejection } from './parse-import';

export type ImportMode = 'merge' | 'replace';

export interface ImportPreview {
  format: ImportFormat;
  /** Valid clips in the file. */
  total: number;
  /** Clips not yet in the library (same id, or same page and quote). */
  new: number;
  /** Clips already in the library or earlier in the file. */
  duplicate: number;
  rejected: number;
  /** Replace: the clips the library would hold, and the ids repeated in the file. */
  replace: { new: number; duplicate: number };
  /** Rows the file would restore (undefined when it has no such section). */
  settings?: number;
  sites?: number;
  /** The clips now in the library (what replace would remove). */
  current: number;
  rejections: Rejection[];
  notes: string[];
}

export interface ImportResult {
  mode: ImportMode;
  added: number;
  skipped: number;
  rejected: number;
  settings: number;
  sites: number;
  /** Restored sites that stay off until the user grants the host permission (see above). */
  sitesNeedingPermission: string[];
  notes: string[];
}
