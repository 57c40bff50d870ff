// `npm run bench:page` — the page benchmark (DESIGN.md, "Budgets"; the `--json` output is a contract).
//
// Loads the BUILT extension (.output/chrome-mv3 — run `npx wxt build` first; this never builds) in
// headless Chromium and serves generated pages of ~1 MB and ~5 MB of text (bench/page-html.ts: the
// matcher benchmark's corpus as <p>s with inline markup) from a temp folder on two origins:
//
// - https://www.example.gov.cn, where the content script runs. A probe installed before the page's
//   scripts (bench/page-inpage.ts) measures:
//     firstHighlightMs  from `load` to the first animation frame with any range in the three contract
//                       highlights;
//     allHighlightedMs  from `load` to the first frame with every expected range, after that frame's
//                       rendering;
//     longestTaskMs     the longest gap between consecutive high-priority pings (scheduler.postTask,
//                       user-blocking, 1 ms apart), from the first frame after `load` until 500 ms after
//                       everything is highlighted: the longest main-thread task plus a few ms (the
//                       content script shares the main thread). The page's own parsing and its first
//                       layout and paint after load are left out: without the extension the same
//                       probe reads ~10 ms (pageOnlyLongestTaskMs). A MessageChannel ping loop, as a
//                       page's own script would post, would not do: scheduler.yield() continuations run
//                       before such tasks, so its gap is the whole sliced pass (pageTaskWaitMs, extra:
//                       how long the page's own ordinary tasks waited). longTaskApiMs (extra) is the
//                       Long Tasks API's longest entry, a cross-check.
//   Times are from `load` because a document_idle content script starts around then (Chromium injects
//   it once the document is idle, at the latest after `load`; here its first task runs ~80 ms after);
//   `loadMs` (load since navigation start) is reported beside them. The harness reads nothing from a
//   page for HANDS_OFF_MS after `load`: attaching to it then slowed what it measures. `mentions` is
//   what the extension must highlight, computed in Node with its own collector and matcher
//   (bench/page-expected.ts, as tests/support/expected-mentions.ts does); the run fails unless the
//   page ends with exactly that many ranges. editFrameMs (extra): one <p> appended once all is
//   painted, until after the next frame (pageOnlyEditFrameMs: the same without the extension) — what
//   any later page change costs.
// - https://news.example.com, where it does not run: the same mentions (text-node index and offsets,
//   sent into the page) highlighted by the baselines, each on a fresh load, clock from the first DOM
//   change until after the next frame's rendering:
//     spanWrapMs        each mention wrapped in <mark> elements (split text nodes);
//     markJsMs          mark.js `markRegExp` with one RegExp of the distinct mention texts;
//     highlightApiMs    (extra) one StaticRange per mention in a registered Highlight — the painting
//                       the extension does, without its scanning, for orientation.
//   The baselines are handed the mentions; the extension finds them. `ratios` = baseline ÷
//   allHighlightedMs on the 5 MB page, which is conservative: our time includes scanning the page.
//
// - Ordinary pages (bench/page-ordinary.ts; issue 15): 50 KB and 300 KB of policy-page HTML with 0, 3
//   and 10 same-origin iframes (text, empty, 1 × 1, display:none), each loaded with the extension and
//   traced, then on OTHER_ORIGIN without it, untraced by any probe. Reported under `ordinaryPages`:
//     contentStartToFirstHighlightMs  from the content script's start (its frame-cost record, read
//                       over CDP) to the first frame with a highlight, in a load of its own that nothing
//                       slows — untraced, no probe pings, nothing evaluated in the page until the first
//                       pass is done (firstHighlightRun); FIRST_HIGHLIGHT_LOADS such loads a run, as
//                       one load's figure moves by a frame with the page's own raster;
//                       firstHighlightFrames the same in frames of 16.7 ms (budget ≤ 2);
//                       tracedStartToFirstHighlightMs (extra) the same in the
//                       traced load with the probe, which reads ~1.5× as long;
//                       contentStartToFirstPaintMs (extra) from the content script's start to the
//                       page's first-contentful-paint entry in the timed loads — the time that frame
//                       was presented, about a frame after its animation-frame callbacks; positive
//                       where the content script started before the page had painted anything, and
//                       then its first highlights can come no sooner than the page's first screen;
//                       firstHighlightPageFrames (extra) the same counted in the page's own frames:
//                       which animation frame after the start had the first highlight (the median
//                       over the timed loads; in `ordinaryRatios` the most over the pages) — while
//                       a page's first screen is rasterized its frames come further apart than
//                       16.7 ms, and a highlight can be shown only in one of them;
//     extensionMainThreadMs  JavaScript time with a chrome-extension:// function on the stack, from
//                       the trace's CPU samples of the page's renderer main thread (all its
//                       same-origin frames); extensionScriptEventsMs the same from trace events;
//     pageOwnLoadMs     the main thread's busy time without the extension, from the first parse to
//                       500 ms after load; extensionVsLoadBudget = extension ÷ max(25 % of it, 16.7 ms);
//     extensionHeapKB   the renderer isolate's used heap after a full GC, with minus without the
//                       extension (Runtime.getHeapUsage is per isolate, not per world: the frames of a
//                       same-origin page share it); heapPerTextFrameKB = that ÷ the frames with
//                       text, the top page included (budget ≤ 2 MB); matcherFrames = the frames that
//                       loaded a matcher (issue 15: none on a page that does not change);
//     textlessFrameCostMs  the most any frame without readable text cost: the extension's script
//                       events attributed to that frame in the trace (its evaluation and the text
//                       check); textlessFramesWithMatcher must stay 0; textlessFrameMedianMs (extra)
//                       what the middle one of them cost (a minor GC of the page's isolate, or the
//                       process's first extension context, lands in whichever frame's script is
//                       running; the costliest frame is the one it landed in);
//   `ordinaryRatios` holds the budgets' figures (the last page's, and the worst over all pages).
//   `--quick` measures the 50 KB page with 3 frames only.
//
// Every figure is the median of `--runs=N` interleaved runs (default 3) in one browser; `runs` holds
// each run's. `--json` prints exactly the contract object on stdout (progress on stderr); `--quick`
// measures the 1 MB page only (CI smoke; the ratios are then the 1 MB page's); `--verbose` lists the
// long tasks and frames; `--trace` adds one extension run on the largest page recorded with Chrome
// tracing and prints where the main thread's time and long tasks went (bench/page-trace.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { OTHER_ORIGIN, TEST_ORIGIN, type ExtensionSession } from '../tests/support/extension';
import { firstPassRecord, frameCost, type FrameCost } from '../tests/support/first-pass';
import {
  createBenchTracer,
  createRuns,
  median,
  progress,
  runBench,
  sleep,
  startBench,
  summaryTable,
  WARMUP_HTML,
  withBenchBrowser,
  type BenchPage,
} from './bench-common';
import { expectedMentions, type ExpectedMentions } from './page-expected';
import { generatePageHtml } from './page-html';
import {
  baselineScript,
  DATA_GLOBAL,
  deliverFirstPass,
  EDIT_FRAME_SCRIPT,
  FIRST_HIGHLIGHT_GLOBAL,
  FIRST_HIGHLIGHT_WATCH,
  FRAME_TIMES_GLOBAL,
  PROBE_GLOBAL,
  probeScript,
  type BaselineMode,
  type BaselineResult,
  type ProbeState,
} from './page-inpage';
import {
  FRAME_FILES,
  ordinaryPageHtml,
  ordinaryPages,
  traceFigures,
  type FrameKind,
  type OrdinaryPage,
} from './page-ordinary';
import { startTrace, type PageHooks } from './page-trace';

