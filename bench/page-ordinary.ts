/**
 * The ordinary pages of `npm run bench:page` (issue 15): what readers open many times a day — a
 * policy page of 50 or 300 KB of HTML with a header, a navigation bar, a breadcrumb, an information
 * table (索引号, 发文机关 …), a long body, an attachment table and a footer — with 0, 3 or 10 iframes
 * of four kinds, all same-origin files served by the benchmark's interception server (no srcdoc: an
 * about:srcdoc frame matches no site, so the content script would not run there at all):
 *   text    an attachment viewer with a few paragraphs and mentions;
 *   empty   a share widget: links with icons, no text;
 *   tiny    the attachment viewer in a 1 × 1 frame (a tracking pixel's size);
 *   hidden  the attachment viewer in a `display: none` frame.
 * And the trace arithmetic for them: the extension's main-thread JavaScript, the page's own load work,
 * and the content script's evaluation per frame.
 */
import { generatePageHtml } from './page-html';
import { outermost, TASK_NAMES, type TraceEvent } from './page-trace';

export type FrameKind = 'text' | 'empty' | 'tiny' | 'hidden';

export interface OrdinaryPage {
  file: string;
  /** Target size of the top document's HTML, in bytes. */
  bytes: number;
  frames: FrameKind[];
}

/** The frame mixes: none, one of each quiet kind beside one with text, and ten. */
const FRAME_MIXES: Record<number, FrameKind[]> = {
  0: [],
  3: ['text', 'tiny', 'hidden'],
  10: ['text', 'empty', 'tiny', 'hidden', 'text', 'empty', 'text', 'tiny', 'hidden', 'text'],
};

/** 50 KB and 300 KB × 0, 3 and 10 frames; `quick`: 50 KB with 3 frames. */
export function ordinaryPages(quick: boolean): OrdinaryPage[] {
  if (quick) return [{ file: 'ordinary-50kb-3f.html', bytes: 50_000, frames: FRAME_MIXES[3]! }];
  const pages: OrdinaryPage[] = [];
  for (const kb of [50, 300]) {
    for (const n of [0, 3, 10]) {
      pages.push({ file: `ordinary-${kb}kb-${n}f.html`, bytes: kb * 1000, frames: FRAME_MIXES[n]! });
    }
  }
  return pages;
}

/** The frame's URL: its kind's file, and `?<index>` so each frame of a page can be told apart. */
export const frameSrc = (kind: FrameKind, index: number): string =>
  `${kind === 'empty' ? 'ordinary-frame-empty.html' : 'ordinary-frame-text.html'}?${index}`;

const FRAME_ATTRS: Record<FrameKind, string> = {
  text: 'width="640" height="240"',
  empty: 'width="240" height="40"',
  tiny: 'width="1" height="1"',
  hidden: 'width="640" height="240" style="display:none"',
};

