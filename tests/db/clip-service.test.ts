import { describe, expect, it } from 'vitest';
import type { Clip, ClipDraft } from '../../lib/clips/types';
import { seedDatabase } from '../../lib/db/seed';
import { createClipService, isSamePage } from '../../lib/services/clip-service';
import { bundledKnowledge } from './bundled-knowledge';
import { clipDraft, OTHER_ID, PAGE } from './clip-fixtures';
import { freshDb } from './fresh-db';

const OTHER_PAGE = 'https://www.samr.gov.cn/zw/zfxxgk/fdzdgknr/bzcxs/art/2024/art_1.html';
/** The sender's frame: the same page with another fragment and its own tracking parameter. */
const SENDER = `${PAGE}?fbclid=abc#top`;

function setup() {
  const db = freshDb();
  const clock = { t: 1_000 };
  const clips = createClipService(db, { now: () => clock.t });
  return { db, clock, clips };
}

function value<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`expected ok: ${JSON.stringify(result)}`);
  return result.value;
}

describe('clip service: save', () => {
  it('stores the draft under the normalized page URL, found and checked now', async () => {
    const { db, clips } = setup();
    const draft = clipDraft();
    const clip = value(await clips.save(draft, SENDER));
    expect(clip).toEqual({
      ...draft,
      created: 1_000,
      updated: 1_000,
      normalizedUrl: PAGE,
      site: 'www.gov.cn',
      note: '',
      tags: [],
      status: 'found',
      checkedAt: 1_000,
    });
    expect(await db.clips.get(draft.id)).toEqual(clip);
  });

  it('keeps a note and tags from the draft (tags trimmed, once each) and drops unknown fields', async () => {
    const { db, clips } = setup();
    const draft = { ...clipDraft({ note: 'see item 9', tags: [' energy ', 'energy', '碳'] }), evil: true };
    value(await clips.save(draft as ClipDraft, SENDER));
    const stored = await db.clips.get(draft.id);
    expect(stored).toMatchObject({ note: 'see item 9', tags: ['energy', '碳'] });
    expect(stored).not.toHaveProperty('evil');
  });

  it('is idempotent on id: a retry returns the stored clip unchanged', async () => {
    const { db, clock, clips } = setup();
    const first = value(await clips.save(clipDraft(), SENDER));
    clock.t = 2_000;
    const retry = await clips.save(clipDraft({ title: 'retried' }), PAGE);
    expect(retry).toEqual({ ok: true, value: first });
    expect(await db.clips.count()).toBe(1);
    expect((await db.clips.get(first.id))?.title).not.toBe('retried');
  });

  it('stores one clip when the same draft arrives twice at once', async () => {
    const { db, clips } = setup();
    const [a, b] = await Promise.all([clips.save(clipDraft(), SENDER), clips.save(clipDraft(), SENDER)]);
    expect(a).toEqual(b);
    expect(await db.clips.count()).toBe(1);
  });

  it.each<[string, string | undefined]>([
    ['another page', OTHER_PAGE],
    ['a page of the same site', 'https://www.gov.cn/zhengce/'],
    ['no sender URL', undefined],
    ['a non-http sender', 'about:blank'],
    ['a file: sender', 'file:///home/me/page.html'],
  ])('refuses a draft from %s', async (_label, sender) => {
    const { db, clips } = setup();
    expect(await clips.save(clipDraft(), sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.clips.count()).toBe(0);
  });

  it('refuses a text-fragment link to another page', async () => {
    const { db, clips } = setup();
    const draft = clipDraft({ textFragment: `${OTHER_PAGE}#:~:text=x` });
    expect(await clips.save(draft, SENDER)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await db.clips.count()).toBe(0);
  });

  it('refuses an id already taken by a clip of another page, leaving that clip alone', async () => {
    const { db, clips } = setup();
    const theirs = value(
      await clips.save(clipDraft({ url: OTHER_PAGE, textFragment: `${OTHER_PAGE}#:~:text=a` }), OTHER_PAGE),
    );
    expect(await clips.save(clipDraft(), SENDER)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.clips.toArray()).toEqual([theirs]);
  });
});

describe('clip service: edits of the page’s own clips', () => {
  async function saved() {
    const s = setup();
    const mine = value(await s.clips.save(clipDraft(), SENDER));
    const theirs = value(
      await s.clips.save(
        clipDraft({ id: OTHER_ID, url: OTHER_PAGE, textFragment: `${OTHER_PAGE}#:~:text=b` }),
        OTHER_PAGE,
      ),
    );
    return { ...s, mine, theirs };
  }

  it('removes only a clip of the sender’s page', async () => {
    const { db, clips, mine, theirs } = await saved();
    expect(await clips.remove(theirs.id, SENDER)).toEqual({ ok: true, value: { deleted: false } });
    expect(await db.clips.get(theirs.id)).toEqual(theirs);
    expect(await clips.remove(mine.id, SENDER)).toEqual({ ok: true, value: { deleted: true } });
    expect(await clips.remove(mine.id, SENDER)).toEqual({ ok: true, value: { deleted: false } });
    expect(await db.clips.count()).toBe(1);
    expect(await clips.remove(theirs.id, undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('updates the note of a clip of the sender’s page, and only there', async () => {
    const { db, clock, clips, mine, theirs } = await saved();
    clock.t = 5_000;
    expect(await clips.updateNote(mine.id, '备注', SENDER)).toEqual({
      ok: true,
      value: { ...mine, note: '备注', updated: 5_000 },
    });
    expect(await clips.updateNote(theirs.id, 'x', SENDER)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await clips.updateNote('9d3c2b1a-0f4e-4d5c-8b7a-6e5f4d3c2b1a', 'x', SENDER)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect((await db.clips.get(theirs.id))?.note).toBe('');
  });

  it('lists the page’s clips, oldest first, whatever the fragment or tracking parameters', async () => {
    const { clock, clips, mine } = await saved();
    clock.t = 500; // an earlier clock (a clip synced from elsewhere, say) sorts first
    const earlier = value(await clips.save(clipDraft({ id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }), PAGE));
    const list = value(await clips.pageClips(`${PAGE}?utm_source=x&utm_medium=y#frag`));
    expect(list.map((c) => c.id)).toEqual([earlier.id, mine.id]);
    expect(value(await clips.pageClips('https://www.gov.cn/other.htm'))).toEqual([]);
    expect(await clips.pageClips('chrome://settings')).toMatchObject({ ok: false });
  });

  it('writes anchoring reports for the page’s clips only', async () => {
    const { db, clock, clips, mine, theirs } = await saved();
    clock.t = 9_000;
    const changed = await clips.reportAnchors(
      [
        { id: mine.id, status: 'changed', current: '到2025年，共性关键技术……达到60%以上。' },
        { id: theirs.id, status: 'missing' },
        { id: '9d3c2b1a-0f4e-4d5c-8b7a-6e5f4d3c2b1a', status: 'found' },
      ],
      SENDER,
    );
    expect(changed).toEqual({ ok: true, value: { updated: 1 } });
    expect(await db.clips.get(mine.id)).toEqual({
      ...mine,
      status: 'changed',
      checkedAt: 9_000,
      current: '到2025年，共性关键技术……达到60%以上。',
    } satisfies Clip);
    expect(await db.clips.get(theirs.id)).toEqual(theirs);

    clock.t = 10_000;
    expect(await clips.reportAnchors([{ id: mine.id, status: 'moved' }], SENDER)).toEqual({
      ok: true,
      value: { updated: 1 },
    });
    const moved = await db.clips.get(mine.id);
    expect(moved).toMatchObject({ status: 'moved', checkedAt: 10_000, updated: mine.updated });
    expect(moved).not.toHaveProperty('current');
  });
});

describe('clip service: reseed safety', () => {
  it('a new seed version leaves every clip as it was', async () => {
    const { db, clips } = setup();
    const kb = bundledKnowledge();
    await seedDatabase(db, kb, 'v1');
    const mine = value(await clips.save(clipDraft({ note: 'keep me' }), SENDER));
    expect((await seedDatabase(db, kb, 'v2')).seeded).toBe(true);
    expect(await db.clips.toArray()).toEqual([mine]);
    expect(value(await clips.pageClips(PAGE))).toEqual([mine]);
  });
});

describe('isSamePage', () => {
  it('compares normalized http(s) URLs', () => {
    expect(isSamePage(SENDER, `${PAGE}#other`)).toBe(true);
    expect(isSamePage(PAGE, OTHER_PAGE)).toBe(false);
    expect(isSamePage(undefined, PAGE)).toBe(false);
    expect(isSamePage('about:blank', 'about:blank')).toBe(false);
  });
});
