/**
 * An import file → what it would add, and every entry it cannot add with the reason. Pure: no database.
 * The whole file is refused (with one reason, nothing parsed further) when it is too big, nests too
 * deep, carries prototype keys, is not one of the two formats, or lists more entries than
 * `MAX_IMPORT_ENTRIES`; otherwise each entry is checked on its own.
 */
import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_KEYS, BACKUP_VERSION } from './backup-format';
import { describe } from './bounded';
import { storedClip } from './clip-schema';
import type { IndexedClip } from './dedupe';
import { MAX_IMPORT_ENTRIES, MAX_REPORTED_REJECTIONS } from './limits';
import { parseJsonSafely } from './safe-json';
import { settingEntry, siteEntry, type SettingEntry, type SiteEntry } from './user-data-schema';
import { annotation, annotationEntries, annotationToClip } from './w3c';

export type ImportFormat = 'backup' | 'w3c';
export type ImportSection = 'clips' | 'settings' | 'sites';

export interface Rejection {
  section: ImportSection;
  /** The entry's position in its list. */
  index: number;
  /** The entry's own id, when it has a readable one. */
  id?: string;
  reason: string;
}

export interface ParsedImport {
  format: ImportFormat;
  clips: IndexedClip[];
  /** Absent when the file has no such section (W3C files never have). */
  settings?: SettingEntry[];
  sites?: SiteEntry[];
  /** The first MAX_REPORTED_REJECTIONS rejections; `rejectedCount` counts them all. */
  rejected: Rejection[];
  rejectedCount: number;
  /** Sections skipped as a whole, with why. */
  notes: string[];
}

export type ImportParse = { ok: true; value: ParsedImport } | { ok: false; reason: string };

const refuse = (reason: string): ImportParse => ({ ok: false, reason });

function entryId(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { id, key, origin } = entry as Record<string, unknown>;
  const value = [id, key, origin].find((v) => typeof v === 'string');
  return typeof value === 'string' ? value.slice(0, 200) : undefined;
}

class Collector {
  rejected: Rejection[] = [];
  count = 0;
  reject(section: ImportSection, index: number, entry: unknown, reason: string) {
    this.count++;
    if (this.rejected.length < MAX_REPORTED_REJECTIONS) {
      const id = entryId(entry);
      this.rejected.push({ section, index, ...(id !== undefined ? { id } : {}), reason });
    }
  }
}

function each<T>(
  section: ImportSection,
  entries: unknown[],
  schema: z.ZodType<T>,
  out: Collector,
): { index: number; value: T }[] {
  const kept: { index: number; value: T }[] = [];
  entries.forEach((entry, index) => {
    const parsed = schema.safeParse(entry);
    if (parsed.success) kept.push({ index, value: parsed.data });
    else out.reject(section, index, entry, describe(parsed.error));
  });
  return kept;
}

const tooMany = (what: string, n: number) =>
  refuse(
    `${n.toLocaleString('en')} ${what}: more than ${MAX_IMPORT_ENTRIES.toLocaleString('en')} in one file`,
  );

function parseBackup(doc: Record<string, unknown>): ImportParse {
  const { version } = doc;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('a backup without a valid version number');
  }
  if (version > BACKUP_VERSION) {
    return refuse(`a backup of format version ${version}, made by a newer Standards Lens: update first`);
  }
  const sections: Partial<Record<ImportSection, unknown[]>> = {};
  for (const section of ['clips', 'settings', 'sites'] as const) {
    const value = doc[section];
    if (value === undefined) continue;
    if (!Array.isArray(value)) return refuse(`"${section}" is not a list`);
    if (value.length > MAX_IMPORT_ENTRIES) return tooMany(section, value.length);
    sections[section] = value;
  }
  const out = new Collector();
  const clips = each('clips', sections.clips ?? [], storedClip, out).map(({ index, value }) => ({
    index,
    clip: value,
  }));
  const settings =
    sections.settings && each('settings', sections.settings, settingEntry, out).map((e) => e.value);
  const sites = sections.sites && each('sites', sections.sites, siteEntry, out).map((e) => e.value);
  const notes = Object.keys(doc)
    .filter((key) => !BACKUP_KEYS.has(key))
    .map((key) => `"${key.slice(0, 64)}" is not known to this version and was left out`);
  return {
    ok: true,
    value: {
      format: 'backup',
      clips,
      ...(settings ? { settings } : {}),
      ...(sites ? { sites } : {}),
      rejected: out.rejected,
      rejectedCount: out.count,
      notes,
    },
  };
}

function parseW3c(entries: unknown[], now: number): ImportParse {
  if (entries.length > MAX_IMPORT_ENTRIES) return tooMany('annotations', entries.length);
  const out = new Collector();
  const clips: IndexedClip[] = [];
  entries.forEach((entry, index) => {
    const parsed = annotation.safeParse(entry);
    if (!parsed.success) return out.reject('clips', index, entry, describe(parsed.error));
    const mapped = annotationToClip(parsed.data, now);
    if ('clip' in mapped) clips.push({ index, clip: mapped.clip });
    else out.reject('clips', index, entry, mapped.reason);
  });
  return {
    ok: true,
    value: { format: 'w3c', clips, rejected: out.rejected, rejectedCount: out.count, notes: [] },
  };
}

/** `now` dates annotations that carry no `created`. */
export function parseImport(text: string, { now = Date.now() }: { now?: number } = {}): ImportParse {
  const json = parseJsonSafely(text);
  if (!json.ok) return json;
  const doc = json.value;
  if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) {
    const record = doc as Record<string, unknown>;
    if (record.format === BACKUP_FORMAT) return parseBackup(record);
  }
  const entries = annotationEntries(doc);
  if (entries) return parseW3c(entries, now);
  return refuse('neither a Standards Lens backup nor W3C Web Annotation JSON-LD');
}
