/**
 * The first pass scanned by the background (issue 15, lib/dom/annotator-types FirstWindow), with the
 * real matcher: the page ends with the same mentions in every block as the content script's own first
 * pass gives — short forms and acronyms a block defines carry to the blocks after it, across requests
 * (the memory travels as data), to the page's later changes (sent the same way) and into the local scan
 * that takes over (a page past the bound, a block or change too long to send, an answer that failed,
 * changes past their bound) — the window is painted before the page holds a matcher, and neither a
 * static page nor one whose text changes a little loads one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageAnnotator, type FirstWindow } from '../../lib/dom/page-annotator';
import type { Highlighter } from '../../lib/dom/highlighter';
import { createKnowledgeBase } from '../../lib/kb/knowledge-base';
import { seedAgencies, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';
import { scanBlocks } from '../../lib/match/scan-blocks';
import {
  createShortFormMemory,
  memoryFromData,
  memoryToData,
  scanWithMemory,
  type ShortFormMemory,
} from '../../lib/match/short-form-memory';
import type { Mention } from '../../lib/match/types';
import { FakeStaticRange } from '../support/fake-static-range';

const matcher = createKnowledgeBase({
  planText: readFileSync(join(import.meta.dirname, '../../seeds/plan.zh-Hans.txt'), 'utf8'),
  agencies: seedAgencies,
  topics: seedTopics,
  standardCodes: seedStandardCodes,
}).matcher;

const PAGES: Record<string, string> = {
  'a short form defined first, used after it':
    '<h1>关于推进碳足迹标准的通知</h1><p>实现碳达峰碳中和（以下简称“双减”）。</p>' +
    '<p>工业和信息化部会同市场监管总局推进双减。</p><p>GB/T 24001-2016 与双减。</p>' +
    '<p>国家标准化管理委员会负责。</p><p>推进双减，碳足迹核算。</p>',
  'an acronym defined first (English)':
    '<p>The Standardization Administration of China (SAC) and the Ministry of Industry and Information Technology.</p>' +
    '<p>SAC will publish GB/T 24001-2016.</p><p>SAC and carbon footprint accounting.</p>',
  'no mention at all': '<p>今天天气很好。</p><p>明天也是。</p>',
};
const SHORT_FORMS = PAGES['a short form defined first, used after it']!;

function recordingHighlighter() {
  const ranges = new Set<AbstractRange>();
  const highlighter: Highlighter = {
    add: (_, r) => void ranges.add(r),
    delete: (_, r) => void ranges.delete(r),
    setCurrent: () => {},
    size: () => ranges.size,
    destroy: () => ranges.clear(),
  };
  return { highlighter, ranges };
}

let controller: AbortController;
beforeEach(() => (controller = new AbortController()));
afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

const plain = (blocks: readonly { mentions: Mention[] }[]) =>
  blocks.map((b) => b.mentions.map((m) => ({ ...m })));

/**
 * A background as lib/services/knowledge-service answers (`scanBlocks` with the memory the request
 * carries, as data), and the content app's side: `ready` hands the local scan what the answers defined.
 */
function remote(options: { maxUnits?: number; maxRemoteUnits?: number; failMore?: boolean } = {}) {
  const sent: string[][] = [];
  let carried = memoryToData(createShortFormMemory());
  const local = { memory: createShortFormMemory() as ShortFormMemory, loaded: false, scans: 0, readies: 0 };
  const answer = (texts: string[]) => {
    sent.push(texts);
    // Through JSON, as a message would carry it.
    const memory = memoryFromData(JSON.parse(JSON.stringify(carried)));
    const mentions = scanBlocks(
      texts.map((text) => ({ text })),
      matcher,
      undefined,
      memory,
    ).map((b) => b.mentions);
    carried = memoryToData(memory);
    return JSON.parse(JSON.stringify(mentions)) as Mention[][];
  };
  const fw: FirstWindow = {
    maxTexts: 2_000,
    maxUnits: options.maxUnits ?? 65_536,
    maxRemoteUnits: options.maxRemoteUnits ?? 262_144,
    scan: async (texts) => answer(texts),
    scanMore: async (texts) => (options.failMore ? null : answer(texts)),
    ready: async () => {
      local.readies++;
      local.memory = memoryFromData(carried);
      local.loaded = true;
      return true;
    },
    hasMatcher: () => local.loaded,
  };
  return { fw, sent, local };
}

