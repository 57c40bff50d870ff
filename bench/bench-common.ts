/**
 * What the browser benchmarks share — `npm run bench:page` (bench/page.ts) and `npm run bench:anchoring`
 * (bench/anchoring.ts): the flags, the progress channel, the built-extension check, the generated pages and
 * the warm-up page, the browser session, medians and rounding, the tracer and the summary table. Kept
 * in one place so that the two take the same flags and measure the same pages (same seeds, so their
 * figures can be read side by side), and a fix to one reaches both.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from '../tests/support/extension';
import { createTracer } from './page-trace';

export interface BenchArgs {
  /** `--json`: one object on stdout, progress on stderr. */
  json: boolean;
  /** `--quick`: the 1 MB page only. */
  quick: boolean;
  /** `--trace`: one more run on the largest page, recorded with Chrome tracing. */
  trace: boolean;
  /** `--verbose`: list the long tasks and frames. */
  verbose: boolean;
  /** `--runs=N` (default 3): how many runs each figure is the median of. */
  runs: number;
}

function parseBenchArgs(argv: readonly string[] = process.argv.slice(2)): BenchArgs {
  const runsArg = argv.find((a) => a.startsWith('--runs='));
  return {
    json: argv.includes('--json'),
    quick: argv.includes('--quick'),
    trace: argv.includes('--trace'),
    verbose: argv.includes('--verbose'),
    runs: runsArg ? Math.max(1, Number(runsArg.slice('--runs='.length)) || 1) : 3,
  };
}

/** Progress and summaries go to stderr, so that stdout holds only the `--json` object. */
export const progress = (msg: string): void => void process.stderr.write(`${msg}\n`);

/** Exits unless the extension is built: the benchmarks measure `.output/chrome-mv3` and never build it. */
function requireBuiltExtension(bench: string, dir: string = EXTENSION_DIR): void {
  if (existsSync(join(dir, 'manifest.json'))) return;
  progress(
    `${bench}: no built extension at ${dir} — run \`npx wxt build\` first (the benchmark never builds it).`,
  );
  process.exit(1);
}

export interface BenchPage {
  file: string;
  minChars: number;
  seed: number;
}

/** The pages of ~1 MB and ~5 MB of text (bench/page-html.ts), as `<prefix>-1mb.html` …; `quick`: 1 MB. */
const benchPages = (prefix: string, quick: boolean): BenchPage[] =>
  [
    { file: `${prefix}-1mb.html`, minChars: 1 << 20, seed: 20240601 },
    { file: `${prefix}-5mb.html`, minChars: 5 << 20, seed: 20240605 },
  ].slice(0, quick ? 1 : 2);

/**
 * A benchmark's start: its flags, an exit unless the extension is built, and its pages, generated under
 * its own names (`<prefix>-1mb.html` …) from the same seeds as every other benchmark's.
 */
export function startBench(
  prefix: string,
  argv: readonly string[] = process.argv.slice(2),
): BenchArgs & { pages: BenchPage[] } {
  const args = parseBenchArgs(argv);
  requireBuiltExtension(`bench:${prefix}`);
  return { ...args, pages: benchPages(prefix, args.quick) };
}

/** The first page loaded makes the background build its knowledge base: this one, outside the figures. */
export const WARMUP_HTML =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>warm-up</title></head><body>' +
  '<p>工业和信息化部、市场监管总局推动产品碳足迹标准建设。</p></body></html>';

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
export const round1 = (x: number): number => Math.round(x * 10) / 10;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Writes `warmup.html` and each of `pages` (`prepare` generates it and hands its HTML to `write`) into a
 * temp folder, launches Chromium with the built extension serving that folder on both origins, runs
 * `body` with what `prepare` returned; closes the browser and removes the folder however it ends.
 */
export async function withBenchBrowser<P, T>(
  name: string,
  pages: readonly P[],
  prepare: (page: P, write: (file: string, html: string) => void) => T,
  body: (session: ExtensionSession, prepared: T[]) => Promise<void>,
): Promise<void> {
  const pagesDir = mkdtempSync(join(tmpdir(), `standards-lens-bench-${name}-`));
  let session: ExtensionSession | undefined;
  try {
    const write = (file: string, html: string) => writeFileSync(join(pagesDir, file), html);
    write('warmup.html', WARMUP_HTML);
    const prepared = pages.map((p) => prepare(p, write));
    progress('launching Chromium with the built extension …');
    session = await launchWithExtension({ pagesDir });
    await body(session, prepared);
  } finally {
    await session?.close();
    rmSync(pagesDir, { recursive: true, force: true });
  }
}

/** Each run's figures by key (rounded to 0.1 ms), and their medians. */
export function createRuns(): {
  runs: Record<string, number[]>;
  push(key: string, value: number): void;
  median(key: string): number;
} {
  const runs: Record<string, number[]> = {};
  return {
    runs,
    push: (key, value) => void (runs[key] ??= []).push(round1(value)),
    median: (key) => round1(median(runs[key]!)),
  };
}

/** `--trace`: hooks that record one run on `file` with Chrome tracing, written to the temp folder. */
export const createBenchTracer = (context: BrowserContext, file: string) =>
  createTracer(context, {
    file,
    outFile: join(tmpdir(), `standards-lens-bench-${file.replace(/\.html$/, '')}.trace.json`),
  });

/** The summary: a label column `labelWidth` wide, then one right-aligned column per page. */
export function summaryTable<R>(
  names: readonly string[],
  reports: readonly R[],
  rows: ReadonlyArray<readonly [string, (r: R) => number | string]>,
  labelWidth: number,
): string[] {
  return [
    `${''.padEnd(labelWidth)}${names.map((n) => n.padStart(12)).join('')}`,
    ...rows.map(
      ([label, get]) =>
        `${label.padEnd(labelWidth)}${reports.map((r) => String(get(r)).padStart(12)).join('')}`,
    ),
  ];
}

/** Runs a benchmark's `main`; a failure is one line on stderr and exit code 1. */
export function runBench(bench: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    progress(`${bench} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
