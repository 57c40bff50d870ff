/**
 * Saved clips (table `clips`, schema version 2). Every call names the page it comes from — the sender
 * frame's URL, which the browser sets and the content script cannot forge — and touches only clips of
 * that page (by normalized URL): a hostile page can neither write clips for another page nor read, edit
 * or delete them (their notes are private).
 */
import type { AnchorReport, Clip, ClipDraft } from '../clips/types';
import { normalizeUrl, siteOf } from '../clips/normalize-url';
import type { StandardsLensDb } from '../db/database';
import { err, ok, type Result } from '../messages/result';

export interface ClipServiceOptions {
  now?: () => number;
}

export interface ClipService {
  /**
   * Stores a new clip of `pageUrl`. Idempotent on `draft.id`: when that clip is already stored for the
   * same page (a retry after the service worker was stopped), it is returned unchanged.
   */
  save(draft: ClipDraft, pageUrl: string | undefined): Promise<Result<Clip>>;
  /** `deleted: false` for an unknown id and for a clip of another page alike (no existence oracle). */
  remove(id: string, pageUrl: string | undefined): Promise<Result<{ deleted: boolean }>>;
  updateNote(id: string, note: string, pageUrl: string | undefined): Promise<Result<Clip>>;
  /** The page's clips, oldest first. */
  pageClips(pageUrl: string | undefined): Promise<Result<Clip[]>>;
  /**
   * Writes status and check time for the page's clips among `reports`; other ids are ignored. `updated`
   * is left alone: it tracks the user's edits, `checkedAt` the anchoring.
   */
  reportAnchors(
    reports: readonly AnchorReport[],
    pageUrl: string | undefined,
  ): Promise<Result<{ updated: number }>>;
}

/** Whether two URLs are the same page for clips (no fragment, no tracking parameters). */
export function isSamePage(a: string | undefined, b: string | undefined): boolean {
  const page = a === undefined ? undefined : normalizeUrl(a);
  return page !== undefined && b !== undefined && page === normalizeUrl(b);
}

const NOT_A_PAGE = 'clips belong to http(s) pages, and the sender has none';
const NOT_THIS_PAGE = 'no such clip on this page';

/** Drops fields a sender may have added and fills in what the background decides. */
function toClip(draft: ClipDraft, page: string, time: number): Clip {
  const { id, url, title, quote, selectors, textFragment, facts, mentions } = draft;
  const tags = [...new Set((draft.tags ?? []).map((tag) => tag.trim()).filter(Boolean))];
  return {
    ...{ id, url, title, quote, selectors, textFragment, facts, mentions },
    created: time,
    updated: time,
    normalizedUrl: page,
    site: siteOf(page) ?? '',
    note: draft.note ?? '',
    tags,
    // Taken from the page as it is right now: found there, checked now. `unchecked` is for clips whose
    // page was never seen by this extension (an imported backup).
    status: 'found',
    checkedAt: time,
  };
}

/** The report applied: `current` only for a `changed` clip, and dropped once the text is back. */
function withReport(clip: Clip, report: AnchorReport, time: number): Clip {
  const { current: _stale, ...rest } = clip;
  const next: Clip = { ...rest, status: report.status, checkedAt: time };
  if (report.status === 'changed' && report.current !== undefined) next.current = report.current;
  return next;
}

export function createClipService(
  db: StandardsLensDb,
  { now = Date.now }: ClipServiceOptions = {},
): ClipService {
  const pageOf = (pageUrl: string | undefined) => (pageUrl === undefined ? undefined : normalizeUrl(pageUrl));

  /** The clip when it exists and belongs to `page`. */
  async function clipOf(id: string, page: string): Promise<Clip | undefined> {
    const clip = await db.clips.get(id);
    return clip?.normalizedUrl === page ? clip : undefined;
  }

  return {
    async save(draft, pageUrl) {
      const page = pageOf(pageUrl);
      if (!page) return err('forbidden', NOT_A_PAGE);
      if (normalizeUrl(draft.url) !== page)
        return err('forbidden', "the clip's url is not the sender's page");
      if (normalizeUrl(draft.textFragment) !== page) {
        return err('bad-request', "the clip's text-fragment link is not to the sender's page");
      }
      const clip = toClip(draft, page, now());
      return db.transaction('rw', db.clips, async (): Promise<Result<Clip>> => {
        const stored = await db.clips.get(clip.id);
        if (stored)
          return stored.normalizedUrl === page ? ok(stored) : err('forbidden', 'the clip id is taken');
        await db.clips.add(clip);
        return ok(clip);
      });
    },

    async remove(id, pageUrl) {
      const page = pageOf(pageUrl);
      if (!page) return err('forbidden', NOT_A_PAGE);
      return db.transaction('rw', db.clips, async () => {
        if (!(await clipOf(id, page))) return ok({ deleted: false });
        await db.clips.delete(id);
        return ok({ deleted: true });
      });
    },

    async updateNote(id, note, pageUrl) {
      const page = pageOf(pageUrl);
      if (!page) return err('forbidden', NOT_A_PAGE);
      return db.transaction('rw', db.clips, async (): Promise<Result<Clip>> => {
        const clip = await clipOf(id, page);
        if (!clip) return err('not-found', NOT_THIS_PAGE);
        const next: Clip = { ...clip, note, updated: now() };
        await db.clips.put(next);
        return ok(next);
      });
    },

    async pageClips(pageUrl) {
      const page = pageOf(pageUrl);
      if (!page) return err('forbidden', NOT_A_PAGE);
      const clips = await db.clips.where('normalizedUrl').equals(page).toArray();
      return ok(clips.sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
    },

    async reportAnchors(reports, pageUrl) {
      const page = pageOf(pageUrl);
      if (!page) return err('forbidden', NOT_A_PAGE);
      // The last report of an id wins.
      const byId = new Map(reports.map((report) => [report.id, report]));
      const time = now();
      return db.transaction('rw', db.clips, async () => {
        const stored = await db.clips.bulkGet([...byId.keys()]);
        const next = stored
          .filter((clip): clip is Clip => clip?.normalizedUrl === page)
          .map((clip) => withReport(clip, byId.get(clip.id)!, time));
        await db.clips.bulkPut(next);
        return ok({ updated: next.length });
      });
    },
  };
}