/**
 * The annotator over `html`: with a FirstWindow (`r`), or scanning everything itself. Its turns given
 * to the browser are microtasks; `sliceMs: 0` takes one after every step.
 */
function annotatorOver(html: string, r?: ReturnType<typeof remote>, options: { sliceMs?: number } = {}) {
  document.body.innerHTML = html;
  const memory = createShortFormMemory();
  const hl = recordingHighlighter();
  const annotator = createPageAnnotator({
    doc: document,
    scan: (text) => {
      if (!r) return scanWithMemory(text, matcher, memory);
      if (!r.local.loaded) throw new Error('scanned without a matcher');
      r.local.scans++;
      return scanWithMemory(text, matcher, r.local.memory);
    },
    firstWindow: r?.fw,
    highlighter: hl.highlighter,
    StaticRange: FakeStaticRange as unknown as typeof StaticRange,
    signal: controller.signal,
    yieldToBrowser: () => Promise.resolve(),
    sliceMs: options.sliceMs,
  });
  return { annotator, hl };
}

/**
 * Whether the walk has reached the last of `elements` yet: it reads the last paragraph's text node's
 * `data`, which reports the read (the first request must go before it).
 */
function watchWalkEnd(elements: readonly HTMLElement[]): () => boolean {
  const last = elements.at(-1)!.firstChild as Text;
  const data = last.data;
  let read = false;
  Object.defineProperty(last, 'data', { get: () => ((read = true), data), configurable: true });
  return () => read;
}

/** The body's children laid out one under another: child i at `pitch`·i px, `height` px tall. */
function stackedBody(pitch: number, height: number): HTMLElement[] {
  const elements = [...document.body.children] as HTMLElement[];
  elements.forEach((el, i) => {
    el.getBoundingClientRect = () => ({ top: i * pitch, bottom: i * pitch + height }) as DOMRect;
  });
  return elements;
}

async function firstPass(html: string, r?: ReturnType<typeof remote>) {
  const { annotator, hl } = annotatorOver(html, r);
  await annotator.start();
  return { blocks: plain(annotator.blocks()), hl };
}

