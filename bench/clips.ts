// `npm run bench:clips` — issue 11's budget for the clip library: "typing in the search box never blocks
// the page for more than 50 ms" with 1,000 and 10,000 clips, and the search latency against a plain
// `includes()` scan in the same run.
//
// Loads the BUILT extension (.output/chrome-mv3 — this never builds) in headless Chromium, writes
// generated clips (bench/clips-make.ts: plan sentences, 1–3 topics or agencies each) raw into the
// extension's IndexedDB (bench/anchoring-db.ts), opens clips.html and waits until every clip is listed
// (loadMs: the paged listClips answers, the search index, the first render). Then, per query, it types
// the query into the search box one key every 100 ms (Playwright's keyboard: trusted key events) and
// watches for 1.5 s after the last key:
//   longestTaskMs   the longest gap between zero-delay timer pings — the longest main-thread task plus
//                   the timer's few ms (what a keystroke could have waited);
//   longTaskApiMs   the Long Tasks API's longest entry in the same window (0 when none passed 50 ms);
//   resultMs        from the last key to the list showing the result (the 120 ms debounce included).
// Separately, in the same page, bench/clips-inpage.ts times the shipped search (lib/clips/search) and a
// plain `includes()` scan of the same folded fields on the same clips (median of 15 runs per query).
// `--json` prints one object on stdout; `--runs=N` repeats the typing N times (median).
import type { Page } from 'playwright-core';
import { libraryKnowledge } from '../lib/clips/library/knowledge';
import { bundleForBrowser } from '../tests/support/bundle';
import { loadBundledKnowledgeBase } from '../scripts/lib/bundled-kb';
import { seedAgencies, seedTopics } from '../lib/kb/bundled-seeds';
import { median, progress, round1, runBench, sleep, startBench, withBenchBrowser } from './bench-common';
import { openClipDb } from './anchoring-db';
import { makeClips } from './clips-make';
import type { QueryTiming } from './clips-inpage';

const { json, runs: RUNS } = startBench('clips');
const SIZES = [1_000, 10_000];
const QUERIES = ['鲲鹏', '检测', '标准化', 'carbon footprint', '工信部'];

const PROBE = `(() => {
  const g = (window.__gap = { max: 0, last: performance.now(), on: false, long: 0 });
  const tick = () => {
    const t = performance.now();
    if (g.on) g.max = Math.max(g.max, t - g.last);
    g.last = t;
    setTimeout(tick, 0);
  };
  tick();
  new PerformanceObserver((list) => {
    if (g.on) for (const e of list.getEntries()) g.long = Math.max(g.long, e.duration);
  }).observe({ type: 'longtask' });
})()`;

const countText = (page: Page) => page.locator('#library-count').textContent();

async function typeQuery(
  page: Page,
  query: string,
): Promise<{ longestTaskMs: number; longTaskApiMs: number; resultMs: number }> {
  const box = page.locator('input[type=search]').first();
  await box.fill('');
  await sleep(400);
  const before = await countText(page);
  await page.evaluate('Object.assign(window.__gap, { max: 0, long: 0, last: performance.now(), on: true })');
  for (const ch of query) await page.keyboard.type(ch, { delay: 0 }).then(() => sleep(100));
  const lastKey = Date.now();
  let resultMs = NaN;
  while (Date.now() - lastKey < 5_000) {
    if ((await countText(page)) !== before) {
      resultMs = Date.now() - lastKey;
      break;
    }
    await sleep(5);
  }
  await sleep(1_500);
  const g = (await page.evaluate('({ max: window.__gap.max, long: window.__gap.long })')) as {
    max: number;
    long: number;
  };
  await page.evaluate('window.__gap.on = false');
  return { longestTaskMs: round1(g.max), longTaskApiMs: round1(g.long), resultMs };
}

runBench('bench:clips', () =>
  withBenchBrowser(
    'clips',
    SIZES,
    (n) => n,
    async (session, sizes) => {
      const db = await openClipDb(session);
      const harness = await bundleForBrowser('bench/clips-inpage.ts');
      const kb = loadBundledKnowledgeBase();
      const knowledge = libraryKnowledge({ plan: kb.plan, agencies: seedAgencies, topics: seedTopics });
      const results = [];
      for (const n of sizes) {
        progress(`${n} clips: writing them into the database …`);
        const clips = makeClips(n);
        await db.replace(clips);
        const page = await session.context.newPage();
        const t0 = Date.now();
        await page.goto(`chrome-extension://${session.extensionId}/clips.html`);
        await page.waitForFunction(
          (total) =>
            new RegExp(`\\b${total}\\b`).test(document.getElementById('library-count')?.textContent ?? '') &&
            !/载入|Loading/.test(document.getElementById('library-count')?.textContent ?? ''),
          n,
          { timeout: 120_000 },
        );
        const loadMs = Date.now() - t0;
        await page.evaluate(PROBE);
        await page.locator('input[type=search]').first().focus();
        const typing = [];
        for (const query of QUERIES) {
          const reps = [];
          for (let r = 0; r < RUNS; r++) reps.push(await typeQuery(page, query));
          typing.push({
            query,
            longestTaskMs: median(reps.map((x) => x.longestTaskMs)),
            longTaskApiMs: median(reps.map((x) => x.longTaskApiMs)),
            resultMs: median(reps.map((x) => x.resultMs)),
          });
          progress(`  typing ${JSON.stringify(query)}: longest task ${typing.at(-1)!.longestTaskMs} ms`);
        }
        await page.evaluate(harness);
        const measured = (await page.evaluate(
          ([c, k, q]) =>
            (window as unknown as { __clipsBench: (...a: unknown[]) => unknown }).__clipsBench(c, k, q, 15),
          [clips, knowledge, QUERIES] as const,
        )) as { indexMs: number; timings: QueryTiming[] };
        const search = measured.timings.map((t) => ({
          ...t,
          searchMs: round1(t.searchMs),
          includesMs: round1(t.includesMs),
        }));
        results.push({
          clips: n,
          loadMs,
          indexMs: round1(measured.indexMs),
          longestTaskMs: Math.max(...typing.map((t) => t.longestTaskMs)),
          typing,
          search,
          medianSearchMs: round1(median(search.map((s) => s.searchMs))),
          medianIncludesMs: round1(median(search.map((s) => s.includesMs))),
        });
        await page.close();
      }
      await db.replace([]);
      await db.close();
      const out = { budgetMs: 50, sizes: results };
      if (json) process.stdout.write(`${JSON.stringify(out)}\n`);
      for (const r of results) {
        progress(
          `${r.clips} clips: load ${r.loadMs} ms, longest task while typing ${r.longestTaskMs} ms, ` +
            `search median ${r.medianSearchMs} ms vs includes() ${r.medianIncludesMs} ms`,
        );
      }
    },
  ),
);
