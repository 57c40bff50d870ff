/**
 * Backup, import and restore (issue 11, "Import and backup"). Files are parsed by lib/clips/import
 * (pure); this writes them, all or nothing, in one Dexie transaction over `clips`, `settings` and
 * `sites`. Stateless between preview and apply (the service worker may be stopped in between): apply
 * parses the text again and writes only what a preview of that moment would show.
 *
 * Sites: rows are restored as they were written, then the dynamic content scripts are brought in line
 * with them through the site service. A restore cannot grant a host permission: an enabled site whose
 * permission this browser lacks stays off (the site service reports it `not-enabled`) until the user
 * switches it on in the popup there; the result names those origins.
 */
import { makeBackup, type BackupFile } from '../clips/import/backup-format';
import { dedupeClips, knownClips, type IndexedClip } from '../clips/import/dedupe';
import { parseImport, type ParsedImport } from '../clips/import/parse-import';
import type { ImportMode, ImportPreview, ImportResult } from '../clips/import/report';
import { needsPermission } from '../clips/import/user-data-schema';
import type { StandardsLensDb } from '../db/database';
import { err, ok, type Result } from '../messages/result';
import type { SiteService } from './site-service';

export interface BackupService {
  backup(): Promise<BackupFile>;
  preview(text: string): Promise<Result<ImportPreview>>;
  /**
   * Writes the file. With rejected entries and `skipRejected` false, nothing is written
   * (`bad-request` naming them): the user confirms skipping them after the preview.
   */
  apply(text: string, mode: ImportMode, skipRejected?: boolean): Promise<Result<ImportResult>>;
}

export interface BackupServiceOptions {
  now?: () => number;
}

export function createBackupService(
  db: StandardsLensDb,
  sites: Pick<SiteService, 'restore' | 'siteState'>,
  { now = Date.now }: BackupServiceOptions = {},
): BackupService {
  function parse(text: string): Result<ParsedImport> {
    const parsed = parseImport(text, { now: now() });
    return parsed.ok ? ok(parsed.value) : err('bad-request', parsed.reason);
  }

  async function known() {
    const clips: { id: string; normalizedUrl: string; quote: string }[] = [];
    await db.clips.each(({ id, normalizedUrl, quote }) => void clips.push({ id, normalizedUrl, quote }));
    return knownClips(clips);
  }

  async function afterSites(
    restored: ParsedImport['sites'],
  ): Promise<{ needing: string[]; notes: string[] }> {
    if (!restored?.some(needsPermission)) {
      if (restored) await sites.restore().catch(() => undefined);
      return { needing: [], notes: [] };
    }
    const notes: string[] = [];
    await sites.restore().catch((error: unknown) => {
      notes.push(`site scripts not registered: ${error instanceof Error ? error.message : String(error)}`);
    });
    const needing: string[] = [];
    for (const site of restored.filter(needsPermission)) {
      const state = await sites.siteState(site.origin).catch(() => undefined);
      if (state && !state.enabled && state.reason === 'not-enabled') needing.push(site.origin);
    }
    return { needing, notes };
  }

  return {
    async backup() {
      return db.transaction('r', db.clips, db.settings, db.sites, async () => {
        const [clips, settings, siteRows] = await Promise.all([
          db.clips.toArray(),
          db.settings.toArray(),
          db.sites.toArray(),
        ]);
        return makeBackup({ clips, settings, sites: siteRows }, { now: now(), schemaVersion: db.verno });
      });
    },

    async preview(text) {
      const parsed = parse(text);
      if (!parsed.ok) return parsed;
      const file = parsed.value;
      const merge = dedupeClips(file.clips, await known());
      const replace = dedupeClips(file.clips, undefined, { byPassage: false });
      return ok({
        format: file.format,
        total: file.clips.length,
        new: merge.fresh.length,
        duplicate: merge.duplicates.length,
        rejected: file.rejectedCount,
        replace: { new: replace.fresh.length, duplicate: replace.duplicates.length },
        ...(file.settings ? { settings: file.settings.length } : {}),
        ...(file.sites ? { sites: file.sites.length } : {}),
        current: await db.clips.count(),
        rejections: file.rejected,
        notes: file.notes,
      });
    },

    async apply(text, mode, skipRejected = false) {
      const parsed = parse(text);
      if (!parsed.ok) return parsed;
      const file = parsed.value;
      if (file.rejectedCount > 0 && !skipRejected) {
        const first = file.rejected[0]!;
        return err(
          'bad-request',
          `${file.rejectedCount} entries rejected (first: ${first.section}[${first.index}]: ${first.reason}); nothing imported`,
        );
      }
      const result = await db.transaction('rw', db.clips, db.settings, db.sites, async () => {
        let fresh: IndexedClip[];
        let skipped: number;
        if (mode === 'replace') {
          ({
            fresh,
            duplicates: { length: skipped },
          } = dedupeClips(file.clips, undefined, { byPassage: false }));
          await db.clips.clear();
          if (file.settings) await db.settings.clear();
          if (file.sites) await db.sites.clear();
        } else {
          ({
            fresh,
            duplicates: { length: skipped },
          } = dedupeClips(file.clips, await known()));
        }
        await db.clips.bulkAdd(fresh.map((e) => e.clip));
        let settingsWritten = 0;
        if (file.settings && mode === 'replace') {
          await db.settings.bulkPut(file.settings);
          settingsWritten = file.settings.length;
        }
        let sitesWritten = 0;
        if (file.sites) {
          // Merge keeps the user's current decision for a host; replace takes the file's. One row per
          // host either way (the site service's rule), the latest decision in the file winning.
          const latest = new Map<string, (typeof file.sites)[number]>();
          for (const site of file.sites) {
            const seen = latest.get(site.host);
            if (!seen || site.updatedAt >= seen.updatedAt) latest.set(site.host, site);
          }
          const decided =
            mode === 'merge' ? new Set((await db.sites.toArray()).map((r) => r.host)) : new Set();
          const rows = [...latest.values()].filter((r) => !decided.has(r.host));
          await db.sites.bulkPut(rows);
          sitesWritten = rows.length;
        }
        return { added: fresh.length, skipped, settings: settingsWritten, sites: sitesWritten };
      });
      const { needing, notes } = await afterSites(file.sites);
      return ok({
        mode,
        ...result,
        rejected: file.rejectedCount,
        sitesNeedingPermission: needing,
        notes: [...file.notes, ...notes],
      });
    },
  };
}
