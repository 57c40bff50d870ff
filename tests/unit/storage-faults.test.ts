/**
 * Issue 14, faults, through the whole background: IndexedDB refusing a write for lack of space
 * (`QuotaExceededError` on `add`/`put`, as a full disk makes it) and IndexedDB that cannot be opened at
 * all. A full disk: the sender hears `storage-full` (the toast tells the reader what to do) and nothing
 * is half-written. No database: knowledge and page state are still served (highlighting does not
 * depend on storage); what needs the database answers `storage-unavailable`, which the pages show.
 */
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { clipStrings } from '../../lib/clips/clip-strings';
import { openDatabase } from '../../lib/db/database';
import { CONTENT_CHANNEL, PAGE_CHANNEL } from '../../lib/messages/protocol';
import { createMessageRouter, type MessageSender } from '../../lib/messages/router';
import { storageFailure } from '../../lib/messages/storage-errors';
import { clipDraft, OTHER_ID, PAGE, storedClip } from '../db/clip-fixtures';
import { freshDb } from '../db/fresh-db';
import { testBackground } from '../support/background';

const EXT = 'chrome-extension://ext/';
const content: MessageSender = { id: 'ext', url: PAGE, tab: { id: 5 }, frameId: 0 };
const library: MessageSender = { id: 'ext', url: `${EXT}clips.html` };

/** `add` and `put` on the `clips` store throw QuotaExceededError once `after` writes have gone through. */
function fillDiskAfter(after: number) {
  const proto = IDBObjectStore.prototype as unknown as Record<'add' | 'put', (...a: unknown[]) => unknown>;
  const original = { add: proto.add, put: proto.put };
  let writes = 0;
  for (const method of ['add', 'put'] as const) {
    proto[method] = function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'clips' && writes++ >= after) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original[method].apply(this, args);
    };
  }
  return () => Object.assign(proto, original);
}

let freeDisk: (() => void) | undefined;
afterEach(() => {
  freeDisk?.();
  freeDisk = undefined;
});

function background(db = freshDb()) {
  const services = testBackground({ db });
  const route = createMessageRouter(services.handlers, { id: 'ext', baseUrl: EXT });
  const send = (channel: string, type: string, payload: unknown, sender: MessageSender) =>
    route({ channel, type, payload }, sender);
  return { db, services, send };
}

describe('QuotaExceededError', () => {
  it('a clip save on a full disk answers storage-full, writes nothing, and succeeds once there is room', async () => {
    const { db, send } = background();
    freeDisk = fillDiskAfter(0);
    const answer = await send(CONTENT_CHANNEL, 'saveClip', clipDraft(), content);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'storage-full', message: expect.stringContaining('storage') },
    });
    expect(await db.clips.count()).toBe(0);
    freeDisk();
    freeDisk = undefined;
    // The content script's retry with the same id now stores it, once.
    expect(await send(CONTENT_CHANNEL, 'saveClip', clipDraft(), content)).toMatchObject({ ok: true });
    expect(await db.clips.count()).toBe(1);
  });

  it('a restore that fills the disk half-way writes none of its clips', async () => {
    const { db, send } = background();
    await db.clips.add(storedClip({ id: OTHER_ID }));
    const clips = ['a', 'b', 'c', 'd', 'e'].map((c) =>
      storedClip({ id: `0b6c1f1e-3d5a-4b8e-9a43-6f2d7c1e9a0${c}` }),
    );
    freeDisk = fillDiskAfter(2); // the third clip does not fit
    const answer = await send(PAGE_CHANNEL, 'restoreClips', { clips }, library);
    expect(answer).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect((await db.clips.toArray()).map((c) => c.id)).toEqual([OTHER_ID]);
  });

  it('the reader is told what to do about it, in each language', () => {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const strings = clipStrings(lang);
      expect(strings.storageFull).not.toBe(strings.failed);
    }
    expect(clipStrings('en').storageFull).toMatch(/storage is full/);
  });

  it.each([
    ['a DOMException', new DOMException('full', 'QuotaExceededError'), 'storage-full'],
    [
      'wrapped by Dexie (inner)',
      { name: 'AbortError', inner: { name: 'QuotaExceededError' } },
      'storage-full',
    ],
    ['as a cause', Object.assign(new Error('x'), { cause: { name: 'QuotaExceededError' } }), 'storage-full'],
    [
      'a failed open',
      { name: 'OpenFailedError', inner: { name: 'InvalidStateError' } },
      'storage-unavailable',
    ],
    ['no IndexedDB at all', { name: 'MissingAPIError' }, 'storage-unavailable'],
  ])('storageFailure: %s', (_label, error, code) => {
    expect(storageFailure('saveClip', error)?.error.code).toBe(code);
  });

  it('storageFailure leaves other errors alone', () => {
    expect(storageFailure('saveClip', new TypeError('bug'))).toBeUndefined();
    expect(storageFailure('saveClip', null)).toBeUndefined();
  });
});

describe('IndexedDB unavailable', () => {
  /** A factory whose every open fails, as in a profile where IndexedDB is switched off. */
  function brokenDb() {
    const factory = new IDBFactory();
    factory.open = () => {
      throw new DOMException('IndexedDB is not available in this profile.', 'InvalidStateError');
    };
    return openDatabase({ indexedDB: factory, IDBKeyRange });
  }

  it('the background still serves knowledge and page state to content scripts', async () => {
    const { send } = background(brokenDb());
    expect(await send(CONTENT_CHANNEL, 'getPageState', {}, content)).toMatchObject({
      ok: true,
      value: { enabled: true, reason: 'default-site', ui: { cardLang: 'auto' } },
    });
    const matcher = await send(CONTENT_CHANNEL, 'getMatcher', {}, content);
    expect(matcher).toMatchObject({ ok: true, value: { version: 'v1' } });
    expect(
      await send(CONTENT_CHANNEL, 'getCard', { ref: { kind: 'agency', id: 'miit' }, lang: 'en' }, content),
    ).toMatchObject({ ok: true, value: { kind: 'agency', id: 'miit' } });
    expect(await send(PAGE_CHANNEL, 'getPlanBrowser', {}, library)).toMatchObject({ ok: true });
  });

  it.each<[string, string, unknown, MessageSender]>([
    ['saveClip', CONTENT_CHANNEL, clipDraft(), content],
    ['getSettings', PAGE_CHANNEL, {}, library],
    ['listClips', PAGE_CHANNEL, { offset: 0, limit: 10 }, library],
    ['listSites', PAGE_CHANNEL, {}, library],
    ['updateSettings', PAGE_CHANNEL, { ui: { cardLang: 'en' } }, library],
  ])(
    '%s answers storage-unavailable with a message a page can show',
    async (type, channel, payload, sender) => {
      const { send } = background(brokenDb());
      expect(await send(channel, type, payload, sender)).toEqual({
        ok: false,
        error: { code: 'storage-unavailable', message: expect.stringContaining('IndexedDB unavailable') },
      });
    },
  );
});
