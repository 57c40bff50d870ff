/**
 * `npm run bench:page -- --trace`: one extension run recorded with Chrome tracing (CDP), and a summary
 * of where the page's main thread spent its long tasks after `load` — the five longest tasks with their
 * direct children (script calls with their source position, style, layout, paint, GC …) and the
 * functions the V8 sampling profiler saw in it (self time). Function names in the built content
 * script are minified; each is shown with the start of its source, which is enough to find it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR } from '../tests/support/extension';
import type { ProbeState } from './page-inpage';

export interface PageHooks {
  before(page: Page): Promise<void>;
  after(page: Page): Promise<void>;
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
];

/** The main thread's task events (a RunTask may wrap a ThreadControllerImpl::RunTask of the same work). */
export const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Events that no earlier event of the list contains (sorted by start). */
export function outermost(list: TraceEvent[]): TraceEvent[] {
  const sorted = [...list].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: TraceEvent[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (!last || e.ts >= last.ts + last.dur!) out.push(e);
  }
  return out;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber?: number; columnNumber?: number };
}

/** The built content script, to show what a minified position is. */
let contentSource: string[] | undefined;
function sourceAt(url: string, line: number | undefined, column: number | undefined): string {
  if (!url.endsWith('/content-scripts/content.js') || line === undefined || column === undefined) return '';
  contentSource ??= readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8').split('\n');
  const text = contentSource[line] ?? '';
  return text.slice(column, column + 90).replace(/\s+/g, ' ');
}

