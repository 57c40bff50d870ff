/**
 * Code that runs inside the benchmark pages, kept as plain strings: functions handed to
 * `page.evaluate` are serialized with `toString()`, and under tsx (esbuild with keepNames) nested
 * named functions would call a `__name` helper the page does not have.
 */

/** Where the probe leaves its results in the page's main world. */
export const PROBE_GLOBAL = '__standardsLensBenchProbe';

export interface ProbeState {
  expected: number;
  /** performance.now() (ms since navigation start) of DOMContentLoaded and load. */
  domContentLoadedAt: number | null;
  loadAt: number | null;
  firstHighlightAt: number | null;
  /** After the rendering of the first frame whose rAF saw every expected highlight. */
  allHighlightedAt: number | null;
  lastTotal: number;
  frames: number;
  /** When the pings started, ms after load: after the rendering of the first frame after load. */
  pingsFrom: number | null;
  /**
   * Longest gap between consecutive high-priority pings after load (scheduler.postTask, priority
   * user-blocking, 1 ms delay): the longest main-thread task, plus a few ms.
   */
  maxGap: number;
  /** [start (ms after load), length] of every such gap over 50 ms. */
  gaps: Array<[number, number]>;
  /**
   * Longest gap between consecutive MessageChannel pings after load: how long the page's own
   * ordinary tasks had to wait. scheduler.yield() continuations run before them, so while a script
   * slices its work with scheduler.yield() this is the length of its whole pass, not of a task.
   */
  maxMessageGap: number;
  /** Long Tasks API entries after load: [start (ms after load), duration]. */
  longTasks: Array<[number, number]>;
  /** Long Animation Frames after load: start, duration, blocking, rendering part. */
  longFrames: Array<{ start: number; duration: number; blocking: number; renderMs: number }>;
  /** Set when the pings stopped (a tail after everything was highlighted). */
  done: boolean;
  /**
   * When the content script's first pass was done (its own clock reading, which Node reads over CDP
   * from the extension's isolated world and hands to `firstPass()`: the page itself cannot see it).
   */
  firstPassAt: number | null;
  /** Every ping gap over 8 ms: [start, length] on the page clock (bench/anchoring-probe.ts splits them). */
  gapLog: Array<[number, number]>;
}

/**
 * Hands the probe the content script's first-pass record (tests/support/first-pass.ts reads it over
 * CDP): an expression for `page.evaluate`.
 */
export const deliverFirstPass = (record: { mentions: number; at: number }) =>
  `window[${JSON.stringify(PROBE_GLOBAL)}].firstPass(${JSON.stringify(record)})`;

/**
 * The probe, installed with `addInitScript` before the page's own scripts, in the page's main world
 * (the content script's isolated world shares the document's highlight registry and the main thread):
 *
 * - from the first frame after the `load` event, two ping loops until `tailMs` after every highlight
 *   is there — the page's own parsing, and the first layout and paint after it, are left out:
 *   - a high-priority one (scheduler.postTask, user-blocking, 1 ms delay) whose longest gap is about
 *     the longest main-thread task (user-blocking tasks run before scheduler.yield continuations, and
 *     the delay keeps it from starving anyone);
 *   - a MessageChannel one, an ordinary task as a page's own script posts, whose longest gap is how
 *     long such tasks waited;
 * - from DOMContentLoaded, every animation frame counts the ranges in the three contract highlights
 *   and records the first frame with any and the first frame with `expected` of them (the latter
 *   after that frame's rendering: a message posted from rAF runs after it).
 *
 * With `expected` 0 (a page without the extension) the same runs for `tailMs` after load.
 */
