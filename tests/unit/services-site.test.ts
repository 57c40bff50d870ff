import { beforeEach, describe, expect, it } from 'vitest';
import type { StandardsLensDb } from '../../lib/db/database';
import { createSettingsService } from '../../lib/services/settings-service';
import {
  createSiteService,
  type PermissionsAdapter,
  type ScriptingAdapter,
  type SiteScript,
} from '../../lib/services/site-service';
import { isSiteHost, sitePattern } from '../../lib/services/site-patterns';
import config from '../../wxt.config';
import { setContains } from '../support/match-patterns';
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

type Browser = 'chrome' | 'firefox';

/** The manifest wxt.config.ts ships for `browser`: the fakes below grant only what it declares. */
async function shippedManifest(browser: Browser) {
  const { manifest } = config;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: expected a manifest function');
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

/**
 * `browser.permissions` as Chromium answers it (chrome/browser/extensions/api/permissions): `request`
 * rejects at once an origin that no ONE declared pattern contains — the error of issue 9 — and
 * otherwise grants it (the user accepts the prompt); `contains` compares patterns, not strings, and
 * counts the manifest's own host permissions as granted.
 */
function fakePermissions(
  manifest: { host_permissions?: string[]; optional_host_permissions?: string[] },
  granted: string[] = [],
) {
  const required = manifest.host_permissions ?? [];
  const declared = [...required, ...(manifest.optional_host_permissions ?? [])];
  const origins = new Set(granted);
  const permissions: PermissionsAdapter & { request(p: { origins?: string[] }): Promise<boolean> } = {
    async contains(p: { origins?: string[] }) {
      return (p.origins ?? []).every((o) => setContains([...required, ...origins], o));
    },
    async request(p: { origins?: string[] }) {
      if (!(p.origins ?? []).every((o) => setContains(declared, o))) {
        throw new Error('Only permissions specified in the manifest may be requested.');
      }
      for (const o of p.origins ?? []) origins.add(o);
      return true;
    },
    async remove(p: { origins?: string[] }) {
      return (p.origins ?? []).map((o) => origins.delete(o)).every(Boolean);
    },
  };
  return { permissions, origins };
}

const chromeManifest = await shippedManifest('chrome');

let db: StandardsLensDb;
let clock: number;
const now = () => ++clock;

beforeEach(() => {
  db = freshDb();
  clock = 0;
});

describe('opting in a site under the shipped manifest (issue 9)', () => {
  it.each<Browser>(['chrome', 'firefox'])(
    '%s: the pattern the popup requests can be granted, and then the site switches on',
    async (browser) => {
      const { scripting, log } = fakeScripting();
      const { permissions } = fakePermissions(await shippedManifest(browser));
      const sites = createSiteService(db, scripting, permissions, { now });
      const state = await sites.siteState('https://news.example.com/a/b.html');
      expect(state).toMatchObject({ pattern: '*://news.example.com/*', enabled: false });
      // What entrypoints/popup/popup-app.tsx does on the click, before asking the background.
      await expect(permissions.request({ origins: [state.pattern] })).resolves.toBe(true);
      expect(await permissions.contains({ origins: ['http://news.example.com/*'] })).toBe(true);
      expect(await sites.setEnabled(state.origin, true)).toMatchObject({
        ok: true,
        value: { enabled: true, reason: 'user-enabled' },
      });
      expect(log).toEqual(['register site:news.example.com *://news.example.com/*']);
    },
  );

  it('the fake refuses what Chromium refused: *://host/* under scheme-specific declarations', async () => {
    const { permissions } = fakePermissions({ optional_host_permissions: ['https://*/*', 'http://*/*'] });
    await expect(permissions.request({ origins: ['*://news.example.com/*'] })).rejects.toThrow(
      'Only permissions specified in the manifest may be requested.',
    );
    await expect(permissions.request({ origins: ['https://news.example.com/*'] })).resolves.toBe(true);
    expect(await permissions.contains({ origins: ['*://news.example.com/*'] })).toBe(false);
  });

  it('declares no host permission wider than needed: *://*/* is optional, never required', async () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = await shippedManifest(browser);
      expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
      expect(manifest.host_permissions?.some((p) => setContains([p], '*://news.example.com/*'))).toBe(false);
    }
  });
});