function frameLabel(f: {
  functionName?: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}): string {
  const url = String(f.url ?? '');
  const file = url.replace(/^.*\//, '') || '(native)';
  const where =
    f.lineNumber !== undefined && f.lineNumber >= 0
      ? `:${f.lineNumber + 1}:${(f.columnNumber ?? 0) + 1}`
      : '';
  const src = sourceAt(url, f.lineNumber, f.columnNumber);
  return `${f.functionName || '(anonymous)'} ${file}${where}${src ? `  «${src}»` : ''}`;
}

/** Reads the trace, finds the page's renderer main thread, and describes its long tasks after load. */
export function summarizeTrace(events: TraceEvent[], file: string, probe: ProbeState): string {
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  }
  // The page's renderer: the process whose main thread parsed our file.
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && JSON.stringify(e.args ?? {}).includes(file) && e.ph === 'X',
  );
  if (!parse) return `trace: no ParseHTML of ${file} found (${events.length} events)`;
  const { pid, tid } = parse;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const markLoad = events.find((e) => e.pid === pid && e.name === 'MarkLoad');
  const loadTs = markLoad?.ts ?? parse.ts + parse.dur!;
  // Outermost tasks only (a RunTask may wrap a ThreadControllerImpl::RunTask of the same work).
  const outer = outermost(main.filter((e) => TASK_NAMES.has(e.name)));
  const afterLoad = outer.filter((e) => e.ts >= loadTs);
  const overBudget = afterLoad.filter((e) => e.dur! > 50_000).length;
  const longest = afterLoad.reduce((m, e) => Math.max(m, e.dur!), 0);
  // The five longest, in time order: what to shorten next even when none is over budget.
  const tasks = [...afterLoad]
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, 5)
    .sort((a, b) => a.ts - b.ts);

  // CPU profile samples of this process's main thread (Profile / ProfileChunk events).
  const nodes = new Map<number, ProfileNode>();
  const samples: Array<{ t: number; node: number }> = [];
  const profileIds = new Set(
    events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id),
  );
  const start = new Map<string | undefined, number>();
  for (const e of events) {
    if (e.name === 'Profile' && profileIds.has(e.id)) start.set(e.id, Number(e.args?.data?.startTime));
  }
  const clock = new Map(start);
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !profileIds.has(e.id)) continue;
    const data = e.args?.data as
      { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    let t = clock.get(e.id) ?? 0;
    for (let i = 0; i < ids.length; i++) {
      t += deltas[i] ?? 0;
      samples.push({ t, node: ids[i]! });
    }
    clock.set(e.id, t);
  }
  samples.sort((a, b) => a.t - b.t);

  const ms = (us: number) => (us / 1000).toFixed(1);
  const lines: string[] = [
    `trace of ${file} (renderer ${threadNames.get(`${pid}:${tid}`) ?? tid}): ${overBudget} main-thread tasks over 50 ms after load,` +
      ` longest ${ms(longest)} ms` +
      ` (probe: all highlighted ${((probe.allHighlightedAt ?? 0) - (probe.loadAt ?? 0)).toFixed(0)} ms after load)`,
  ];
  // Where the main thread's time went from load until everything was highlighted.
  const windowEnd = loadTs + ((probe.allHighlightedAt ?? 0) - (probe.loadAt ?? 0)) * 1000;
  const inWindow = (e: TraceEvent) => e.ts >= loadTs && e.ts < windowEnd;
  const busy = outer.filter(inWindow).reduce((n, e) => n + e.dur!, 0);
  const phases: Array<[string, string]> = [
    [
      'LocalFrameView::RunCompositingInputsLifecyclePhase',
      'compositing-inputs phase (HighlightRegistry::ValidateHighlightMarkers)',
    ],
    ['Paint', 'paint'],
    ['UpdateLayoutTree', 'style recalc'],
    ['Layout', 'layout'],
    ['MajorGC', 'major GC'],
    ['MinorGC', 'minor GC'],
  ];
  lines.push(
    `  from load to all highlighted (${ms(windowEnd - loadTs)} ms): main thread busy ${ms(busy)} ms in ${outer.filter(inWindow).length} tasks`,
  );
  for (const [name, label] of phases) {
    const list = main.filter((e) => e.name === name && inWindow(e));
    const sum = list.reduce((n, e) => n + e.dur!, 0);
    const max = list.reduce((n, e) => Math.max(n, e.dur!), 0);
    if (sum > 0)
      lines.push(`    ${ms(sum).padStart(8)} ms  ${label} (${list.length}×, longest ${ms(max)} ms)`);
  }
  const selfIn = (from: number, to: number) => {
    const self = new Map<string, number>();
    let total = 0;
    for (let i = 0; i < samples.length; i++) {
      const s = samples[i]!;
      if (s.t < from || s.t > to) continue;
      const dt = Math.min((samples[i + 1]?.t ?? s.t) - s.t, 2_000);
      const node = nodes.get(s.node);
      if (!node || node.callFrame.functionName === '(idle)') continue;
      const key = frameLabel(node.callFrame);
      self.set(key, (self.get(key) ?? 0) + dt);
      total += dt;
    }
    return { self: [...self].sort((a, b) => b[1] - a[1]), total };
  };
  const whole = selfIn(loadTs, windowEnd);
  const script = whole.self.filter(([k]) => k.includes('content.js'));
  const scriptTotal = script.reduce((n, [, d]) => n + d, 0);
  lines.push(
    `    ${ms(scriptTotal).padStart(8)} ms  content-script JavaScript (sampled self time), hottest:`,
  );
  for (const [k, d] of script.slice(0, 10)) lines.push(`      ${ms(d).padStart(8)} ms  ${k}`);
  for (const [k, d] of whole.self.filter(([k]) => !k.includes('content.js')).slice(0, 3))
    lines.push(`    ${ms(d).padStart(8)} ms  ${k} (sampled)`);
  lines.push('  the five longest tasks after load:');

  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inside = main.filter(
      (e) =>
        e !== task &&
        e.ts >= task.ts &&
        e.ts + e.dur! <= end &&
        !(TASK_NAMES.has(e.name) && e.dur! === task.dur),
    );
    inside.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    // Direct children: not inside another inner event.
    const children: TraceEvent[] = [];
    let coveredUntil = -1;
    for (const e of inside) {
      if (e.ts >= coveredUntil) {
        children.push(e);
        coveredUntil = e.ts + e.dur!;
      }
    }
    lines.push(`  at +${ms(task.ts - loadTs)} ms: ${ms(task.dur!)} ms`);
    const describe = (e: TraceEvent): string => {
      const d = (e.args?.data ?? {}) as Record<string, unknown>;
      if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction') {
        return `${e.name} ${frameLabel({
          functionName: String(d.functionName ?? ''),
          url: String(d.url ?? ''),
          lineNumber: d.lineNumber === undefined ? undefined : Number(d.lineNumber),
          columnNumber: d.columnNumber === undefined ? undefined : Number(d.columnNumber),
        })}`;
      }
      return e.name;
    };
    for (const c of children.filter((c) => c.dur! >= 2_000).slice(0, 12)) {
      const grand = inside
        .filter((g) => g !== c && g.ts >= c.ts && g.ts + g.dur! <= c.ts + c.dur! && g.dur! >= 3_000)
        .filter((g) => !TASK_NAMES.has(g.name));
      const byName = new Map<string, number>();
      for (const g of grand) byName.set(g.name, (byName.get(g.name) ?? 0) + g.dur!);
      const inner = [...byName]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([n, d]) => `${n} ${ms(d)}`)
        .join(', ');
      lines.push(`    ${ms(c.dur!).padStart(7)} ms  ${describe(c)}${inner ? `   [incl. ${inner}]` : ''}`);
    }
    // Sampled self time per function inside the task, when it ran script.
    const { self, total } = selfIn(task.ts, end);
    if (self.some(([k]) => k.includes('.js'))) {
      lines.push(`    sampled self time ${ms(total)} ms:`);
      for (const [k, d] of self.slice(0, 8)) lines.push(`      ${ms(d).padStart(7)} ms  ${k}`);
    }
  }
  return lines.join('\n');
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  const chunks: Buffer[] = [];
  for (;;) {
    const r = await cdp.send('IO.read', { handle, size: 1 << 22 });
    chunks.push(Buffer.from(r.data, r.base64Encoded ? 'base64' : 'utf8'));
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Hooks for one extension run: tracing starts before navigation and ends once the probe is done; the
 * raw trace is written to `outFile` (open it in chrome://tracing or the DevTools Performance panel).
 */
export function createTracer(
  context: BrowserContext,
  options: { file: string; outFile: string },
): PageHooks & { summary(probe: ProbeState): string } {
  let cdp: CDPSession | undefined;
  let events: TraceEvent[] = [];
  return {
    async before(page) {
      // Tracing records every process, so the page's move to a new renderer on navigation is seen.
      cdp = await context.newCDPSession(page);
      await cdp.send('Tracing.start', {
        traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
        transferMode: 'ReturnAsStream',
      });
    },
    async after() {
      if (!cdp) return;
      const session = cdp;
      const done = new Promise<string>((resolve) =>
        session.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream!)),
      );
      await session.send('Tracing.end');
      const text = await readStream(session, await done);
      await session.detach();
      writeFileSync(options.outFile, text);
      const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
      events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
    },
    summary(probe) {
      return `${summarizeTrace(events, options.file, probe)}\n  (raw trace: ${options.outFile})`;
    },
  };
}

/**
 * Starts Chrome tracing (every process) for one load on `page`; `stop()` ends it and returns the
 * events (bench/page-ordinary.ts reads them).
 */
export async function startTrace(
  context: BrowserContext,
  page: Page,
): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
  });
  return {
    async stop() {
      const done = new Promise<string>((resolve) =>
        cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream!)),
      );
      await cdp.send('Tracing.end');
      const text = await readStream(cdp, await done);
      await cdp.detach();
      const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
      return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
    },
  };
}
