/**
 * Issue 15, cold start: a page opened while the extension is being installed — the service worker has
 * just started, its database is not seeded — is annotated, from the matcher the build ships.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { firstPassDone } from '../support/first-pass';

let session: ExtensionSession | undefined;
afterAll(async () => {
  await session?.close();
});

describe('cold start', () => {
  it('annotates the first page opened right after install', async () => {
    expect(existsSync(join(EXTENSION_DIR, 'matcher.json'))).toBe(true);
    session = await launchWithExtension();
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/policy-zh-hans.html`);
    await firstPassDone(page);
    const painted = await page.evaluate(() =>
      ['standards-lens-topic', 'standards-lens-agency'].map((name) => CSS.highlights.get(name)?.size ?? 0),
    );
    expect(painted[0]).toBeGreaterThan(0);
    expect(painted[1]).toBeGreaterThan(0);
    // …and the database is seeded behind it, for the cards and the next worker start.
    await expect
      .poll(() =>
        session!.serviceWorker.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('standards-lens');
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('kbCache')) return resolve(0);
                const count = db.transaction('kbCache').objectStore('kbCache').count();
                count.onsuccess = () => resolve(count.result);
                count.onerror = () => resolve(0);
              };
              open.onerror = () => resolve(0);
            }),
        ),
      )
      .toBe(1);
  });
});
