/**
 * The clip library's side of the clips (issue 11): every clip, for the extension's own library page
 * only (the router admits page messages from the extension's pages alone; content scripts keep the
 * per-page ClipService). Listing is paged, newest first: 10,000 generated clips are 14.6 MB of JSON (40 ms to stringify, 41 ms to parse in Node), which one
 * `runtime.sendMessage` answer would serialize in one long task on both ends.
 */
import { clipItems } from '../clips/library/filters';
import { libraryKnowledge, type LibraryKnowledge } from '../clips/library/knowledge';
import { normalizeUrl, siteOf } from '../clips/normalize-url';
import type { Clip } from '../clips/types';
import type { CardKnowledge } from '../card/types';
import type { StandardsLensDb } from '../db/database';
import { err, ok, type Result } from '../messages/result';

export interface ClipPage {
  clips: Clip[];
  /** All clips in the library. */
  total: number;
}

export interface ClipLibraryService {
  /** Clips newest first, `offset`/`limit` paged. */
  list(offset: number, limit: number): Promise<Result<ClipPage>>;
  /** Note and/or tags, edited in place; `updated` is the edit time. */
  update(id: string, patch: { note?: string; tags?: string[] }): Promise<Result<Clip>>;
  /** Deletes the clips; answers the ones that were stored (what Undo restores). */
  remove(ids: readonly string[]): Promise<Result<{ deleted: Clip[] }>>;
  /** Undo: puts back clips that are not stored (an id already present is left as it is). */
  restore(clips: readonly Clip[]): Promise<Result<{ restored: number }>>;
  knowledge(): Promise<Result<LibraryKnowledge>>;
  /** Plan item no → how many clips touch it (the plan browser's counts, issue 12). */
  countsByItem(): Promise<Result<{ counts: Record<number, number> }>>;
}

export const cleanTags = (tags: readonly string[]) => [
  ...new Set(tags.map((tag) => tag.trim()).filter(Boolean)),
];

export function createClipLibraryService(
  db: StandardsLensDb,
  cardKnowledge: () => Promise<Pick<CardKnowledge, 'plan' | 'agencies' | 'topics'>>,
  { now = Date.now }: { now?: () => number } = {},
): ClipLibraryService {
  return {
    async list(offset, limit) {
      return db.transaction('r', db.clips, async () => {
        const total = await db.clips.count();
        const clips = await db.clips.orderBy('created').reverse().offset(offset).limit(limit).toArray();
        return ok({ clips, total });
      });
    },

    async update(id, { note, tags }) {
      return db.transaction('rw', db.clips, async (): Promise<Result<Clip>> => {
        const clip = await db.clips.get(id);
        if (!clip) return err('not-found', 'no such clip');
        const next: Clip = {
          ...clip,
          ...(note !== undefined && { note }),
          ...(tags !== undefined && { tags: cleanTags(tags) }),
          updated: now(),
        };
        await db.clips.put(next);
        return ok(next);
      });
    },

    async remove(ids) {
      return db.transaction('rw', db.clips, async () => {
        const deleted = (await db.clips.bulkGet([...ids])).filter((c): c is Clip => c !== undefined);
        await db.clips.bulkDelete(deleted.map((c) => c.id));
        return ok({ deleted });
      });
    },

    async restore(clips) {
      // The background decides what it derives from the URL, as when a clip is saved.
      const fixed = clips.flatMap((clip) => {
        const page = normalizeUrl(clip.url);
        return page ? [{ ...clip, normalizedUrl: page, site: siteOf(page) ?? '' }] : [];
      });
      return db.transaction('rw', db.clips, async () => {
        const stored = await db.clips.bulkGet(fixed.map((c) => c.id));
        const missing = fixed.filter((_, i) => stored[i] === undefined);
        await db.clips.bulkAdd(missing);
        return ok({ restored: missing.length });
      });
    },

    async knowledge() {
      return ok(libraryKnowledge(await cardKnowledge()));
    },

    async countsByItem() {
      // One pass over the store; the library's own item filter (clipItems) decides what "touches" means.
      const counts: Record<number, number> = {};
      await db.clips.each((clip) => {
        for (const no of clipItems(clip)) counts[no] = (counts[no] ?? 0) + 1;
      });
      return ok({ counts });
    },
  };
}
