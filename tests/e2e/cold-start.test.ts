/**
 * Issue 15, cold start: a page opened while the extension is being installed — the service worker has
 * just started, its database is not seeded — is annotated, from the matcher the build ships; and so is
 * a page opened while an update reseeds a database an earlier version seeded.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  launchWithExtension,
  reloadExtension,
  TEST_ORIGIN,
  type ExtensionSession,
} from '../support/extension';
import { firstPassDone } from '../support/first-pass';
import { backdateSeedInDb, seededVersionsInDb } from '../support/seed-db';

let session: ExtensionSession | undefined;
afterAll(async () => {
  await session?.close();
});

describe('cold start', () => {
  it('annotates the first page opened right after install', async () => {
    expect(existsSync(join(EXTENSION_DIR, 'matcher.json'))).toBe(true);
    session = await launchWithExtension();
    const [topics, agencies] = await openPolicyPage(session);
    expect(topics).toBeGreaterThan(0);
    expect(agencies).toBeGreaterThan(0);
    // …and the database is seeded behind it (SEED_DELAY_MS later), for the cards and the next start.
    await expect.poll(() => seededVersions(session!.serviceWorker), { timeout: 15_000 }).toHaveLength(1);
  });

  it('annotates a page opened while an update reseeds the database', async () => {
    const [version] = await seededVersions(session!.serviceWorker);
    // The database as an earlier version left it: its matcher and its plan under another seed version.
    await session!.serviceWorker.evaluate(backdateSeedInDb);
    expect(await seededVersions(session!.serviceWorker)).toEqual(['an-earlier-version']);

    // The update: a new worker, `onInstalled` with reason "update", a database of the earlier version.
    const worker = await reloadExtension(session!, session!.serviceWorker);
    const [topics, agencies] = await openPolicyPage(session!);
    expect(topics).toBeGreaterThan(0);
    expect(agencies).toBeGreaterThan(0);
    // Reseeded behind it for this version; the earlier version's matcher is gone.
    await expect.poll(() => seededVersions(worker), { timeout: 15_000 }).toEqual([version]);
  });
});

/** Opens a plain policy page and waits for its first pass: the topic and agency highlights it has. */
async function openPolicyPage(s: ExtensionSession): Promise<number[]> {
  const page: Page = await s.context.newPage();
  await page.goto(`${TEST_ORIGIN}/policy-zh-hans.html`);
  await firstPassDone(page);
  return page.evaluate(() =>
    ['standards-lens-topic', 'standards-lens-agency'].map((name) => CSS.highlights.get(name)?.size ?? 0),
  );
}

/** The seed versions whose matcher the database holds, read in the service worker. */
const seededVersions = (worker: Worker): Promise<string[]> => worker.evaluate(seededVersionsInDb);