const { json, trace, verbose, quick, runs: RUNS, pages: PAGES } = startBench('page');
const ORDINARY = ordinaryPages(quick);

interface ExtensionRun {
  loadMs: number;
  firstHighlightMs: number;
  allHighlightedMs: number;
  longestTaskMs: number;
  longTaskApiMs: number;
  pageTaskWaitMs: number;
  editFrameMs: number;
  probe: ProbeState;
}

/**
 * How long the harness keeps its hands off a page after `load` before it reads anything. A CDP session
 * attached then (to read the content script's record in its isolated world) held the first window's
 * answer back by up to 170 ms in one load of three (a probe, 300 KB page: 8–11 ms otherwise), and
 * Playwright's first evaluation in a document compiles its utility script on the page's main thread (a
 * 9–11 ms task, traced). The probe and the content script time everything on the page's own clock, so
 * reading their records later changes nothing they measured.
 */
const HANDS_OFF_MS = 1000;

async function readProbe(page: Page): Promise<ProbeState | undefined> {
  return (await page.evaluate(`window[${JSON.stringify(PROBE_GLOBAL)}]`)) as ProbeState | undefined;
}

/**
 * Loads `url` with the probe installed and waits until its pings stop. Fails when the highlights
 * stay short of `expected` — for `timeoutMs`, or for 10 s without changing once some are there.
 */
