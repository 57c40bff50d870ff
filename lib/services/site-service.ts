/**
 * Where the content script runs. Default government sites carry it in the manifest; the user may switch
 * one OFF (stored; the content script asks `getPageState` and stays idle). Any other host is switched
 * ON by registering a dynamic content script for `*://host/*` — after the page (popup) obtained the
 * optional host permission, which needs a user gesture there. Browser APIs arrive as adapters.
 */
import type { StandardsLensDb } from '../db/database';
import { httpUrl } from '../messages/http-url';
import type { DefaultSiteEntry, PageState, SiteList, SiteState } from '../messages/protocol';
import { err, ok, type Result } from '../messages/result';
import { DEFAULT_SITE_DOMAINS, defaultDomainOf, isDefaultSite } from '../sites/default-sites';
import { CONTENT_FILE } from '../sites/content-files';
import { NO_READ_CACHE, type ReadCache } from './read-cache';
import { createSerial } from './serial';
import { readSettings } from './settings-service';
import { isSiteHost, siteHostProblem, sitePattern, SITE_SCRIPT_PREFIX, siteScriptId } from './site-patterns';

/** The subset of `scripting.RegisteredContentScript` we register. */
export interface SiteScript {
  id: string;
  matches: string[];
  js: string[];
  css?: string[];
  runAt: 'document_idle';
  allFrames: boolean;
  persistAcrossSessions: boolean;
}