describe('first pass from the background', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    it(`ends with the local first pass's mentions, without a matcher: ${name}`, async () => {
      const local = await firstPass(html);
      const r = remote();
      const got = await firstPass(html, r);
      expect(got.blocks).toEqual(local.blocks);
      expect(got.hl.ranges.size).toBe(local.hl.ranges.size);
      expect(r.sent.length).toBe(1);
      expect(r.local.readies).toBe(0);
    });
  }

  it('carries short forms from request to request (small requests)', async () => {
    const local = await firstPass(SHORT_FORMS);
    const r = remote({ maxUnits: 40 });
    const got = await firstPass(SHORT_FORMS, r);
    expect(r.sent.length).toBeGreaterThan(2);
    for (const texts of r.sent) expect(texts.reduce((n, t) => n + t.length, 0)).toBeLessThanOrEqual(40);
    expect(got.blocks).toEqual(local.blocks);
    expect(local.blocks.flat().filter((m) => m.shortForm).length).toBeGreaterThan(1);
    expect(r.local.readies).toBe(0);
  });

  it('on a page past the bound, sends the first request only and scans the rest itself', async () => {
    const local = await firstPass(SHORT_FORMS);
    const r = remote({ maxUnits: 40, maxRemoteUnits: 60 });
    const got = await firstPass(SHORT_FORMS, r);
    expect(r.sent.length).toBe(1);
    expect(r.local.readies).toBe(1);
    expect(r.local.scans).toBeGreaterThan(0);
    expect(got.blocks).toEqual(local.blocks);
  });

  it('hands over when a block is too long for a request, or an answer fails', async () => {
    const local = await firstPass(SHORT_FORMS);
    const tooLong = remote({ maxUnits: 15 });
    expect((await firstPass(SHORT_FORMS, tooLong)).blocks).toEqual(local.blocks);
    expect(tooLong.local.readies).toBe(1);
    const failing = remote({ maxUnits: 40, failMore: true });
    expect((await firstPass(SHORT_FORMS, failing)).blocks).toEqual(local.blocks);
    expect(failing.local.readies).toBe(1);
  });

  // The first answer is what the first highlights wait for: it carries the paint window alone, and the
  // rest of the page follows in the next request (issue 15: the whole page once rode on it).
  it('sends the paint window alone first, the rest of the page after it', async () => {
    const local = await firstPass(SHORT_FORMS);
    const r = remote();
    const { annotator } = annotatorOver(SHORT_FORMS, r);
    const view = document.defaultView!;
    // Block i's element sits at 1000·i px: with the paint window at viewport ± 1.5 viewports, the
    // first two blocks are in it.
    const elements = stackedBody(1000, 900);
    const margin = 1.5 * view.innerHeight;
    const inWindow = elements.filter((_, i) => i * 1000 <= view.innerHeight + margin).length;
    expect(inWindow).toBeGreaterThan(0);
    expect(inWindow).toBeLessThan(elements.length);
    await annotator.start();
    expect(r.sent[0]).toEqual(elements.slice(0, inWindow).map((el) => el.textContent));
    expect(r.sent.flat()).toEqual(elements.map((el) => el.textContent));
    expect(plain(annotator.blocks())).toEqual(local.blocks);
  });

  // Issue 15: the first highlights wait for the first answer, so the first request goes as soon as the
  // walk has passed the paint window, not after the whole page is walked.
  it('asks for the paint window before the walk reaches the end of the page', async () => {
    const html = Array.from({ length: 120 }, (_, i) => `<p>第${i}段：推进碳足迹标准。</p>`).join('');
    const local = await firstPass(html);
    const r = remote();
    const { annotator } = annotatorOver(html, r);
    const view = document.defaultView!;
    const elements = stackedBody(100, 90);
    const inWindow = elements.filter((_, i) => i * 100 <= 2.5 * view.innerHeight).length;
    const walkedToEnd = watchWalkEnd(elements);
    const scan = r.fw.scan;
    let walkedAtFirstRequest: boolean | undefined;
    r.fw.scan = (texts) => ((walkedAtFirstRequest = walkedToEnd()), scan(texts));
    // The page has been painted once (a paint timing entry): its layout is there to read.
    vi.spyOn(view.performance, 'getEntriesByType').mockReturnValue([{} as PerformanceEntry]);
    await annotator.start();
    expect(walkedAtFirstRequest).toBe(false);
    expect(r.sent[0]).toEqual(elements.slice(0, inWindow).map((el) => el.textContent));
    expect(r.sent.flat()).toEqual(elements.map((el) => el.textContent));
    expect(plain(annotator.blocks())).toEqual(local.blocks);
  });

  // The answer, the frame that shows it and the page's other scripts do not share the thread with the
  // walk: it holds from the first request until the frame after the answer is painted.
  it('holds the walk from the first request until the frame after its answer is painted', async () => {
    const html = Array.from({ length: 120 }, (_, i) => `<p>第${i}段：推进碳足迹标准。</p>`).join('');
    const local = await firstPass(html);
    const r = remote();
    const { annotator, hl } = annotatorOver(html, r, { sliceMs: 0 });
    const view = document.defaultView!;
    const elements = stackedBody(100, 90);
    vi.spyOn(view.performance, 'getEntriesByType').mockReturnValue([{} as PerformanceEntry]);
    let frames = 0;
    const frame = view.requestAnimationFrame.bind(view);
    vi.spyOn(view, 'requestAnimationFrame').mockImplementation((cb) => frame((t) => (frames++, cb(t))));
    // When the walk reads the last paragraph: how many frames had passed, and what was painted.
    const last = elements.at(-1)!.firstChild as Text;
    const data = last.data;
    let atWalkEnd: { frames: number; painted: number } | undefined;
    Object.defineProperty(last, 'data', {
      get: () => ((atWalkEnd ??= { frames, painted: hl.ranges.size }), data),
      configurable: true,
    });
    // The answer comes a task later: a walk that did not hold (its turns are microtasks here) has
    // reached the end by then.
    const scan = r.fw.scan;
    let atAnswer: { walkEnded: boolean; frames: number } | undefined;
    r.fw.scan = (texts) =>
      new Promise((resolve) =>
        setTimeout(() => {
          atAnswer = { walkEnded: atWalkEnd !== undefined, frames };
          resolve(scan(texts));
        }, 0),
      );
    await annotator.start();
    expect(atAnswer).toEqual({ walkEnded: false, frames: 0 });
    expect(atWalkEnd!.frames).toBeGreaterThan(0);
    expect(atWalkEnd!.painted).toBeGreaterThan(0);
    expect(r.sent.flat()).toEqual(elements.map((el) => el.textContent));
    expect(plain(annotator.blocks())).toEqual(local.blocks);
  });

  // Read before the page's first layout, the blocks' rectangles made the content script lay out the
  // whole page: until the page has painted once, no rectangle is read.
  it('reads no rectangle before the page has painted once', async () => {
    const html = Array.from({ length: 120 }, (_, i) => `<p>第${i}段：推进碳足迹标准。</p>`).join('');
    const r = remote();
    const { annotator } = annotatorOver(html, r);
    const view = document.defaultView!;
    let painted = false;
    vi.spyOn(view.performance, 'getEntriesByType').mockImplementation(() =>
      painted ? [{} as PerformanceEntry] : [],
    );
    const frame = view.requestAnimationFrame.bind(view);
    vi.spyOn(view, 'requestAnimationFrame').mockImplementation((cb) =>
      frame((t) => ((painted = true), cb(t))),
    );
    let readBeforePaint = 0;
    for (const [i, el] of ([...document.body.children] as HTMLElement[]).entries()) {
      el.getBoundingClientRect = () => {
        if (!painted) readBeforePaint++;
        return { top: i * 100, bottom: i * 100 + 90 } as DOMRect;
      };
    }
    await annotator.start();
    expect(painted).toBe(true);
    expect(readBeforePaint).toBe(0);
    expect(r.sent.flat()).toHaveLength(120);
  });

  // Before its first paint a page freshly opened shows its top: its first blocks are the first window,
  // asked for while the walk goes on, with no rectangle read.
  it('asks for the top of a page not painted yet, before the walk ends, without reading a rectangle', async () => {
    const para = (i: number) =>
      `<p>第${i}段：工业和信息化部推进碳足迹标准体系建设，完善产品碳足迹核算规则标准。</p>`;
    const html = Array.from({ length: 200 }, (_, i) => para(i)).join('');
    const local = await firstPass(html);
    const r = remote();
    const { annotator } = annotatorOver(html, r);
    const view = document.defaultView!;
    vi.spyOn(view.performance, 'getEntriesByType').mockImplementation((type) =>
      type === 'navigation' ? [{ type: 'navigate' } as PerformanceNavigationTiming] : [],
    );
    const elements = [...document.body.children] as HTMLElement[];
    let rectangles = 0;
    for (const el of elements)
      el.getBoundingClientRect = () => (rectangles++, { top: 0, bottom: 0 }) as DOMRect;
    const walkedToEnd = watchWalkEnd(elements);
    const scan = r.fw.scan;
    let atFirstRequest: { walkedToEnd: boolean; rectangles: number } | undefined;
    r.fw.scan = (texts) => ((atFirstRequest = { walkedToEnd: walkedToEnd(), rectangles }), scan(texts));
    await annotator.start();
    expect(atFirstRequest).toEqual({ walkedToEnd: false, rectangles: 0 });
    const units = r.sent[0]!.reduce((n, t) => n + t.length, 0);
    expect(units).toBeGreaterThanOrEqual(4096);
    expect(units - r.sent[0]!.at(-1)!.length).toBeLessThan(4096);
    expect(r.sent.flat()).toEqual(elements.map((el) => el.textContent));
    expect(plain(annotator.blocks())).toEqual(local.blocks);
  });

  it('paints the window from the first answer, before any local scan', async () => {
    const r = remote({ maxUnits: 40 });
    const { annotator, hl } = annotatorOver(SHORT_FORMS, r);
    let paintedAtSecondRequest = -1;
    const more = r.fw.scanMore;
    r.fw.scanMore = async (texts) => {
      if (paintedAtSecondRequest < 0) paintedAtSecondRequest = hl.ranges.size;
      return more(texts);
    };
    await annotator.start();
    expect(paintedAtSecondRequest).toBeGreaterThan(0);
    expect(r.local.scans).toBe(0);
  });

  /** A page that has had its first pass, followed; `add` appends a paragraph and waits for it. */
  async function followed(r: ReturnType<typeof remote>) {
    const { annotator } = annotatorOver(SHORT_FORMS, r);
    await annotator.start();
    annotator.observe();
    const add = async (text: string) => {
      const p = document.createElement('p');
      p.textContent = text;
      const before = annotator.blocks().length;
      document.body.append(p);
      await expect.poll(() => annotator.blocks().length).toBe(before + 1);
      await annotator.idle();
      const added = annotator.blocks().at(-1)!;
      return added.mentions.map((m) => [text.slice(m.start, m.end), m.shortForm ?? false]);
    };
    return { annotator, add };
  }

  it('sends a change to the background, which reads what the page defined: the page loads no matcher', async () => {
    const r = remote();
    const { add } = await followed(r);
    const sentBefore = r.sent.length;
    expect(await add('继续推进双减。')).toEqual([['双减', true]]);
    expect(await add('碳足迹核算与双减。')).toEqual([
      ['碳足迹核算', false],
      ['双减', true],
    ]);
    expect(r.sent.slice(sentBefore)).toEqual([['继续推进双减。'], ['碳足迹核算与双减。']]);
    expect(r.local.readies).toBe(0);
  });

  it('loads the matcher for a change too large for one request, and it reads what the page defined', async () => {
    const r = remote({ maxUnits: 40 });
    const { add } = await followed(r);
    expect(r.local.readies).toBe(0);
    const long = '继续推进双减。' + '无关的文字。'.repeat(10);
    expect(await add(long)).toEqual([['双减', true]]);
    expect(r.local.readies).toBe(1);
    expect(r.sent.flat()).not.toContain(long);
  });

  it('loads the matcher once the changes sent reach the bound, or an answer fails or throws', async () => {
    const bound = remote({ maxRemoteUnits: 200 });
    const a = await followed(bound);
    const sentBefore = bound.sent.length;
    expect(await a.add('推进双减。'.repeat(20))).toHaveLength(20); // 100 units: sent
    expect(bound.local.readies).toBe(0);
    expect(await a.add('双减。'.repeat(50))).toHaveLength(50); // 250 in all: past the bound
    expect(bound.local.readies).toBe(1);
    expect(bound.sent.length).toBe(sentBefore + 1);
    controller.abort();
    controller = new AbortController();

    const failing = remote();
    const b = await followed(failing);
    failing.fw.scanMore = async () => null;
    expect(await b.add('继续推进双减。')).toEqual([['双减', true]]);
    expect(failing.local.readies).toBe(1);
    controller.abort();
    controller = new AbortController();

    // A request that throws (the runtime refused it) is a failed answer too, not a lost change.
    const throwing = remote();
    const c = await followed(throwing);
    throwing.fw.scanMore = () => Promise.reject(new Error('Could not establish connection'));
    expect(await c.add('继续推进双减。')).toEqual([['双减', true]]);
    expect(throwing.local.readies).toBe(1);
  });

  it('stops when the background says the extension does not run here', async () => {
    const r = remote();
    r.fw.scan = async () => null;
    const off = await firstPass(SHORT_FORMS, r);
    expect(off.blocks).toEqual([]);
    expect(off.hl.ranges.size).toBe(0);
    expect(r.local.readies).toBe(0);
  });

  it('the memory as data scans as the memory itself', () => {
    const texts = [
      '实现碳达峰碳中和（以下简称“双减”）。',
      'The Administration (SAC).',
      '推进双减。',
      'SAC 与双减。',
    ];
    const memory = createShortFormMemory();
    const whole = texts.map((t) => scanWithMemory(t, matcher, memory));
    const first = createShortFormMemory();
    const a = texts.slice(0, 2).map((t) => scanWithMemory(t, matcher, first));
    const moved = memoryFromData(JSON.parse(JSON.stringify(memoryToData(first))));
    const b = texts.slice(2).map((t) => scanWithMemory(t, matcher, moved));
    expect([...a, ...b]).toEqual(whole);
    expect(whole[2]!.length).toBeGreaterThan(0);
  });

  it('carries the topics a page has named, for the short forms it uses once named (Bay Area)', () => {
    const texts = ['China and the Greater Bay Area.', 'Bay Area cities share standards.'];
    const first = createShortFormMemory();
    scanWithMemory(texts[0]!, matcher, first);
    const moved = memoryFromData(JSON.parse(JSON.stringify(memoryToData(first))));
    const later = scanWithMemory(texts[1]!, matcher, moved).map((m) => m.id);
    expect(later).toEqual(['greater-bay-area']);
    expect(scanWithMemory(texts[1]!, matcher, createShortFormMemory())).toEqual([]);
  });
});
