import { beforeEach, describe, expect, it } from 'vitest';
import type { StandardsLensDb } from '../../lib/db/database';
import { createSettingsService } from '../../lib/services/settings-service';
import {
  createSiteService,
  type PermissionsAdapter,
  type ScriptingAdapter,
  type SiteScript,
} from '../../lib/services/site-service';
import { freshDb } from '../db/fresh-db';

/** In-memory `browser.scripting`, with the duplicate-id error Chrome raises. */
function fakeScripting(initial: { id: string; matches?: string[] }[] = []) {
  const scripts = new Map<string, { id: string; matches?: string[] }>(initial.map((s) => [s.id, s]));
  const log: string[] = [];
  const scripting: ScriptingAdapter = {
    async registerContentScripts(list: SiteScript[]) {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
        log.push(`register ${s.id} ${s.matches.join(',')}`);
      }
    },
    async unregisterContentScripts(filter) {
      for (const id of filter?.ids ?? [...scripts.keys()]) {
        scripts.delete(id);
        log.push(`unregister ${id}`);
      }
    },
    async getRegisteredContentScripts(filter) {
      return [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
    },
  };
  return { scripting, scripts, log };
}

function fakePermissions(granted: string[] = []) {
  const origins = new Set(granted);
  const permissions: PermissionsAdapter = {
    async contains(p) {
      return (p.origins ?? []).every((o) => origins.has(o));
    },
  };
  return { permissions, origins };
}

let db: StandardsLensDb;
let clock: number;
const now = () => ++clock;

beforeEach(() => {
  db = freshDb();
  clock = 0;
});

describe('site service: other sites', () => {
  it('refuses to enable a site without its host permission', async () => {
    const { scripting, log } = fakeScripting();
    const sites = createSiteService(db, scripting, fakePermissions().permissions, { now });
    expect(await sites.setEnabled('https://example.com', true)).toMatchObject({
      ok: false,
      error: { code: 'permission-required', message: expect.stringContaining('*://example.com/*') },
    });
    expect(log).toEqual([]);
    expect(await db.sites.count()).toBe(0);
  });

  it('registers a content script for *://host/* when enabled, once', async () => {
    const { scripting, scripts, log } = fakeScripting();
    const sites = createSiteService(db, scripting, fakePermissions(['*://example.com/*']).permissions, {
      now,
    });
    const result = await sites.setEnabled('https://example.com', true);
    expect(result).toEqual({
      ok: true,
      value: {
        origin: 'https://example.com',
        pattern: '*://example.com/*',
        isDefault: false,
        enabled: true,
        reason: 'user-enabled',
      },
    });
    expect(scripts.get('site:example.com')).toEqual({
      id: 'site:example.com',
      matches: ['*://example.com/*'],
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
      allFrames: true,
      persistAcrossSessions: true,
    });
    await sites.setEnabled('https://example.com', true);
    expect(log).toEqual(['register site:example.com *://example.com/*']);
    expect(await db.sites.get('https://example.com')).toEqual({
      origin: 'https://example.com',
      host: 'example.com',
      enabled: true,
      updatedAt: 2,
    });
  });

  it('answers page state per host (any scheme, not subdomains)', async () => {
    const { scripting } = fakeScripting();
    const sites = createSiteService(db, scripting, fakePermissions(['*://example.com/*']).permissions, {
      now,
    });
    expect(await sites.pageState('https://example.com/news/1.html')).toEqual({
      enabled: false,
      reason: 'not-enabled',
    });
    await sites.setEnabled('https://example.com', true);
    expect(await sites.pageState('https://example.com/news/1.html')).toEqual({
      enabled: true,
      reason: 'user-enabled',
    });
    expect(await sites.pageState('http://example.com:8080/')).toEqual({
      enabled: true,
      reason: 'user-enabled',
    });
    expect(await sites.pageState('https://news.example.com/')).toEqual({
      enabled: false,
      reason: 'not-enabled',
    });
    expect(await sites.pageState('file:///tmp/a.html')).toEqual({ enabled: false, reason: 'not-enabled' });
    expect(await sites.pageState('not a url')).toEqual({ enabled: false, reason: 'not-enabled' });
  });

  it('unregisters the script when disabled, and keeps one decision per host', async () => {
    const { scripting, scripts, log } = fakeScripting();
    const sites = createSiteService(db, scripting, fakePermissions(['*://example.com/*']).permissions, {
      now,
    });
    await sites.setEnabled('https://example.com', true);
    const off = await sites.setEnabled('http://example.com', false);
    expect(off).toMatchObject({ ok: true, value: { enabled: false, reason: 'user-disabled' } });
    expect(scripts.size).toBe(0);
    expect(log).toEqual(['register site:example.com *://example.com/*', 'unregister site:example.com']);
    expect(await db.sites.toArray()).toEqual([
      { origin: 'http://example.com', host: 'example.com', enabled: false, updatedAt: 2 },
    ]);
    expect(await sites.pageState('https://example.com/')).toEqual({
      enabled: false,
      reason: 'user-disabled',
    });
  });

  it('reports a site as not enabled once the user revoked its permission', async () => {
    const { scripting } = fakeScripting();
    const { permissions, origins } = fakePermissions(['*://example.com/*']);
    const sites = createSiteService(db, scripting, permissions, { now });
    await sites.setEnabled('https://example.com', true);
    origins.clear();
    expect(await sites.siteState('https://example.com')).toMatchObject({
      enabled: false,
      reason: 'not-enabled',
    });
  });

  it('adds the content script css when there is one', async () => {
    const { scripting, scripts } = fakeScripting();
    const sites = createSiteService(db, scripting, fakePermissions(['*://example.com/*']).permissions, {
      js: ['a.js'],
      css: ['a.css'],
    });
    await sites.setEnabled('https://example.com', true);
    expect(scripts.get('site:example.com')).toMatchObject({ js: ['a.js'], css: ['a.css'] });
  });
});

