/**
 * The database reads every frame's start waits for (issue 15: is the extension on for this site, the
 * reader's settings), kept until the database's next write. Each page's first highlights wait for
 * them, and read from IndexedDB they took 2–20 ms of the service worker; they change only when the
 * reader changes a setting or a site.
 *
 * `onWrite` subscribes to every committed write (lib/db/write-events: put, delete, clear, modify; from
 * this or another extension context), told before the writer's promise resolves — so a reader that
 * follows a writer never sees the old value.
 * A read already running when a write lands is dropped from the cache, not stored.
 */
export interface ReadCache {
  /** `load()`'s answer, shared by every caller until the next write; a failed load is not kept. */
  read<T>(key: string, load: () => Promise<T>): Promise<T>;
}

export function createReadCache(onWrite: (clear: () => void) => unknown, maxEntries = 512): ReadCache {
  const values = new Map<string, Promise<unknown>>();
  onWrite(() => values.clear());
  return {
    read<T>(key: string, load: () => Promise<T>): Promise<T> {
      const kept = values.get(key) as Promise<T> | undefined;
      if (kept) return kept;
      // One key per host (beside the settings and the terms): a bound, so that a browsing session's many
      // sites cannot grow it forever.
      if (values.size >= maxEntries) values.clear();
      const loading = load();
      values.set(key, loading);
      loading.catch(() => {
        if (values.get(key) === loading) values.delete(key);
      });
      return loading;
    },
  };
}

/** No cache: every read goes to the database (the default of the services that take one). */
export const NO_READ_CACHE: ReadCache = { read: (_key, load) => load() };
