/**
 * `npm run bench:background [-- --json] [-- --extension=DIR]`: what the service worker weighs (issue 15).
 * Loads a built extension (by default .output/chrome-mv3) in Chromium and reports
 * - the JavaScript the service worker loads at start (background.js and the chunks it imports
 *   statically) and the chunks it may import later;
 * - its V8 heap after start and after the first Traditional-script card (CDP `Runtime.getHeapUsage`
 *   on the worker, after a forced GC), medians of `--runs=N` (default 3) fresh browsers;
 * - how long the first and a second zh-Hant card take to answer, as a ratio (the first pays for
 *   whatever the worker builds on first use; no absolute budget, these machines are noisy);
 * - the cold start: a government page opened right after install, from `goto` to the content script's
 *   first pass, against the same page in a second tab (the worker warm).
 * Run it on two builds to compare them (`--extension=/path/to/other/chrome-mv3`).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, TEST_ORIGIN } from '../tests/support/extension';
import { firstPassDone } from '../tests/support/first-pass';
import { PAGE_CHANNEL } from '../lib/messages/protocol';
import { median, progress } from './bench-common';

/** In the extension page the benchmark drives (a bench has no extension typings). */
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const runs = Math.max(1, Number(argv.find((a) => a.startsWith('--runs='))?.slice(7)) || 3);
const extensionDir = resolve(argv.find((a) => a.startsWith('--extension='))?.slice(12) ?? EXTENSION_DIR);

/** background.js and what it imports statically, and the chunks it can import on demand. */
function scriptWeight(dir: string): { startBytes: number; onDemandBytes: number } {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/\bfrom\s*["']\.{0,2}\/?((?:chunks\/)?[\w.-]+\.js)["']/g))
      visit(resolveChunk(file, m[1]!));
    for (const m of code.matchAll(/\bimport\(\s*["']\.{0,2}\/?((?:chunks\/)?[\w.-]+\.js)["']\s*\)/g))
      lazy.add(resolveChunk(file, m[1]!));
  };
  const resolveChunk = (from: string, name: string) =>
    name.startsWith('chunks/') ? name : from.startsWith('chunks/') ? `chunks/${name}` : name;
  visit('background.js');
  const size = (f: string) => statSync(join(dir, f)).size;
  let startBytes = 0;
  for (const f of seen) startBytes += size(f);
  let onDemandBytes = 0;
  for (const f of lazy)
    if (!seen.has(f) && readdirSync(join(dir, 'chunks')).includes(f.slice(7))) onDemandBytes += size(f);
  return { startBytes, onDemandBytes };
}

/** Commands to the service worker's own target (Playwright gives CDP sessions for pages only). */
async function workerProtocol(cdp: CDPSession, extensionId: string) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  if (!sw) throw new Error('no service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let id = 0;
  const pending = new Map<number, (v: { result?: Record<string, number> }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: Record<string, number> };
    if (m.id !== undefined) pending.get(m.id)?.(m);
  });
  const send = (method: string) =>
    new Promise<{ result?: Record<string, number> }>((done) => {
      const i = ++id;
      pending.set(i, done);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method }) });
    });
  return {
    async heapMB(): Promise<number> {
      await send('HeapProfiler.collectGarbage');
      const used = (await send('Runtime.getHeapUsage')).result?.usedSize ?? NaN;
      return used / 2 ** 20;
    },
  };
}

interface Run {
  /** A government page opened right after install: `goto` → its first pass done. */
  coldFirstPassMs: number;
  /** The same page in a second tab, once the worker is warm. */
  warmFirstPassMs: number;
  idleHeapMB: number;
  afterCardHeapMB: number;
  firstCardMs: number;
  secondCardMs: number;
}

async function once(): Promise<Run> {
  const session = await launchWithExtension({ extensionDir });
  try {
    const firstPass = async () => {
      const tab = await session.context.newPage();
      const began = Date.now();
      await tab.goto(`${TEST_ORIGIN}/policy-zh-hans.html`);
      await firstPassDone(tab);
      const ms = Date.now() - began;
      await tab.close();
      return ms;
    };
    const coldFirstPassMs = await firstPass();
    const warmFirstPassMs = await firstPass();
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const cdp = await session.context.newCDPSession(page);
    const worker = await workerProtocol(cdp, session.extensionId);
    // A card needs the knowledge base: ask once in Simplified so that only the Traditional path is new.
    const card = (lang: string, id: string) =>
      page.evaluate(
        async ({ channel, lang, id }) => {
          const began = performance.now();
          const answer = (await chrome.runtime.sendMessage({
            channel,
            type: 'getCard',
            payload: { ref: { kind: 'topic', id }, lang },
          })) as { ok: boolean };
          if (!answer.ok) throw new Error(JSON.stringify(answer));
          return performance.now() - began;
        },
        { channel: PAGE_CHANNEL, lang, id },
      );
    await card('zh-Hans', 'carbon-footprint');
    const idleHeapMB = await worker.heapMB();
    const firstCardMs = await card('zh-Hant', 'carbon-footprint');
    const secondCardMs = await card('zh-Hant', 'integrated-circuit');
    const afterCardHeapMB = await worker.heapMB();
    return { coldFirstPassMs, warmFirstPassMs, idleHeapMB, afterCardHeapMB, firstCardMs, secondCardMs };
  } finally {
    await session.close();
  }
}

const weight = scriptWeight(extensionDir);
const all: Run[] = [];
for (let i = 0; i < runs; i++) {
  progress(`run ${i + 1}/${runs}`);
  all.push(await once());
}
const med = (k: keyof Run) => Math.round(median(all.map((r) => r[k])) * 100) / 100;
const result = {
  extension: extensionDir,
  startBytes: weight.startBytes,
  onDemandBytes: weight.onDemandBytes,
  coldFirstPassMs: med('coldFirstPassMs'),
  warmFirstPassMs: med('warmFirstPassMs'),
  idleHeapMB: med('idleHeapMB'),
  afterHantCardHeapMB: med('afterCardHeapMB'),
  firstHantCardMs: med('firstCardMs'),
  secondHantCardMs: med('secondCardMs'),
  ratios: {
    firstVsSecondHantCard: Math.round((med('firstCardMs') / med('secondCardMs')) * 10) / 10,
    coldVsWarmFirstPass: Math.round((med('coldFirstPassMs') / med('warmFirstPassMs')) * 10) / 10,
  },
};
if (json) console.log(JSON.stringify(result));
else console.table(result);