const head = (title: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>` +
  '<style>body{font:16px/1.7 sans-serif;margin:0}header,nav,footer{padding:8px 16px;background:#f4f4f4}' +
  'nav a{margin-right:12px}main{max-width:960px;margin:0 auto;padding:0 16px}' +
  'table{border-collapse:collapse;margin:12px 0}td,th{border:1px solid #ccc;padding:4px 8px}</style></head>';

/** The files every ordinary page's frames load. */
export const FRAME_FILES: Record<string, string> = {
  'ordinary-frame-text.html':
    head('附件预览') +
    '<body><h3>附件：重点标准项目表</h3>' +
    '<p>工业和信息化部会同市场监管总局组织开展产品碳足迹核算标准研制。</p>' +
    '<p>附件列出的项目由国家标准化管理委员会统一下达，请各单位按期完成。</p></body></html>',
  'ordinary-frame-empty.html':
    head('分享') +
    '<body><div class="share">' +
    ['wechat', 'weibo', 'qq', 'print']
      .map(
        (k) =>
          `<a href="#${k}" aria-label=""><svg width="24" height="24"><circle cx="12" cy="12" r="10"/></svg></a>`,
      )
      .join('') +
    '</div><script>window.shareReady = true;</script></body></html>',
};

const NAV = ['首页', '机构', '新闻', '政务公开', '政务服务', '互动交流', '专题专栏', '数据', '标准', '法规'];

const INFO_TABLE =
  '<table class="info"><tbody>' +
  [
    ['索引号', '000019705/2024-00123', '分类', '标准化'],
    ['发文机关', '工业和信息化部', '成文日期', '2024年06月01日'],
    ['标题', '关于印发重点领域标准化工作要点的通知', '', ''],
    ['发文字号', '工信部科〔2024〕123号', '发布日期', '2024年06月05日'],
  ]
    .map((r) => `<tr>${r.map((c, i) => (i % 2 ? `<td>${c}</td>` : `<th>${c}</th>`)).join('')}</tr>`)
    .join('') +
  '</tbody></table>';

const ATTACHMENTS =
  '<table class="files"><thead><tr><th>序号</th><th>附件</th><th>大小</th></tr></thead><tbody>' +
  [1, 2, 3, 4, 5]
    .map((n) => `<tr><td>${n}</td><td><a href="#f${n}">附件${n}.pdf</a></td><td>${n * 120} KB</td></tr>`)
    .join('') +
  '</tbody></table>';

/** An ordinary page of about `bytes` bytes of HTML, with `frames` placed through its body. */
export function ordinaryPageHtml(page: OrdinaryPage, seed: number): string {
  // The body: the page benchmark's paragraphs (mixed scripts, inline markup), cut to size.
  const { html } = generatePageHtml(Math.ceil(page.bytes / 2), seed);
  const article = html
    .slice(html.indexOf('<main><article>') + 15, html.indexOf('</article></main>'))
    .split('\n');
  const top =
    head('关于印发重点领域标准化工作要点的通知') +
    '<body><header><b>中华人民共和国某部</b> 政府网站</header>' +
    `<nav>${NAV.map((n, i) => `<a href="#nav${i}">${n}</a>`).join('')}</nav>` +
    '<main><p class="crumbs"><a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; 通知公告</p>' +
    INFO_TABLE +
    '<h1>关于印发重点领域标准化工作要点的通知</h1><article>';
  const bottom =
    '</article>' +
    ATTACHMENTS +
    '</main><footer><p>主办单位：某部办公厅　网站标识码：bm00000001　ICP备案号：京ICP备00000000号</p>' +
    '<p><a href="#">网站地图</a> <a href="#">联系我们</a> <a href="#">隐私声明</a></p></footer></body></html>';
  const frameHtml = page.frames.map((k, i) => `<iframe src="${frameSrc(k, i)}" ${FRAME_ATTRS[k]}></iframe>`);
  const budget = page.bytes - Buffer.byteLength(top + bottom + frameHtml.join(''));
  const body: string[] = [];
  let size = 0;
  for (const line of article) {
    if (size >= budget) break;
    body.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  // Frames spread through the body, as embeds are: after the first paragraphs, then evenly.
  const step = Math.max(1, Math.floor(body.length / (frameHtml.length + 1)));
  frameHtml.forEach((f, i) => body.splice(Math.min(body.length, (i + 1) * step + i), 0, f));
  return top + body.join('\n') + bottom;
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.callFunction']);
const isExtensionUrl = (url: unknown) => typeof url === 'string' && /^(chrome|moz)-extension:\/\//.test(url);

/** The extension's outermost script events (an evaluation, a callback) among complete events. */
function extensionScripts(complete: TraceEvent[]): TraceEvent[] {
  return outermost(complete.filter((e) => SCRIPT_EVENTS.has(e.name) && isExtensionUrl(e.args?.data?.url)));
}

const endOf = (e: TraceEvent) => e.ts + e.dur!;
const contains = (outer: TraceEvent, inner: TraceEvent) =>
  outer.ts <= inner.ts && endOf(inner) <= endOf(outer);

/**
 * The extension's script time per frame id, from one thread's complete events: its outermost script
 * events (an evaluation, a callback) with the microtasks that run right after each in the same task.
 * Those are the continuations of its promises — what follows an `await` that the callback resolved —
 * and Chromium records them as `RunMicrotasks`, with no script URL or frame. A microtask checkpoint
 * runs after every callback, so the checkpoint that follows an extension callback before any other
 * script of the task runs only what that callback queued. Extension events inside such a checkpoint
 * are counted once. `ext`: those events, when the caller has them already (`extensionScripts`).
 */
export function extensionMsByFrame(events: TraceEvent[], ext?: TraceEvent[]): Map<string, number> {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  ext ??= extensionScripts(complete);
  const frameOf = (e: TraceEvent) => String(e.args?.data?.frame ?? '');
  const byFrame = new Map<string, number>();
  const add = (frame: string, us: number) => byFrame.set(frame, (byFrame.get(frame) ?? 0) + us / 1000);
  for (const e of ext) add(frameOf(e), e.dur!);
  const tasks = outermost(complete.filter((e) => TASK_NAMES.has(e.name)));
  const scripts = complete.filter((e) => SCRIPT_EVENTS.has(e.name)).sort((a, b) => endOf(a) - endOf(b));
  for (const m of outermost(complete.filter((e) => e.name === 'RunMicrotasks'))) {
    if (ext.some((e) => contains(e, m))) continue; // inside an extension event: counted with it
    const task = tasks.find((t) => contains(t, m));
    // The script event that ended last before the checkpoint began.
    let lo = 0;
    for (let hi = scripts.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (endOf(scripts[mid]!) <= m.ts) lo = mid + 1;
      else hi = mid;
    }
    const before = scripts[lo - 1];
    if (!task || !before || before.ts < task.ts || !isExtensionUrl(before.args?.data?.url)) continue;
    const counted = ext.filter((e) => contains(m, e)).reduce((sum, e) => sum + e.dur!, 0);
    add(frameOf(before), m.dur! - counted);
  }
  return byFrame;
}

export interface TraceFigures {
  /**
   * JavaScript time on the page's renderer main thread (every frame of a same-origin page runs there)
   * with an extension script on the stack: the V8 sampling profiler's samples whose stack holds a
   * chrome-extension:// function, so native calls made from the content script (RegExp, DOM) and
   * promise continuations count too. Rendering the highlights cause (style, paint) is not in it.
   */
  extensionScriptMs: number;
  /** The same from trace events with an extension URL (evaluation, calls from tasks), as a cross-check. */
  extensionEventMs: number;
  /**
   * Extension script time per frame id: the evaluation and calls of its scripts in that frame, with
   * the promise continuations they run (`extensionMsByFrame`).
   */
  extensionEventMsByFrame: Map<string, number>;
  /** The main thread's busy time (outermost tasks) from the first parse of `file` to `tailMs` after load. */
  busyMs: number;
}

/** Reads one load's trace: `file` is the top document's name (its ParseHTML finds the renderer). */
export function traceFigures(events: TraceEvent[], file: string, tailMs: number): TraceFigures | undefined {
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && e.ph === 'X' && JSON.stringify(e.args ?? {}).includes(file),
  );
  if (!parse) return undefined;
  const { pid, tid } = parse;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const loadTs =
    events.find((e) => e.pid === pid && e.name === 'MarkLoad' && e.ts >= parse.ts)?.ts ??
    parse.ts + parse.dur!;
  const end = loadTs + tailMs * 1000;
  const busy = outermost(main.filter((e) => TASK_NAMES.has(e.name) && e.ts >= parse.ts && e.ts < end));
  const ext = extensionScripts(main);
  const byFrame = extensionMsByFrame(main, ext);

  // CPU profile of this thread: nodes with parents, and samples with their times.
  const ids = new Set(
    events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id),
  );
  const parent = new Map<number, number>();
  const extensionNode = new Map<number, boolean>();
  const urls = new Map<number, string>();
  const times: Array<{ t: number; node: number }> = [];
  const clock = new Map<string | undefined, number>();
  for (const e of events) {
    if (e.name === 'Profile' && ids.has(e.id)) clock.set(e.id, Number(e.args?.data?.startTime));
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !ids.has(e.id)) continue;
    const data = e.args?.data as
      | {
          cpuProfile?: {
            nodes?: Array<{ id: number; parent?: number; callFrame: { url: string } }>;
            samples?: number[];
          };
          timeDeltas?: number[];
        }
      | undefined;
    for (const n of data?.cpuProfile?.nodes ?? []) {
      if (n.parent !== undefined) parent.set(n.id, n.parent);
      urls.set(n.id, n.callFrame.url);
    }
    let t = clock.get(e.id) ?? 0;
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      times.push({ t, node: samples[i]! });
    }
    clock.set(e.id, t);
  }
  const onExtensionStack = (node: number): boolean => {
    const known = extensionNode.get(node);
    if (known !== undefined) return known;
    const p = parent.get(node);
    const yes = isExtensionUrl(urls.get(node)) || (p !== undefined && onExtensionStack(p));
    extensionNode.set(node, yes);
    return yes;
  };
  times.sort((a, b) => a.t - b.t);
  let sampled = 0;
  for (let i = 0; i + 1 < times.length; i++) {
    if (onExtensionStack(times[i]!.node)) sampled += Math.min(times[i + 1]!.t - times[i]!.t, 2_000);
  }
  return {
    extensionScriptMs: sampled / 1000,
    extensionEventMs: ext.reduce((n, e) => n + e.dur!, 0) / 1000,
    extensionEventMsByFrame: byFrame,
    busyMs: busy.reduce((n, e) => n + e.dur!, 0) / 1000,
  };
}