async function probedLoad(page: Page, url: string, expected: number, timeoutMs: number, tailMs: number) {
  await page.addInitScript(probeScript(expected, tailMs));
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await sleep(HANDS_OFF_MS);
  // The end of the content script's first pass, read over CDP from its isolated world, handed to the
  // probe (the page itself sees no signal of it).
  let failed: unknown;
  if (expected > 0) {
    firstPassRecord(page, { timeoutMs })
      .then((record) => page.evaluate(deliverFirstPass(record)))
      .catch((error: unknown) => (failed = error));
  }
  const until = Date.now() + timeoutMs;
  let probe = await readProbe(page);
  let seen = -1;
  let changedAt = Date.now();
  while (!probe?.done) {
    if (failed) throw failed;
    const got = probe?.lastTotal ?? 0;
    if (got !== seen) [seen, changedAt] = [got, Date.now()];
    const stalled = got > 0 && Date.now() - changedAt > 10_000;
    if (Date.now() > until || stalled) {
      throw new Error(
        `${url}: the extension highlighted ${got} of ${expected} expected mentions ` +
          `(${stalled ? 'no change for 10 s' : `after ${(timeoutMs / 1000).toFixed(0)} s`}; got ${got}, expected ${expected})` +
          ' — if lib/ changed since .output/chrome-mv3 was built, run `npx wxt build` again.',
      );
    }
    await sleep(200);
    probe = await readProbe(page);
  }
  return probe;
}

/** One load of `file` on the government origin, the probe watching; fails unless exactly `expected`. */
async function extensionRun(
  context: BrowserContext,
  file: string,
  expected: number,
  timeoutMs: number,
  hooks?: PageHooks,
): Promise<ExtensionRun> {
  const page = await context.newPage();
  try {
    await hooks?.before(page);
    const probe = await probedLoad(page, `${TEST_ORIGIN}/${file}`, expected, timeoutMs, 500);
    await hooks?.after(page);
    // Every mention was found (the first pass's count); only the ones near the viewport are painted.
    const total = probe.lastTotal;
    const painted = (await page.evaluate(
      `['topic', 'agency', 'standard'].reduce((n, k) => n + (CSS.highlights.get('standards-lens-' + k)?.size ?? 0), 0)`,
    )) as number;
    if (painted === 0 || painted > total) throw new Error(`${file}: ${painted} ranges painted of ${total}`);
    if (total !== expected) {
      throw new Error(
        `${file}: the extension highlighted ${total} mentions, expected ${expected} (got ≠ expected)` +
          ' — is .output/chrome-mv3 older than lib/? Run `npx wxt build` again.',
      );
    }
    const editFrameMs = (await page.evaluate(EDIT_FRAME_SCRIPT)) as number;
    const loadAt = probe.loadAt!;
    return {
      loadMs: loadAt,
      firstHighlightMs: probe.firstHighlightAt! - loadAt,
      allHighlightedMs: probe.allHighlightedAt! - loadAt,
      longestTaskMs: probe.maxGap,
      longTaskApiMs: Math.max(0, ...probe.longTasks.map(([, d]) => d)),
      pageTaskWaitMs: probe.maxMessageGap,
      editFrameMs,
      probe,
    };
  } finally {
    await page.close();
  }
}

/** The same page where the extension does not run: its own longest task after load, and an edit. */
async function controlRun(
  context: BrowserContext,
  file: string,
): Promise<{ longestTaskMs: number; editFrameMs: number; probe: ProbeState }> {
  const page = await context.newPage();
  try {
    const probe = await probedLoad(page, `${OTHER_ORIGIN}/${file}`, 0, 30_000, 1500);
    const editFrameMs = (await page.evaluate(EDIT_FRAME_SCRIPT)) as number;
    return { longestTaskMs: probe.maxGap, editFrameMs, probe };
  } finally {
    await page.close();
  }
}

let markJsSource: string | undefined;

