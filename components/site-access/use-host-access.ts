import { useEffect, useState } from 'preact/hooks';

/** The slice of `browser.permissions` the notice needs (an adapter: tests pass a fake). */
export interface HostPermissions {
  contains(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
}

export interface HostAccess {
  /** Not yet known (undefined), granted (false) or missing (true). */
  missing: boolean | undefined;
  denied: boolean;
  busy: boolean;
  /** Asks the browser; call it from the click handler (user gesture). */
  allow: () => void;
}

/**
 * Whether the browser lets the extension run on `origins` (the default government sites). Chromium
 * grants MV3 `host_permissions` at install; Firefox lets the user withhold or revoke them (about:addons
 * → Permissions), and then the manifest's content script silently does not run — so the popup and the
 * options page ask (issue 14).
 */
export function useHostAccess(permissions: HostPermissions, origins: readonly string[]): HostAccess {
  const [missing, setMissing] = useState<boolean>();
  const [denied, setDenied] = useState(false);
  const [busy, setBusy] = useState(false);
  const check = () =>
    permissions.contains({ origins: [...origins] }).then(
      (granted) => setMissing(!granted),
      () => setMissing(undefined),
    );
  useEffect(() => void check(), []);
  const allow = () => {
    setBusy(true);
    // Called synchronously from the click: Firefox refuses a request made after an await.
    void permissions
      .request({ origins: [...origins] })
      .catch(() => false)
      .then((granted) => {
        setDenied(!granted);
        return check();
      })
      .finally(() => setBusy(false));
  };
  return { missing, denied, busy, allow };
}