describe('hosts no site pattern may be built from', () => {
  it.each(['https://*', 'https://%2A/', 'https://*.example.com', 'http://*.gov.cn', 'https://a*b.example'])(
    '%s: bad-request, nothing changed — even with every host permission granted',
    async (origin) => {
      const { scripting, log } = fakeScripting();
      const { permissions } = fakePermissions(chromeManifest, ['*://*/*']);
      const sites = createSiteService(db, scripting, permissions, { now });
      for (const enabled of [true, false]) {
        expect(await sites.setEnabled(origin, enabled)).toEqual({
          ok: false,
          error: { code: 'bad-request', message: expect.stringContaining('not a site hostname') },
        });
      }
      expect(log).toEqual([]);
      expect(await db.sites.count()).toBe(0);
      await expect(sites.siteState(origin)).rejects.toThrow(/not a site hostname/);
    },
  );

  it('accepts hostnames and IP addresses as URL writes them, and nothing else', () => {
    const good = [
      'example.com',
      'news.example.com',
      'xn--fiqs8s.example',
      'a_b.example',
      '127.0.0.1',
      '[::1]',
    ];
    const bad = ['', '*', '*.example.com', 'a*b.example', '-a.example', 'a-.example', 'a..b', 'example.com.'];
    bad.push('a b', 'a/b', 'Example.com', `${'x'.repeat(64)}.example`, '[::1', 'example.com:443');
    expect(good.filter((h) => !isSiteHost(h))).toEqual([]);
    expect(bad.filter((h) => isSiteHost(h))).toEqual([]);
    expect(() => sitePattern('*')).toThrow(RangeError);
    expect(() => sitePattern('')).toThrow(RangeError);
    expect(sitePattern('[::1]')).toBe('*://[::1]/*');
  });

  it('restore registers nothing for a wildcard row and removes its old script', async () => {
    await db.sites.put({ origin: 'https://*', host: '*', enabled: true, updatedAt: 1 });
    const { scripting, scripts } = fakeScripting([{ id: 'site:*', matches: ['*://*/*'] }]);
    const sites = createSiteService(db, scripting, fakePermissions(chromeManifest).permissions);
    expect(await sites.restore()).toEqual({ registered: [], unregistered: ['site:*'] });
    expect(scripts.size).toBe(0);
  });
});

describe('site service: other sites', () => {
  it('refuses to enable a site without its host permission', async () => {
    const { scripting, log } = fakeScripting();
    const sites = createSiteService(db, scripting, fakePermissions(chromeManifest).permissions, { now });
    expect(await sites.setEnabled('https://example.com', true)).toMatchObject({
      ok: false,
      error: { code: 'permission-required', message: expect.stringContaining('*://example.com/*') },
    });
    expect(log).toEqual([]);
    expect(await db.sites.count()).toBe(0);
  });

  it('registers a content script for *://host/* when enabled, once', async () => {
    const { scripting, scripts, log } = fakeScripting();
    const sites = createSiteService(
      db,
      scripting,
      fakePermissions(chromeManifest, ['*://example.com/*']).permissions,
      {
        now,
      },
    );
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
    const sites = createSiteService(
      db,
      scripting,
      fakePermissions(chromeManifest, ['*://example.com/*']).permissions,
      {
        now,
      },
    );
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
    const sites = createSiteService(
      db,
      scripting,
      fakePermissions(chromeManifest, ['*://example.com/*']).permissions,
      {
        now,
      },
    );
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
    const { permissions, origins } = fakePermissions(chromeManifest, ['*://example.com/*']);
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
    const sites = createSiteService(
      db,
      scripting,
      fakePermissions(chromeManifest, ['*://example.com/*']).permissions,
      {
        js: ['a.js'],
        css: ['a.css'],
      },
    );
    await sites.setEnabled('https://example.com', true);
    expect(scripts.get('site:example.com')).toMatchObject({ js: ['a.js'], css: ['a.css'] });
  });
});