/** One baseline on a fresh load of `file` on the origin where the extension does not run. */
async function baselineRun(
  context: BrowserContext,
  file: string,
  expected: ExpectedMentions,
  mode: BaselineMode,
): Promise<BaselineResult> {
  const page = await context.newPage();
  try {
    await page.goto(`${OTHER_ORIGIN}/${file}`, { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate(
      ([name, data]) => {
        (window as unknown as Record<string, unknown>)[name] = data;
      },
      [
        DATA_GLOBAL,
        { textNodes: expected.textNodes, pieces: expected.pieces, texts: expected.texts },
      ] as const,
    );
    if (mode === 'markJs') {
      markJsSource ??= readFileSync(
        createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'),
        'utf8',
      );
      await page.addScriptTag({ content: markJsSource });
    }
    return (await page.evaluate(baselineScript(mode))) as BaselineResult;
  } finally {
    await page.close();
  }
}

interface PageReport {
  chars: number;
  mentions: number;
  firstHighlightMs: number;
  allHighlightedMs: number;
  longestTaskMs: number;
  spanWrapMs: number;
  markJsMs: number;
  highlightApiMs: number;
  loadMs: number;
  longTaskApiMs: number;
  pageTaskWaitMs: number;
  editFrameMs: number;
  pageOnlyLongestTaskMs: number;
  pageOnlyEditFrameMs: number;
  markJsMarks: number;
  runs: Record<string, number[]>;
}

const EXTENSION_KEYS = [
  'firstHighlightMs',
  'allHighlightedMs',
  'longestTaskMs',
  'loadMs',
  'longTaskApiMs',
  'pageTaskWaitMs',
  'editFrameMs',
] as const;

function preparePage(p: BenchPage, write: (file: string, html: string) => void) {
  progress(`generating ${p.file} …`);
  const { html } = generatePageHtml(p.minChars, p.seed);
  write(p.file, html);
  progress(
    `  ${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB of HTML; expected mentions (collector + matcher in Node) …`,
  );
  const expected = expectedMentions(html);
  progress(`  ${expected.chars} chars of text in ${expected.blocks} blocks, ${expected.mentions} mentions`);
  return { ...p, expected };
}

function prepareOrdinary(p: OrdinaryPage, write: (file: string, html: string) => void) {
  for (const [file, html] of Object.entries(FRAME_FILES)) write(file, html);
  const html = ordinaryPageHtml(p, 20240615 + p.bytes);
  write(p.file, html);
  const expected = expectedMentions(html);
  progress(
    `generated ${p.file}: ${(Buffer.byteLength(html) / 1000).toFixed(0)} KB of HTML, ${expected.chars} chars, ` +
      `${expected.mentions} mentions, frames: ${p.frames.join(' ') || 'none'}`,
  );
  return { ...p, expected };
}

type Prepared = ReturnType<typeof preparePage> | ReturnType<typeof prepareOrdinary>;
const isOrdinary = (p: Prepared): p is ReturnType<typeof prepareOrdinary> => 'bytes' in p;

/** The isolate's used JS heap after a full GC, in KB (all frames of a same-origin page share it). */
async function heapUsedKB(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1024;
  } finally {
    await cdp.detach();
  }
}

/** The CDP frame id of each `?<index>` frame of the page (trace events name frames by it). */
async function frameIds(context: BrowserContext, page: Page): Promise<Map<number, string>> {
  const cdp = await context.newCDPSession(page);
  interface Tree {
    frame: { id: string; url: string };
    childFrames?: Tree[];
  }
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: Tree };
    const ids = new Map<number, string>();
    for (const child of frameTree.childFrames ?? []) {
      const m = /\?(\d+)$/.exec(child.frame.url);
      if (m) ids.set(Number(m[1]), child.frame.id);
    }
    return ids;
  } finally {
    await cdp.detach();
  }
}

interface FrameDetail {
  kind: FrameKind;
  matcherRequests: number;
  /** The content script's "is there text?" checks in this frame (its own clock). */
  checkMs: number;
  /** The extension's script events in this frame in the trace (its evaluation, its calls). */
  extensionMs: number | null;
}

const FRAME_MS = 1000 / 60;
/** Untraced loads a run that time the first highlight (each is short: ~1.5 s). */
const FIRST_HIGHLIGHT_LOADS = 3;