/** `browser.scripting` fits (method syntax: parameters are checked bivariantly). */
export interface ScriptingAdapter {
  registerContentScripts(scripts: SiteScript[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
}

/** `browser.permissions` fits. */
export interface PermissionsAdapter {
  contains(permissions: { origins?: string[] }): Promise<boolean>;
  /** Gives a host permission back (no user gesture needed). */
  remove(permissions: { origins?: string[] }): Promise<boolean>;
}

/** The settings row holding the default domains the user switched off. */
export const DISABLED_DEFAULTS_KEY = 'disabledDefaults';

export interface SiteServiceOptions {
  /** The built content script (lib/sites/content-files.ts). */
  js?: string[];
  css?: string[];
  now?: () => number;
  /** Keeps `pageState`'s reads until the database's next write (./read-cache). */
  cache?: ReadCache;
}

export interface SiteService {
  /** `url` is the sender's page as the browser reports it (undefined: none, so not enabled). */
  pageState(url: string | undefined): Promise<PageState>;
  /**
   * `origin` is an http(s) origin (the protocol schema normalizes it). Throws (the router answers
   * `internal`) for a host no pattern may be built from (a wildcard host): see `isSiteHost`.
   */
  siteState(origin: string): Promise<SiteState>;
  /** `bad-request`, with nothing changed, for such a host. */
  setEnabled(origin: string, enabled: boolean): Promise<Result<SiteState>>;
  /** Registers the scripts of user-enabled hosts that are missing, removes stale ones. */
  restore(): Promise<{ registered: string[]; unregistered: string[] }>;
  /** The default domains and every host the user decided on (options page). */
  list(): Promise<SiteList>;
  setDefaultEnabled(domain: string, enabled: boolean): Promise<SiteList>;
  /** Forgets the host's decision: unregisters its script, drops its host permission and its rows. */
  remove(origin: string): Promise<SiteList>;
}

export function createSiteService(
  db: StandardsLensDb,
  scripting: ScriptingAdapter,
  permissions: PermissionsAdapter,
  { js = [CONTENT_FILE], css, now = Date.now, cache = NO_READ_CACHE }: SiteServiceOptions = {},
): SiteService {
  const serial = createSerial();

  const scriptFor = (host: string): SiteScript => ({
    id: siteScriptId(host),
    matches: [sitePattern(host)],
    js,
    ...(css?.length ? { css } : {}),
    runAt: 'document_idle',
    allFrames: true,
    persistAcrossSessions: true,
  });

  async function disabledDefaults(): Promise<string[]> {
    const value = (await db.settings.get(DISABLED_DEFAULTS_KEY))?.value;
    return Array.isArray(value) ? value.filter((d): d is string => typeof d === 'string') : [];
  }

  /** The user's latest decision for a host, if any. */
  async function decision(host: string): Promise<boolean | undefined> {
    const rows = await db.sites.where('host').equals(host).toArray();
    return rows.sort((a, b) => b.updatedAt - a.updatedAt)[0]?.enabled;
  }

  async function stateOf(host: string): Promise<PageState> {
    if ((await readSettings(db)).paused) return { enabled: false, reason: 'paused' };
    const chosen = await decision(host);
    if (chosen === false) return { enabled: false, reason: 'user-disabled' };
    const domain = defaultDomainOf(host);
    if (domain && chosen !== true && (await disabledDefaults()).includes(domain)) {
      return { enabled: false, reason: 'user-disabled' };
    }
    if (isDefaultSite(host)) return { enabled: true, reason: 'default-site' };
    return chosen ? { enabled: true, reason: 'user-enabled' } : { enabled: false, reason: 'not-enabled' };
  }

  async function siteState(origin: string): Promise<SiteState> {
    const host = new URL(origin).hostname;
    const pattern = sitePattern(host);
    const isDefault = isDefaultSite(host);
    let state = await stateOf(host);
    // The user can revoke a host permission in the browser's settings: then the script cannot run.
    if (state.reason === 'user-enabled' && !(await permissions.contains({ origins: [pattern] }))) {
      state = { enabled: false, reason: 'not-enabled' };
    }
    return { ...state, origin: new URL(origin).origin, pattern, isDefault };
  }

  const registered = async (host: string) =>
    (await scripting.getRegisteredContentScripts({ ids: [siteScriptId(host)] })).length > 0;

  async function setEnabled(origin: string, enabled: boolean): Promise<Result<SiteState>> {
    const { hostname: host, origin: normalized } = new URL(origin);
    // Before any pattern exists: `https://*/` would otherwise become `*://*/*`, every site at once.
    const problem = siteHostProblem(host);
    if (problem) return err('bad-request', `${problem} (a site is switched by its exact host)`);
    const pattern = sitePattern(host);
    if (!isDefaultSite(host)) {
      if (enabled) {
        if (!(await permissions.contains({ origins: [pattern] }))) {
          return err('permission-required', `request the host permission ${pattern} first`);
        }
        if (!(await registered(host))) await scripting.registerContentScripts([scriptFor(host)]);
      } else if (await registered(host)) {
        await scripting.unregisterContentScripts({ ids: [siteScriptId(host)] });
      }
    }
    // One decision per host: the other scheme's row goes.
    await db.transaction('rw', db.sites, async () => {
      await db.sites.where('host').equals(host).delete();
      await db.sites.put({ origin: normalized, host, enabled, updatedAt: now() });
    });
    return ok(await siteState(normalized));
  }

  async function restore() {
    const rows = await db.sites.toArray();
    // A row for a wildcard host (stored before issue 9) gets no script, and its old one goes.
    const wanted = new Set(
      rows
        .filter((r) => r.enabled && !isDefaultSite(r.host) && isSiteHost(r.host))
        .map((r) => siteScriptId(r.host)),
    );
    const present = (await scripting.getRegisteredContentScripts())
      .map((s) => s.id)
      .filter((id) => id.startsWith(SITE_SCRIPT_PREFIX));
    const unregistered = present.filter((id) => !wanted.has(id));
    const registeredIds = [...wanted].filter((id) => !present.includes(id));
    if (unregistered.length) await scripting.unregisterContentScripts({ ids: unregistered });
    if (registeredIds.length) {
      await scripting.registerContentScripts(
        registeredIds.map((id) => scriptFor(id.slice(SITE_SCRIPT_PREFIX.length))),
      );
    }
    return { registered: registeredIds, unregistered };
  }

  async function list(): Promise<SiteList> {
    const off = await disabledDefaults();
    const defaults: DefaultSiteEntry[] = DEFAULT_SITE_DOMAINS.map((domain) => ({
      domain,
      pattern: `*://*.${domain}/*`,
      enabled: !off.includes(domain),
    }));
    const rows = (await db.sites.toArray()).filter((r) => isSiteHost(r.host));
    rows.sort((a, b) => a.host.localeCompare(b.host));
    const sites = await Promise.all(rows.map((r) => siteState(r.origin)));
    return { defaults, sites };
  }

  async function setDefaultEnabled(domain: string, enabled: boolean): Promise<SiteList> {
    if (!(DEFAULT_SITE_DOMAINS as string[]).includes(domain))
      throw new RangeError(`not a default domain: ${domain}`);
    await db.transaction('rw', db.settings, async () => {
      const off = (await disabledDefaults()).filter((d) => d !== domain);
      await db.settings.put({ key: DISABLED_DEFAULTS_KEY, value: enabled ? off : [...off, domain] });
    });
    return list();
  }

  async function remove(origin: string): Promise<SiteList> {
    const { hostname: host } = new URL(origin);
    if (isSiteHost(host) && !isDefaultSite(host)) {
      if (await registered(host)) await scripting.unregisterContentScripts({ ids: [siteScriptId(host)] });
      await permissions.remove({ origins: [sitePattern(host)] }).catch(() => false);
    }
    await db.sites.where('host').equals(host).delete();
    return list();
  }

  return {
    list,
    setDefaultEnabled: (domain, enabled) => serial(() => setDefaultEnabled(domain, enabled)),
    remove: (origin) => serial(() => remove(origin)),
    async pageState(url) {
      const parsed = url === undefined ? undefined : httpUrl(url);
      if (!parsed) return { enabled: false, reason: 'not-enabled' };
      try {
        const host = parsed.hostname;
        return await cache.read(`page-state:${host}`, () => stateOf(host));
      } catch {
        // No database (IndexedDB unavailable in this profile): no stored choice can be read, so the
        // defaults decide — government sites stay annotated (issue 14, faults).
        return isDefaultSite(parsed.hostname)
          ? { enabled: true, reason: 'default-site' }
          : { enabled: false, reason: 'not-enabled' };
      }
    },
    siteState,
    setEnabled: (origin, enabled) => serial(() => setEnabled(origin, enabled)),
    restore: () => serial(restore),
  };
}
