/**
 * The extension's own backup: one JSON object with every piece of user data (issue 11, "Import and
 * backup"). New sections (imported plans, …) are new top-level keys: a version that does not know a
 * section names it in the report and leaves it alone; `version` changes only when a known section
 * changes meaning, and a newer version than this code knows is refused.
 */
import type { Clip } from '../types';
import type { SettingEntry, SiteEntry } from './user-data-schema';

/** **contract**: the value of `format` in every backup. */
export const BACKUP_FORMAT = 'standards-lens-backup';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  /** The database schema version the data was read from (lib/db/database). */
  schemaVersion: number;
  clips: Clip[];
  settings: SettingEntry[];
  sites: SiteEntry[];
}

/** The sections this version reads; any other top-level key is reported as skipped. */
export const BACKUP_KEYS = new Set([
  'format',
  'version',
  'exportedAt',
  'schemaVersion',
  'app',
  'clips',
  'settings',
  'sites',
]);

export function makeBackup(
  data: { clips: Clip[]; settings: SettingEntry[]; sites: SiteEntry[] },
  { now, schemaVersion }: { now: number; schemaVersion: number },
): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    schemaVersion,
    ...data,
  };
}

/** `standards-lens-clips-YYYY-MM-DD.json` (**contract**, DESIGN.md), in the user's local date. */
export function backupFileName(now: Date, ext = 'json'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `standards-lens-clips-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${ext}`;
}