/**
 * The content script's start → its first highlight, in a load nothing else of ours slows: untraced
 * (the trace's CPU profiler slows the scripts it samples), without the probe's pings (its
 * MessageChannel loop takes turns with the content script's tasks and the background's answer), and
 * the harness's hands off the page meanwhile (HANDS_OFF_MS). The watch (FIRST_HIGHLIGHT_WATCH) is all
 * of ours that runs in the page.
 */
async function firstHighlightRun(
  context: BrowserContext,
  file: string,
): Promise<{ firstHighlight: number; pageFrames: number; firstPaint: number }> {
  const page = await context.newPage();
  try {
    await page.addInitScript(FIRST_HIGHLIGHT_WATCH);
    await page.goto(`${TEST_ORIGIN}/${file}`, { waitUntil: 'load', timeout: 120_000 });
    await sleep(HANDS_OFF_MS);
    await firstPassRecord(page, { timeoutMs: 60_000 });
    const { startAt } = await frameCost(page);
    if (startAt === null) throw new Error(`${file}: the content script recorded no start`);
    // The first highlights' frame may come after the pass was done (a page the first window covers).
    const at = await page.waitForFunction(`window[${JSON.stringify(FIRST_HIGHLIGHT_GLOBAL)}]`, null, {
      timeout: 10_000,
    });
    // Read after the pass, as everything else here: the page's clock, so reading late changes nothing.
    const [paint, frames] = (await page.evaluate(
      `[performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, ` +
        `window[${JSON.stringify(FRAME_TIMES_GLOBAL)}]]`,
    )) as [number, number[]];
    return {
      firstHighlight: ((await at.jsonValue()) as number) - startAt,
      // The watch's frames end with the one that had the first highlight.
      pageFrames: frames.filter((t) => t > startAt).length,
      firstPaint: paint - startAt,
    };
  } finally {
    await page.close();
  }
}

/** One load of an ordinary page with the extension (traced), and one without it. */
async function ordinaryRun(context: BrowserContext, p: ReturnType<typeof prepareOrdinary>) {
  const page = await context.newPage();
  let ext;
  try {
    const tracing = await startTrace(context, page);
    const probe = await probedLoad(page, `${TEST_ORIGIN}/${p.file}`, p.expected.mentions, 60_000, 500);
    const frameOf = (i: number) => page.frames().find((f) => f.url().endsWith(`?${i}`))!;
    // Definite ends: a frame with text finished its first pass; a quiet one looked and is waiting.
    const costs: FrameCost[] = [];
    for (const [i, kind] of p.frames.entries()) {
      if (kind === 'text') await firstPassRecord(frameOf(i));
      costs.push(await frameCost(frameOf(i), (c) => kind === 'text' || c.waiting));
    }
    const top = await frameCost(page);
    const ids = await frameIds(context, page);
    const heapKB = await heapUsedKB(context, page);
    const figures = traceFigures(await tracing.stop(), p.file, 500);
    const frames: FrameDetail[] = p.frames.map((kind, i) => ({
      kind,
      matcherRequests: costs[i]!.matcherRequests,
      checkMs: Number(costs[i]!.checkMs.toFixed(3)),
      extensionMs: figures
        ? Number((figures.extensionEventMsByFrame.get(ids.get(i) ?? '') ?? 0).toFixed(2))
        : null,
    }));
    ext = { probe, top, heapKB, figures, frames };
  } finally {
    await page.close();
  }
  const control = await context.newPage();
  try {
    // No probe here: its pings would be counted as the page's own work. The window is the same as
    // the extension run's (first parse to 500 ms after load); the heap is read after it.
    const tracing = await startTrace(context, control);
    await control.goto(`${OTHER_ORIGIN}/${p.file}`, { waitUntil: 'load', timeout: 120_000 });
    await sleep(800);
    const heapKB = await heapUsedKB(context, control);
    const figures = traceFigures(await tracing.stop(), p.file, 500);
    return { ext, control: { heapKB, busyMs: figures?.busyMs ?? NaN } };
  } finally {
    await control.close();
  }
}