describe('site service: default government sites', () => {
  it('needs no permission or registration, and can be switched off and on', async () => {
    const { scripting, log } = fakeScripting();
    const sites = createSiteService(db, scripting, fakePermissions(chromeManifest).permissions, { now });
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
    const sites = createSiteService(
      db,
      scripting,
      fakePermissions(chromeManifest, ['*://example.com/*']).permissions,
      {
        now,
      },
    );
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
    const sites = createSiteService(db, scripting, fakePermissions(chromeManifest).permissions);
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
    const sites = createSiteService(
      db,
      scripting,
      fakePermissions(chromeManifest, ['*://example.com/*']).permissions,
    );
    const results = await Promise.all([
      sites.restore(),
      sites.setEnabled('https://example.com', true),
      sites.restore(),
    ]);
    expect(results[1]).toMatchObject({ ok: true });
    expect([...scripts.keys()]).toEqual(['site:example.com']);
  });
});

describe('options page: the site list', () => {
  it('lists the default domains and the user’s sites; removing one drops script, permission and rows', async () => {
    const { scripting, scripts } = fakeScripting();
    const { permissions, origins } = fakePermissions(chromeManifest);
    const sites = createSiteService(db, scripting, permissions, { now });
    await permissions.request({ origins: ['*://news.example.com/*'] });
    await sites.setEnabled('https://news.example.com', true);
    await sites.setEnabled('https://off.example.org', false);
    const list = await sites.list();
    expect(list.defaults.map((d) => [d.domain, d.enabled])).toEqual([
      ['gov.cn', true],
      ['gov.hk', true],
      ['gov.mo', true],
      ['gov.tw', true],
    ]);
    expect(list.sites.map((s) => [s.origin, s.reason])).toEqual([
      ['https://news.example.com', 'user-enabled'],
      ['https://off.example.org', 'user-disabled'],
    ]);

    const after = await sites.remove('https://news.example.com');
    expect(after.sites.map((s) => s.origin)).toEqual(['https://off.example.org']);
    expect(scripts.has('site:news.example.com')).toBe(false);
    expect(origins.has('*://news.example.com/*')).toBe(false);
    expect(await sites.pageState('https://news.example.com/')).toEqual({
      enabled: false,
      reason: 'not-enabled',
    });
  });

  it('switches a whole default domain off and on; a host the user switched on stays on', async () => {
    const { scripting } = fakeScripting();
    const sites = createSiteService(db, scripting, fakePermissions(chromeManifest).permissions, { now });
    await sites.setEnabled('https://www.mofcom.gov.cn', true);
    const off = await sites.setDefaultEnabled('gov.cn', false);
    expect(off.defaults.find((d) => d.domain === 'gov.cn')?.enabled).toBe(false);
    expect(await sites.pageState('https://www.miit.gov.cn/a')).toEqual({
      enabled: false,
      reason: 'user-disabled',
    });
    expect(await sites.pageState('https://www.mofcom.gov.cn/a')).toMatchObject({ enabled: true });
    expect(await sites.pageState('https://www.info.gov.hk/')).toMatchObject({ enabled: true });
    // Removing the default host's decision: it follows its domain again.
    await sites.remove('https://www.mofcom.gov.cn');
    expect(await sites.pageState('https://www.mofcom.gov.cn/a')).toMatchObject({ enabled: false });
    await sites.setDefaultEnabled('gov.cn', true);
    expect(await sites.pageState('https://www.miit.gov.cn/a')).toEqual({
      enabled: true,
      reason: 'default-site',
    });
    await expect(sites.setDefaultEnabled('example.com', false)).rejects.toThrow('not a default domain');
  });
});
