/**
 * The extension's database as `npm run bench:anchoring` reaches it: raw IndexedDB from an extension page
 * (`chrome-extension://<id>/clips.html`, the extension's origin), store `clips` of `standards-lens`
 * (DESIGN.md contract; lib/db/database.ts). Raw requests rather than Dexie, as a backup import or the
 * e2e probes (tests/support/clip-probes.ts) would see the store; the background's Dexie connection stays
 * open meanwhile, which IndexedDB allows (no version change).
 *
 * The scripts are strings for the same reason as bench/page-inpage.ts: under tsx, functions handed to
 * `page.evaluate` may call a `__name` helper the page does not have.
 */
import type { Page } from 'playwright-core';
import type { Clip } from '../lib/clips/types';
import type { ExtensionSession } from '../tests/support/extension';

/**
 * Runs `body` with `store` (the `clips` object store, in a transaction of `mode`) and resolves with
 * `result()` once the transaction committed. Never creates the database: opening a missing one would
 * make an empty version 1 that the background's Dexie would then have to upgrade.
 */
const withStore = (mode: 'readonly' | 'readwrite', body: string, result = 'undefined') => `(async () => {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes('standards-lens')) throw new Error('no standards-lens database yet');
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('standards-lens');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    if (!db.objectStoreNames.contains('clips')) throw new Error('no clips store (schema < 2?)');
    const tx = db.transaction('clips', ${JSON.stringify(mode)});
    const store = tx.objectStore('clips');
    const data = window.__benchClipData;
    ${body}
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    return ${result};
  } finally {
    db.close();
  }
})()`;

export interface ClipDb {
  /** Empties the store (no clips: the baseline), then puts `clips` as they are. */
  replace(clips: readonly Clip[]): Promise<void>;
  /** Each stored clip's status and check time. */
  states(): Promise<Array<Pick<Clip, 'id' | 'status' | 'checkedAt'>>>;
  /** Each stored clip's note, by id (the library's tests). */
  notes(): Promise<Map<string, string>>;
  close(): Promise<void>;
}

/** Opens the extension page the database is reached from; call after the background has started. */
export async function openClipDb(session: ExtensionSession): Promise<ClipDb> {
  const page: Page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/clips.html`);
  // The background creates the database when it first seeds its knowledge base: wait for it.
  for (let tries = 0; ; tries++) {
    try {
      await page.evaluate(withStore('readonly', 'store.count();'));
      break;
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    async replace(clips) {
      await page.evaluate((data) => {
        (window as unknown as Record<string, unknown>).__benchClipData = data;
      }, clips);
      await page.evaluate(withStore('readwrite', 'store.clear(); for (const c of data) store.put(c);'));
    },
    async states() {
      return (await page.evaluate(
        withStore(
          'readonly',
          'const all = store.getAll();',
          'all.result.map((c) => ({ id: c.id, status: c.status, checkedAt: c.checkedAt }))',
        ),
      )) as Array<Pick<Clip, 'id' | 'status' | 'checkedAt'>>;
    },
    async notes() {
      const pairs = (await page.evaluate(
        withStore('readonly', 'const all = store.getAll();', 'all.result.map((c) => [c.id, c.note])'),
      )) as Array<[string, string]>;
      return new Map(pairs);
    },
    close: () => page.close(),
  };
}