export function probeScript(expected: number, tailMs = 500): string {
  // (allHighlightedAt: after the rendering of the first frame that began after the content script's
  // first pass was done — its time comes from Node, `firstPass()`, see deliverFirstPass.)
  return `(() => {
  const NAMES = ['standards-lens-topic', 'standards-lens-agency', 'standards-lens-standard'];
  const st = {
    expected: ${JSON.stringify(expected)},
    domContentLoadedAt: null, loadAt: null, firstHighlightAt: null, allHighlightedAt: null,
    lastTotal: 0, frames: 0, pingsFrom: null, maxGap: 0, gaps: [], maxMessageGap: 0,
    longTasks: [], longFrames: [], done: false, firstPassAt: null, gapLog: [],
  };
  // [rAF time, time after that frame's rendering] of every frame since DOMContentLoaded.
  const rendered = [];
  let firstPassFound = false;
  // The first frame that began after the first pass, once it has rendered: everything is highlighted.
  const settle = () => {
    if (firstPassFound || st.firstPassAt === null || st.expected === 0) return;
    const f = rendered.find(([t, after]) => t >= st.firstPassAt && after !== null);
    if (!f) return;
    firstPassFound = true;
    st.allHighlightedAt = f[1];
    stopAt = st.allHighlightedAt + ${JSON.stringify(tailMs)};
  };
  st.firstPass = (record) => {
    st.firstPassAt = record.at;
    st.lastTotal = record.mentions;
    settle();
  };
  Object.defineProperty(window, ${JSON.stringify(PROBE_GLOBAL)}, { value: st });
  const total = () => {
    let n = 0;
    for (const name of NAMES) { const h = CSS.highlights.get(name); if (h) n += h.size; }
    return n;
  };
  let stopAt = Infinity;
  let last = 0;
  const ping = () => {
    const t = performance.now();
    const gap = t - last;
    if (gap > st.maxGap) st.maxGap = gap;
    if (gap > 50) st.gaps.push([+(last - st.loadAt).toFixed(1), +gap.toFixed(1)]);
    if (gap > 8) st.gapLog.push([last, gap]);
    last = t;
    if (t < stopAt) scheduler.postTask(ping, { priority: 'user-blocking', delay: 1 }); else st.done = true;
  };
  const channel = new MessageChannel();
  let lastMessage = 0;
  channel.port1.onmessage = () => {
    const t = performance.now();
    if (t - lastMessage > st.maxMessageGap) st.maxMessageGap = t - lastMessage;
    lastMessage = t;
    if (t < stopAt) channel.port2.postMessage(0);
  };
  const frame = () => {
    const t = performance.now();
    st.frames++;
    const n = total();
    if (n > 0 && st.firstHighlightAt === null) st.firstHighlightAt = t;
    // The content script paints only the blocks near the viewport, so "all highlighted" is the end of
    // its first pass, with the number of mentions it found: Node hands both over (firstPass()).
    if (st.firstPassAt === null) st.lastTotal = n;
    const entry = [t, null];
    rendered.push(entry);
    // A message posted from rAF runs after that frame's rendering.
    const after = new MessageChannel();
    after.port1.onmessage = () => { entry[1] = performance.now(); settle(); };
    after.port2.postMessage(0);
    if (firstPassFound || st.done) return;
    requestAnimationFrame(frame);
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (st.loadAt !== null && e.startTime >= st.loadAt)
          st.longTasks.push([+(e.startTime - st.loadAt).toFixed(1), +e.duration.toFixed(1)]);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (st.loadAt === null || e.startTime < st.loadAt) continue;
        const renderMs = e.renderStart ? e.startTime + e.duration - e.renderStart : 0;
        st.longFrames.push({ start: +(e.startTime - st.loadAt).toFixed(1), duration: +e.duration.toFixed(1), blocking: +(e.blockingDuration || 0).toFixed(1), renderMs: +renderMs.toFixed(1) });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  document.addEventListener('DOMContentLoaded', () => {
    st.domContentLoadedAt = performance.now();
    requestAnimationFrame(frame);
  });
  addEventListener('load', () => {
    st.loadAt = performance.now();
    if (st.expected === 0) stopAt = st.loadAt + ${JSON.stringify(tailMs)};
    // The pings start once the first frame after load is rendered: a big page's own first layout and
    // paint often land there, and they are not ours to measure.
    requestAnimationFrame(() => {
      const start = new MessageChannel();
      start.port1.onmessage = () => {
        last = lastMessage = performance.now();
        st.pingsFrom = +(last - st.loadAt).toFixed(1);
        scheduler.postTask(ping, { priority: 'user-blocking', delay: 1 });
        channel.port2.postMessage(0);
      };
      start.port2.postMessage(0);
    });
  });
})();`;
}

/** Where the first-highlight watch leaves its reading (the page clock), null until then. */
export const FIRST_HIGHLIGHT_GLOBAL = '__standardsLensBenchFirstHighlight';

/** Where the same watch leaves the times of the page's animation frames until then (the page clock). */
export const FRAME_TIMES_GLOBAL = '__standardsLensBenchFrameTimes';

/**
 * The first-highlight watch, installed with `addInitScript` for the untraced timing loads of the
 * ordinary pages (bench/page.ts): one animation-frame callback a frame that counts the ranges in the
 * three contract highlights, records the first frame with any, and stops. It also keeps the time of
 * every frame until then, so that the harness can count the page's frames from the content script's
 * start to the first highlight (while the page's first screen is rasterized they come far apart).
 * Nothing else of ours runs in the page: the probe above pings the main thread every millisecond, and
 * its MessageChannel loop takes turns with the content script's tasks and with the background's answer.
 */
