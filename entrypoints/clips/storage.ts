/**
 * Durability (issue 11): ask the browser to keep the extension's storage, and find out whether this
 * profile has IndexedDB at all (Firefox with history off has none: the library says so in a banner
 * instead of failing silently).
 */
export async function requestPersistence(nav: Navigator = navigator): Promise<boolean | undefined> {
  try {
    return (await nav.storage?.persisted?.()) || ((await nav.storage?.persist?.()) ?? undefined);
  } catch {
    return undefined;
  }
}

export function probeIndexedDb(idb: IDBFactory | undefined = globalThis.indexedDB): Promise<boolean> {
  if (!idb) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      const request = idb.open('standards-lens-probe');
      request.onsuccess = () => {
        request.result.close();
        resolve(true);
      };
      request.onerror = () => resolve(false);
    } catch {
      resolve(false);
    }
  });
}
