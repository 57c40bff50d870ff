/**
 * Asks the browser to keep the extension's storage (the clips database) under storage pressure.
 * Chromium treats an extension holding `unlimitedStorage` as persistent already; Firefox keeps the
 * extension's IndexedDB "best-effort" — evictable — until `navigator.storage.persist()` is called
 * (measured in Firefox 153: `persisted()` false after install, `persist()` granted without a prompt
 * for an add-on holding `unlimitedStorage`). Issue 14, "storage persistence".
 */
export interface PersistentStorage {
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}

/** True when the storage is (now) persistent; false when the browser said no or has no such API. */
export async function ensurePersistentStorage(storage: PersistentStorage | undefined): Promise<boolean> {
  if (!storage?.persist || !storage.persisted) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