async function measureOrdinary(context: BrowserContext, pages: ReturnType<typeof prepareOrdinary>[]) {
  const reports = [];
  for (const p of pages) {
    const { runs, push, median: m } = createRuns();
    let frames: FrameDetail[] = [];
    for (let run = 1; run <= RUNS; run++) {
      progress(`${p.file} run ${run}/${RUNS} (with and without the extension, traced) …`);
      for (let k = 0; k < FIRST_HIGHLIGHT_LOADS; k++) {
        const timed = await firstHighlightRun(context, p.file);
        push('contentStartToFirstHighlightMs', timed.firstHighlight);
        push('firstHighlightPageFrames', timed.pageFrames);
        push('contentStartToFirstPaintMs', timed.firstPaint);
      }
      const { ext, control } = await ordinaryRun(context, p);
      push('tracedStartToFirstHighlightMs', ext.probe.firstHighlightAt! - (ext.top.startAt ?? NaN));
      push('extensionMainThreadMs', ext.figures?.extensionScriptMs ?? NaN);
      push('extensionScriptEventsMs', ext.figures?.extensionEventMs ?? NaN);
      push('pageOwnLoadMs', control.busyMs);
      push('extensionHeapKB', ext.heapKB - control.heapKB);
      push(
        'matcherFrames',
        (ext.top.matcherRequests > 0 ? 1 : 0) + ext.frames.filter((f) => f.matcherRequests > 0).length,
      );
      const quiet = ext.frames.filter((f) => f.kind !== 'text');
      const quietCosts = quiet.map((f) => f.extensionMs ?? f.checkMs);
      push('textlessFrameCostMs', Math.max(0, ...quietCosts));
      push('textlessFrameCheckMs', Math.max(0, ...quiet.map((f) => f.checkMs)));
      push('textlessFrameMedianMs', quietCosts.length ? median(quietCosts) : 0);
      frames = ext.frames;
      progress(
        `  content start → first highlight ${runs.contentStartToFirstHighlightMs!.at(-1)} ms, ` +
          `extension JS ${runs.extensionMainThreadMs!.at(-1)} ms, page's own load ${runs.pageOwnLoadMs!.at(-1)} ms, ` +
          `extension heap ${runs.extensionHeapKB!.at(-1)} KB; frames ${JSON.stringify(ext.frames)}; ` +
          `top: started ${ext.top.startAt?.toFixed(1)}, first window ${JSON.stringify(ext.top.firstWindow)}, ` +
          `first highlight ${ext.probe.firstHighlightAt?.toFixed(1)}`,
      );
    }
    const extensionMs = m('extensionMainThreadMs');
    const pageOwn = m('pageOwnLoadMs');
    const startToFirst = m('contentStartToFirstHighlightMs');
    const heapKB = m('extensionHeapKB');
    const matcherFrames = m('matcherFrames');
    const round3 = (x: number) => Number(x.toPrecision(3));
    reports.push({
      file: p.file,
      htmlKB: Math.round(p.bytes / 1000),
      chars: p.expected.chars,
      mentions: p.expected.mentions,
      frames: p.frames.length,
      framesWithText: p.frames.filter((k) => k === 'text').length,
      contentStartToFirstHighlightMs: startToFirst,
      firstHighlightFrames: round3(startToFirst / FRAME_MS),
      firstHighlightPageFrames: m('firstHighlightPageFrames'),
      contentStartToFirstPaintMs: m('contentStartToFirstPaintMs'),
      tracedStartToFirstHighlightMs: m('tracedStartToFirstHighlightMs'),
      extensionMainThreadMs: extensionMs,
      extensionScriptEventsMs: m('extensionScriptEventsMs'),
      pageOwnLoadMs: pageOwn,
      extensionVsPageLoad: round3(extensionMs / pageOwn),
      extensionLoadBudgetMs: round3(Math.max(0.25 * pageOwn, FRAME_MS)),
      extensionVsLoadBudget: round3(extensionMs / Math.max(0.25 * pageOwn, FRAME_MS)),
      extensionHeapKB: heapKB,
      matcherFrames,
      // Per frame with text (the top page and each text frame), whether or not it holds a matcher.
      heapPerTextFrameKB: round3(heapKB / (1 + p.frames.filter((k) => k === 'text').length)),
      textlessFrameCostMs: m('textlessFrameCostMs'),
      textlessFrameCheckMs: m('textlessFrameCheckMs'),
      textlessFrameMedianMs: m('textlessFrameMedianMs'),
      textlessFramesWithMatcher: frames.filter((f) => f.kind !== 'text' && f.matcherRequests > 0).length,
      frameDetails: frames,
      runs,
    });
  }
  const last = reports[reports.length - 1]!;
  return {
    ordinaryPages: reports,
    ordinaryRatios: {
      page: last.file,
      extensionVsLoadBudget: last.extensionVsLoadBudget,
      firstHighlightFrames: last.firstHighlightFrames,
      firstHighlightPageFrames: Math.max(...reports.map((r) => r.firstHighlightPageFrames)),
      textlessFrameCostMs: Math.max(...reports.map((r) => r.textlessFrameCostMs)),
      textlessFramesWithMatcher: Math.max(...reports.map((r) => r.textlessFramesWithMatcher)),
      heapPerTextFrameMB: Number(
        (Math.max(...reports.map((r) => r.heapPerTextFrameKB)) / 1024).toPrecision(3),
      ),
    },
  };
}

