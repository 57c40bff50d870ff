/**
 * The page-state reads kept until the database's next write (issue 15, lib/services/read-cache): a
 * frame's start no longer waits on IndexedDB, and no change the reader makes is missed — the cache is
 * subscribed to the database's writes (lib/db/write-events), as lib/services/background-services
 * wires it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StandardsLensDb } from '../../lib/db/database';
import { onDatabaseWrite } from '../../lib/db/write-events';
import { createReadCache, type ReadCache } from '../../lib/services/read-cache';
import { createSettingsService } from '../../lib/services/settings-service';
import { createSiteService, type ScriptingAdapter } from '../../lib/services/site-service';
import { freshDb } from '../db/fresh-db';
import { testBackground } from '../support/background';

describe('createReadCache', () => {
  let clear: () => void;
  let cache: ReadCache;
  beforeEach(() => {
    cache = createReadCache((c) => (clear = c), 3);
  });

  it('shares one load per key until a write', async () => {
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([cache.read('a', load), cache.read('a', load)])).toEqual([1, 1]);
    expect(await cache.read('a', load)).toBe(1);
    expect(await cache.read('b', load)).toBe(2);
    clear();
    expect(await cache.read('a', load)).toBe(3);
  });

  it('keeps no failed load', async () => {
    let fail = true;
    const load = async () => {
      if (fail) throw new Error('no database');
      return 'read';
    };
    await expect(cache.read('a', load)).rejects.toThrow('no database');
    fail = false;
    await expect(cache.read('a', load)).resolves.toBe('read');
  });

  it('holds at most its bound of keys', async () => {
    let loads = 0;
    const load = async () => ++loads;
    for (const key of ['a', 'b', 'c', 'd']) await cache.read(key, load);
    expect(loads).toBe(4);
    await cache.read('d', load); // kept: the bound cleared a, b and c to make room for it
    expect(loads).toBe(4);
    await cache.read('a', load);
    expect(loads).toBe(5);
  });
});

describe('the page state, read through the cache', () => {
  const noScripts: ScriptingAdapter = {
    registerContentScripts: async () => undefined,
    unregisterContentScripts: async () => undefined,
    getRegisteredContentScripts: async () => [],
  };
  const permissions = { contains: async () => true, remove: async () => true };
  let db: StandardsLensDb;
  let unsubscribe = () => {};
  const services = () => {
    const cache = createReadCache((clear) => (unsubscribe = onDatabaseWrite(clear)));
    const sites = createSiteService(db, noScripts, permissions, { cache });
    const settings = createSettingsService(db, cache);
    return { sites, settings };
  };
  const PAGE = 'https://www.example.gov.cn/a.html';

  beforeEach(() => {
    db = freshDb();
  });
  afterEach(() => unsubscribe());

  it('reads the database once for many frames of a site', async () => {
    const { sites, settings } = services();
    // The database opens, and its creation is a write: its event clears what the first read kept.
    for (let i = 0; i < 2; i++) await Promise.all([sites.pageState(PAGE), settings.get()]);
    const where = vi.spyOn(db.sites, 'where');
    const bulkGet = vi.spyOn(db.settings, 'bulkGet');
    for (let i = 0; i < 10; i++) {
      expect(await sites.pageState(PAGE)).toEqual({ enabled: true, reason: 'default-site' });
      await settings.get();
    }
    expect(where).toHaveBeenCalledTimes(0);
    expect(bulkGet).toHaveBeenCalledTimes(0);
  });

  it('answers every change at once: the service that wrote, or a write of any other path', async () => {
    const { sites, settings } = services();
    expect(await sites.pageState(PAGE)).toMatchObject({ enabled: true });
    await sites.setDefaultEnabled('gov.cn', false);
    expect(await sites.pageState(PAGE)).toEqual({ enabled: false, reason: 'user-disabled' });
    await sites.setDefaultEnabled('gov.cn', true);
    expect(await sites.pageState(PAGE)).toEqual({ enabled: true, reason: 'default-site' });
    await settings.setPaused(true);
    expect(await sites.pageState(PAGE)).toEqual({ enabled: false, reason: 'paused' });
    expect((await settings.get()).paused).toBe(true);
    await db.settings.put({ key: 'paused', value: false }); // e.g. a backup restored
    expect(await sites.pageState(PAGE)).toEqual({ enabled: true, reason: 'default-site' });
    await settings.updateUi({ hoverDelayMs: 900 });
    expect((await settings.get()).ui.hoverDelayMs).toBe(900);
    await db.settings.clear();
    expect((await settings.get()).ui.hoverDelayMs).toBe(300);
  });
});

describe("the reader's terms, read through the cache (every scan asks which matcher is current)", () => {
  it('a term the reader adds or removes reaches the next scan at once', async () => {
    const services = testBackground();
    const found = async () =>
      (await services.knowledge.scanWindow(['虚拟电厂参与电力市场。'])).mentions[0]!.map((m) => m.id);
    expect(await found()).toEqual([]);
    const added = await services.userTerms.add({ term: '虚拟电厂', aliases: [], items: [9] });
    expect(added.ok).toBe(true);
    expect(await found()).toHaveLength(1);
    await services.userTerms.remove(added.ok ? added.value.id : '');
    expect(await found()).toEqual([]);
  });
});