export const FIRST_HIGHLIGHT_WATCH = `(() => {
  const NAMES = ['standards-lens-topic', 'standards-lens-agency', 'standards-lens-standard'];
  Object.defineProperty(window, ${JSON.stringify(FIRST_HIGHLIGHT_GLOBAL)}, { value: null, writable: true });
  const times = [];
  Object.defineProperty(window, ${JSON.stringify(FRAME_TIMES_GLOBAL)}, { value: times });
  const frame = () => {
    const now = performance.now();
    times.push(now);
    let n = 0;
    for (const name of NAMES) { const h = CSS.highlights.get(name); if (h) n += h.size; }
    if (n > 0) window[${JSON.stringify(FIRST_HIGHLIGHT_GLOBAL)}] = now;
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/**
 * A DOM edit after everything is painted — one paragraph without mentions appended to <body> — timed
 * until after the next frame's rendering: what every later change of a highlighted page costs.
 */
export const EDIT_FRAME_SCRIPT = `(async () => {
  const afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const c = new MessageChannel();
    c.port1.onmessage = () => resolve(performance.now());
    c.port2.postMessage(0);
  }));
  await afterNextFrame();
  const t0 = performance.now();
  const p = document.createElement('p');
  p.textContent = 'edit ' + t0.toFixed(0);
  document.body.appendChild(p);
  return (await afterNextFrame()) - t0;
})()`;

/** Where the baseline data goes before `baselineScript` runs. */
export const DATA_GLOBAL = '__standardsLensBenchData';

export interface BaselineData {
  textNodes: number;
  pieces: number[];
  texts: string[];
}

export interface BaselineResult {
  ms: number;
  /** Marks or ranges the baseline made (mark.js: its own count). */
  made: number;
}

export type BaselineMode = 'spanWrap' | 'markJs' | 'highlightApi';

/**
 * One baseline on a page without the extension, over the mentions in `window[DATA_GLOBAL]`
 * (text-node index + offsets, computed in Node with the extension's own collector and matcher).
 * Text nodes are resolved and checked against the mention texts before the clock starts — that part
 * is given to the baselines for free. The clock runs from the first DOM or highlight change until
 * after the next animation frame's rendering.
 *
 * - spanWrap: each mention piece (a mention split by inline markup has several) is split out of its
 *   text node and moved into a new `<mark>`, last piece first so earlier offsets stay valid;
 * - markJs: mark.js `markRegExp` with one RegExp of the distinct mention texts (longest first),
 *   text node by text node (its default). Not `acrossElements`: that mode maps every match through
 *   all text nodes (20.8 s on the 1 MB page); so mark.js misses the names split by inline markup and
 *   does a little less than the others — in its favour;
 * - highlightApi: one `StaticRange` per mention in one registered `Highlight` (what the extension
 *   paints with, without its scanning).
 */
export function baselineScript(mode: BaselineMode): string {
  return `(async () => {
  const mode = ${JSON.stringify(mode)};
  const d = window[${JSON.stringify(DATA_GLOBAL)}];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  if (nodes.length !== d.textNodes)
    throw new Error('the page has ' + nodes.length + ' text nodes, Node counted ' + d.textNodes);
  const P = d.pieces;
  const pieces = [];
  const ranges = [];
  let k = 0;
  for (let m = 0; m < d.texts.length; m++) {
    const count = P[k++];
    let text = '';
    for (let j = 0; j < count; j++, k += 3) {
      const node = nodes[P[k]];
      text += node.data.slice(P[k + 1], P[k + 2]);
      pieces.push(node, P[k + 1], P[k + 2]);
      if (j === 0) ranges.push(node, P[k + 1]);
      if (j === count - 1) ranges.push(node, P[k + 2]);
    }
    if (text !== d.texts[m]) throw new Error('mention ' + m + ': page reads ' + JSON.stringify(text) + ', Node ' + JSON.stringify(d.texts[m]));
  }
  const afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const c = new MessageChannel();
    c.port1.onmessage = () => resolve(performance.now());
    c.port2.postMessage(0);
  }));
  let re = null;
  if (mode === 'markJs') {
    const distinct = [...new Set(d.texts)].sort((a, b) => b.length - a.length);
    re = new RegExp(distinct.map((s) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&')).join('|'), 'g');
  }
  if (mode === 'highlightApi') {
    const style = document.createElement('style');
    style.textContent = '::highlight(bench-baseline){background-color:rgba(255,196,0,.32)}';
    document.head.appendChild(style);
  }
  await afterNextFrame();
  await afterNextFrame();
  let made = 0;
  const t0 = performance.now();
  if (mode === 'spanWrap') {
    for (let i = pieces.length - 3; i >= 0; i -= 3) {
      const node = pieces[i], s = pieces[i + 1], e = pieces[i + 2];
      const mid = s > 0 ? node.splitText(s) : node;
      if (e - s < mid.data.length) mid.splitText(e - s);
      const mark = document.createElement('mark');
      mid.parentNode.insertBefore(mark, mid);
      mark.appendChild(mid);
      made++;
    }
  } else if (mode === 'markJs') {
    made = await new Promise((resolve) =>
      new Mark(document.body).markRegExp(re, { done: resolve }));
  } else {
    const h = new Highlight();
    CSS.highlights.set('bench-baseline', h);
    for (let i = 0; i < ranges.length; i += 4) {
      h.add(new StaticRange({ startContainer: ranges[i], startOffset: ranges[i + 1], endContainer: ranges[i + 2], endOffset: ranges[i + 3] }));
      made++;
    }
  }
  const t1 = await afterNextFrame();
  return { ms: t1 - t0, made };
})()`;
}
