/**
 * The extension's database as the cold-start tests read and rewrite it (issue 15). Each function runs
 * inside an extension context — Chromium's service worker, an extension page in Firefox — handed to
 * `evaluate`, so each is self-contained: no imports, no closures, the database's name written out.
 */

/** The seed versions whose matcher the database holds; none before it exists (it is not created here). */
export const seededVersionsInDb = (): Promise<string[]> =>
  new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('standards-lens');
    open.onupgradeneeded = () => open.transaction?.abort(); // no database yet: leave it to Dexie
    open.onerror = () => resolve([]);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('kbCache')) return (db.close(), resolve([]));
      const keys = db.transaction('kbCache').objectStore('kbCache').getAllKeys();
      keys.onsuccess = () => (db.close(), resolve(keys.result.map(String)));
      keys.onerror = () => (db.close(), reject(keys.error));
    };
  });

/**
 * The database as an earlier version left it: its matcher and its bundled plan under the seed version
 * `an-earlier-version`, which an update must replace.
 */
export const backdateSeedInDb = (): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('standards-lens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['kbCache', 'plans'], 'readwrite');
      const kbCache = tx.objectStore('kbCache');
      kbCache.getAll().onsuccess = (e) => {
        for (const row of (e.target as IDBRequest<{ version: string }[]>).result) {
          kbCache.delete(row.version);
          kbCache.put({ ...row, version: 'an-earlier-version' });
        }
      };
      const plans = tx.objectStore('plans');
      plans.getAll().onsuccess = (e) => {
        for (const plan of (e.target as IDBRequest<{ source: string }[]>).result)
          if (plan.source === 'bundled') plans.put({ ...plan, seedVersion: 'an-earlier-version' });
      };
      tx.oncomplete = () => (db.close(), resolve());
      tx.onerror = () => (db.close(), reject(tx.error));
    };
  });