async function measure({ context }: ExtensionSession, prepared: Prepared[]): Promise<void> {
  const pages = prepared.filter((p) => !isOrdinary(p)) as ReturnType<typeof preparePage>[];
  // The first page makes the background build its knowledge base: keep that out of the figures.
  await extensionRun(context, 'warmup.html', expectedMentions(WARMUP_HTML).mentions, 60_000);

  const reports: PageReport[] = [];
  let traced: string | undefined;
  for (const p of pages) {
    const { runs, push, median: m } = createRuns();
    let markJsMarks = 0;
    const timeoutMs = 30_000 + p.expected.chars / 50;
    for (let run = 1; run <= RUNS; run++) {
      progress(`${p.file} run ${run}/${RUNS}: extension …`);
      const ext = await extensionRun(context, p.file, p.expected.mentions, timeoutMs);
      for (const key of EXTENSION_KEYS) push(key, ext[key]);
      progress(
        `  first ${ext.firstHighlightMs.toFixed(0)} ms, all ${ext.allHighlightedMs.toFixed(0)} ms, ` +
          `longest task ${ext.longestTaskMs.toFixed(1)} ms (Long Tasks API ${ext.longTaskApiMs.toFixed(0)} ms), ` +
          `page tasks waited ${ext.pageTaskWaitMs.toFixed(0)} ms, an edit's frame ${ext.editFrameMs.toFixed(0)} ms`,
      );
      if (verbose) {
        progress(`  gaps > 50 ms [start after load, ms]: ${JSON.stringify(ext.probe.gaps)}`);
        progress(`  Long Tasks API [start after load, ms]: ${JSON.stringify(ext.probe.longTasks)}`);
        for (const f of [...ext.probe.longFrames].sort((a, b) => b.duration - a.duration).slice(0, 6))
          progress(`  long animation frame ${JSON.stringify(f)}`);
      }
      const control = await controlRun(context, p.file);
      push('pageOnlyLongestTaskMs', control.longestTaskMs);
      push('pageOnlyEditFrameMs', control.editFrameMs);
      progress(
        `  without the extension: longest task ${control.longestTaskMs.toFixed(1)} ms, ` +
          `an edit's frame ${control.editFrameMs.toFixed(0)} ms`,
      );
      if (verbose) {
        progress(`  without: gaps > 50 ms: ${JSON.stringify(control.probe.gaps)}`);
        progress(`  without: Long Tasks API: ${JSON.stringify(control.probe.longTasks)}`);
      }
      for (const mode of ['spanWrap', 'markJs', 'highlightApi'] as const) {
        const r = await baselineRun(context, p.file, p.expected, mode);
        push(`${mode}Ms`, r.ms);
        if (mode === 'markJs') markJsMarks = r.made;
        progress(
          `  baseline ${mode}: ${r.ms.toFixed(0)} ms (${r.made} ${mode === 'markJs' ? 'matches' : 'mentions'})`,
        );
      }
    }
    reports.push({
      chars: p.expected.chars,
      mentions: p.expected.mentions,
      firstHighlightMs: m('firstHighlightMs'),
      allHighlightedMs: m('allHighlightedMs'),
      longestTaskMs: m('longestTaskMs'),
      spanWrapMs: m('spanWrapMs'),
      markJsMs: m('markJsMs'),
      highlightApiMs: m('highlightApiMs'),
      loadMs: m('loadMs'),
      longTaskApiMs: m('longTaskApiMs'),
      pageTaskWaitMs: m('pageTaskWaitMs'),
      editFrameMs: m('editFrameMs'),
      pageOnlyLongestTaskMs: m('pageOnlyLongestTaskMs'),
      pageOnlyEditFrameMs: m('pageOnlyEditFrameMs'),
      markJsMarks,
      runs,
    });
    if (trace && p === pages[pages.length - 1]) {
      progress(`${p.file}: traced extension run …`);
      const tracer = createBenchTracer(context, p.file);
      const ext = await extensionRun(context, p.file, p.expected.mentions, timeoutMs, tracer);
      traced = tracer.summary(ext.probe);
    }
  }

  const last = reports[reports.length - 1]!;
  const round3 = (x: number) => Number(x.toPrecision(3));
  const ordinary = await measureOrdinary(context, prepared.filter(isOrdinary));
  const report = {
    pages: reports,
    ratios: {
      vsSpanWrap: round3(last.spanWrapMs / last.allHighlightedMs),
      vsMarkJs: round3(last.markJsMs / last.allHighlightedMs),
    },
    ...ordinary,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    if (traced) progress(traced);
  } else {
    const rows: Array<[string, (r: PageReport) => number | string]> = [
      ['text (UTF-16 units)', (r) => r.chars],
      ['mentions', (r) => r.mentions],
      ['load (since navigation)', (r) => r.loadMs],
      ['first highlight', (r) => r.firstHighlightMs],
      ['all highlighted', (r) => r.allHighlightedMs],
      ['longest task (≤ 50)', (r) => r.longestTaskMs],
      ['  Long Tasks API', (r) => r.longTaskApiMs],
      ['  without extension', (r) => r.pageOnlyLongestTaskMs],
      ['page tasks waited', (r) => r.pageTaskWaitMs],
      ['an edit, next frame', (r) => r.editFrameMs],
      ['  without extension', (r) => r.pageOnlyEditFrameMs],
      ['<mark> span wrap', (r) => r.spanWrapMs],
      ['mark.js markRegExp', (r) => r.markJsMs],
      ['  its matches', (r) => r.markJsMarks],
      ['Highlight API only', (r) => r.highlightApiMs],
    ];
    const names = PAGES.map((p) => p.file.replace(/^page-|\.html$/g, ''));
    const lines = [
      ...summaryTable(names, reports, rows, 26),
      '',
      `ms, medians of ${RUNS} runs in one browser. Extension times from the load event; baselines are handed`,
      `the mentions and timed from their first change until after the next frame.`,
      '',
      `${names[names.length - 1]} page: span wrap ÷ extension ×${report.ratios.vsSpanWrap} (target ≥ 5), ` +
        `mark.js ÷ extension ×${report.ratios.vsMarkJs} — the extension's time includes scanning the page.`,
    ];
    const o = report.ordinaryPages;
    lines.push(
      '',
      `ordinary pages (loads with the extension: ${FIRST_HIGHLIGHT_LOADS} timed, one traced; one without):`,
      ...summaryTable(
        o.map((r) => r.file.replace(/^ordinary-|\.html$/g, '')),
        o,
        [
          ['text (UTF-16 units)', (r) => r.chars],
          ['frames (with text)', (r) => `${r.frames} (${r.framesWithText})`],
          ['content start → 1st hl', (r) => r.contentStartToFirstHighlightMs],
          ['  in frames of 16.7 ms', (r) => r.firstHighlightFrames],
          ["  in the page's frames", (r) => r.firstHighlightPageFrames],
          ['  traced, with the probe', (r) => r.tracedStartToFirstHighlightMs],
          ["content start → page's FCP", (r) => r.contentStartToFirstPaintMs],
          ['extension JS (trace)', (r) => r.extensionMainThreadMs],
          ["page's own load work", (r) => r.pageOwnLoadMs],
          ['  ext ÷ budget (≤ 1)', (r) => r.extensionVsLoadBudget],
          ['extension heap KB', (r) => r.extensionHeapKB],
          ['  per frame with text', (r) => r.heapPerTextFrameKB],
          ['textless frame ms', (r) => r.textlessFrameCostMs],
          ['  the middle one', (r) => r.textlessFrameMedianMs],
          ['  holding a matcher', (r) => r.textlessFramesWithMatcher],
        ],
        26,
      ),
    );
    if (traced) lines.push('', traced);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

runBench('bench:page', () =>
  withBenchBrowser<BenchPage | OrdinaryPage, Prepared>(
    'page',
    [...PAGES, ...ORDINARY],
    (p, write) => ('bytes' in p ? prepareOrdinary(p, write) : preparePage(p, write)),
    measure,
  ),
);