describe('site service: default government sites', () => {
  it('needs no permission or registration, and can be switched off and on', async () => {
    const { scripting, log } = fakeScripting();
    const sites = createSiteService(db, scripting, fakePermissions().permissions, { now });
    expect(await sites.siteState('https://www.samr.gov.cn')).toEqual({
      origin: 'https://www.samr.gov.cn',
      pattern: '*://www.samr.gov.cn/*',
      isDefault: true,
      enabled: true,
      reason: 'default-site',
    });
    expect(await sites.setEnabled('https://www.samr.gov.cn', false)).toMatchObject({
      ok: true,
      value: { enabled: false, reason: 'user-disabled' },
    });
    expect(await sites.pageState('https://www.samr.gov.cn/zw/')).toEqual({
      enabled: false,
      reason: 'user-disabled',
    });
    // Only that host: the rest of gov.cn stays on.
    expect(await sites.pageState('https://www.gov.cn/')).toEqual({ enabled: true, reason: 'default-site' });
    await sites.setEnabled('https://www.samr.gov.cn', true);
    expect(await sites.pageState('https://www.samr.gov.cn/zw/')).toEqual({
      enabled: true,
      reason: 'default-site',
    });
    expect(log).toEqual([]);
  });
});

describe('pause', () => {
  it('idles every site, then restores each one’s state', async () => {
    const { scripting } = fakeScripting();
    const sites = createSiteService(db, scripting, fakePermissions(['*://example.com/*']).permissions, {
      now,
    });
    const settings = createSettingsService(db);
    await sites.setEnabled('https://example.com', true);

    expect(await settings.setPaused(true)).toMatchObject({ paused: true });
    expect(await sites.pageState('https://www.gov.cn/')).toEqual({ enabled: false, reason: 'paused' });
    expect(await sites.pageState('https://example.com/')).toEqual({ enabled: false, reason: 'paused' });
    expect(await sites.siteState('https://example.com')).toMatchObject({ enabled: false, reason: 'paused' });

    expect(await settings.setPaused(false)).toMatchObject({ paused: false });
    expect(await sites.pageState('https://www.gov.cn/')).toEqual({ enabled: true, reason: 'default-site' });
    expect(await sites.pageState('https://example.com/')).toEqual({ enabled: true, reason: 'user-enabled' });
  });
});

describe('restore', () => {
  it('registers missing scripts of enabled sites and removes stale ones, leaving foreign scripts alone', async () => {
    await db.sites.bulkPut([
      { origin: 'https://a.example', host: 'a.example', enabled: true, updatedAt: 1 },
      { origin: 'https://b.example', host: 'b.example', enabled: true, updatedAt: 1 },
      { origin: 'https://c.example', host: 'c.example', enabled: false, updatedAt: 1 },
      { origin: 'https://www.gov.cn', host: 'www.gov.cn', enabled: true, updatedAt: 1 },
    ]);
    const { scripting, scripts } = fakeScripting([
      { id: 'site:a.example', matches: ['*://a.example/*'] },
      { id: 'site:gone.example', matches: ['*://gone.example/*'] },
      { id: 'someone-else', matches: ['*://x.example/*'] },
    ]);
    const sites = createSiteService(db, scripting, fakePermissions().permissions);
    expect(await sites.restore()).toEqual({
      registered: ['site:b.example'],
      unregistered: ['site:gone.example'],
    });
    expect([...scripts.keys()].sort()).toEqual(['site:a.example', 'site:b.example', 'someone-else']);
    expect(scripts.get('site:b.example')).toMatchObject({ matches: ['*://b.example/*'] });
    expect(await sites.restore()).toEqual({ registered: [], unregistered: [] });
  });

  it('does not race with a concurrent enable', async () => {
    const { scripting, scripts } = fakeScripting();
    const sites = createSiteService(db, scripting, fakePermissions(['*://example.com/*']).permissions);
    const results = await Promise.all([
      sites.restore(),
      sites.setEnabled('https://example.com', true),
      sites.restore(),
    ]);
    expect(results[1]).toMatchObject({ ok: true });
    expect([...scripts.keys()]).toEqual(['site:example.com']);
  });
});
