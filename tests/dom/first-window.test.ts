/**
 * The first painted window scanned by the background (issue 15, lib/dom/annotator-types FirstWindow):
 * with the real matcher, the page ends with the same mentions in every block as the content script's
 * own first pass gives — short forms the window defines carry to the blocks after it — the window is
 * painted before the page holds a matcher, a window over the size bound sends only its top blocks,
 * and a block whose answer differs from the local scan (a matcher that changed in between) is repainted
 * with the local mentions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPageAnnotator, type FirstWindow } from '../../lib/dom/page-annotator';
import type { Highlighter } from '../../lib/dom/highlighter';
import { createKnowledgeBase } from '../../lib/kb/knowledge-base';
import { seedAgencies, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';
import { scanBlocks } from '../../lib/match/scan-blocks';
import { createShortFormMemory, scanWithMemory } from '../../lib/match/short-form-memory';
import type { Mention } from '../../lib/match/types';
import { FakeStaticRange } from '../support/fake-static-range';

const matcher = createKnowledgeBase({
  planText: readFileSync(join(import.meta.dirname, '../../seeds/plan.zh-Hans.txt'), 'utf8'),
  agencies: seedAgencies,
  topics: seedTopics,
  standardCodes: seedStandardCodes,
}).matcher;

/** What the background answers (lib/services/knowledge-service `scanWindow`). */
const backgroundScan = (texts: readonly string[]) =>
  scanBlocks(
    texts.map((text) => ({ text })),
    matcher,
  ).map((b) => b.mentions);

const PAGES: Record<string, string> = {
  'a short form the window defines, used after it':
    '<h1>关于推进碳足迹标准的通知</h1><p>实现碳达峰碳中和（以下简称“双减”）。</p>' +
    '<p>工业和信息化部会同市场监管总局推进双减。</p><p>GB/T 24001-2016 与双减。</p>' +
    '<p>国家标准化管理委员会负责。</p><p>推进双减，碳足迹核算。</p>',
  'an acronym the window defines (English)':
    '<p>The Standardization Administration of China (SAC) and the Ministry of Industry and Information Technology.</p>' +
    '<p>SAC will publish GB/T 24001-2016.</p><p>SAC and carbon footprint accounting.</p>',
  'no mention at all': '<p>今天天气很好。</p><p>明天也是。</p>',
};

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
afterEach(() => controller.abort());

const plain = (m: Mention) => ({ ...m });

/** The page's blocks' mentions after a full first pass, with or without a FirstWindow. */
async function annotate(html: string, firstWindow?: FirstWindow) {
  document.body.innerHTML = html;
  const memory = createShortFormMemory();
  const hl = recordingHighlighter();
  const annotator = createPageAnnotator({
    doc: document,
    scan: (text) => scanWithMemory(text, matcher, memory),
    firstWindow,
    highlighter: hl.highlighter,
    StaticRange: FakeStaticRange as unknown as typeof StaticRange,
    signal: controller.signal,
    yieldToBrowser: () => Promise.resolve(),
  });
  await annotator.start();
  return { blocks: annotator.blocks().map((b) => b.mentions.map(plain)), hl };
}

/** A FirstWindow answered by `answer`; `ready` waits for `release()`; records what was sent. */
function fakeWindow(answer = backgroundScan, maxUnits = 65_536) {
  const sent: string[][] = [];
  let release!: (ok: boolean) => void;
  const readyGate = new Promise<boolean>((r) => (release = r));
  const fw: FirstWindow & { sent: string[][]; release: (ok: boolean) => void; disagreed: number } = {
    disagreed: 0,
    onDisagree: () => void fw.disagreed++,
    maxTexts: 2_000,
    maxUnits,
    sent,
    release,
    scan: async (texts) => {
      sent.push(texts);
      return answer(texts);
    },
    ready: () => readyGate,
  };
  return { fw };
}

describe('first window from the background', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    it(`ends with the local first pass's mentions: ${name}`, async () => {
      const local = await annotate(html);
      const { fw } = fakeWindow();
      const done = annotate(html, fw);
      await Promise.resolve();
      fw.release(true);
      const remote = await done;
      expect(remote.blocks).toEqual(local.blocks);
      expect(fw.sent.length).toBe(1);
      expect(fw.disagreed).toBe(0);
    });
  }

  it('the background finds what the local scan finds for the same texts, block for block', () => {
    const texts = [
      '实现碳达峰碳中和（以下简称“双减”）。',
      '推进双减。',
      '碳足迹核算按 GB/T 24001-2016 执行。',
    ];
    const memory = createShortFormMemory();
    const local = texts.map((t) => scanWithMemory(t, matcher, memory));
    expect(backgroundScan(texts)).toEqual(local);
    expect(local[1]!.length).toBeGreaterThan(0); // the short form carried to the next block
  });

  it('paints the window before the page holds a matcher', async () => {
    document.body.innerHTML = PAGES['a short form the window defines, used after it']!;
    const hl = recordingHighlighter();
    let localScans = 0;
    const memory = createShortFormMemory();
    const { fw } = fakeWindow();
    const annotator = createPageAnnotator({
      doc: document,
      scan: (text) => (localScans++, scanWithMemory(text, matcher, memory)),
      firstWindow: fw,
      highlighter: hl.highlighter,
      StaticRange: FakeStaticRange as unknown as typeof StaticRange,
      signal: controller.signal,
      yieldToBrowser: () => Promise.resolve(),
    });
    const started = annotator.start();
    // Until `ready` resolves the annotator may not scan; the window is painted already.
    await expect.poll(() => hl.ranges.size).toBeGreaterThan(0);
    expect(localScans).toBe(0);
    expect(hl.ranges.size).toBe(backgroundScan(fw.sent[0]!).flat().length);
    fw.release(true);
    await started;
    expect(localScans).toBeGreaterThan(0);
  });

  it('sends only the top blocks that fit, and scans the rest itself', async () => {
    const html = PAGES['a short form the window defines, used after it']!;
    const local = await annotate(html);
    const { fw } = fakeWindow(backgroundScan, 40);
    const done = annotate(html, fw);
    await expect.poll(() => fw.sent.length).toBe(1);
    fw.release(true);
    const remote = await done;
    const sentUnits = fw.sent[0]!.reduce((n, t) => n + t.length, 0);
    expect(sentUnits).toBeLessThanOrEqual(40);
    expect(fw.sent[0]!.length).toBeGreaterThan(0);
    expect(fw.sent[0]!.length).toBeLessThan(remote.blocks.length);
    expect(remote.blocks).toEqual(local.blocks);
  });

  it('repaints a block whose answer differs from the local scan', async () => {
    const html = PAGES['a short form the window defines, used after it']!;
    const local = await annotate(html);
    // A background with another matcher: it found nothing.
    const { fw } = fakeWindow((texts) => texts.map(() => []));
    const done = annotate(html, fw);
    await expect.poll(() => fw.sent.length).toBe(1);
    fw.release(true);
    const remote = await done;
    expect(remote.blocks).toEqual(local.blocks);
    expect(remote.hl.ranges.size).toBe(local.hl.ranges.size);
    expect(fw.disagreed).toBe(local.blocks.filter((b) => b.length > 0).length);
  });

  it('stops when the background says the extension does not run here, or the matcher never comes', async () => {
    const html = PAGES['a short form the window defines, used after it']!;
    const off = await annotate(html, { ...fakeWindow().fw, scan: async () => null });
    expect(off.blocks).toEqual([]);
    expect(off.hl.ranges.size).toBe(0);
    const { fw } = fakeWindow();
    const done = annotate(html, fw);
    await expect.poll(() => fw.sent.length).toBe(1);
    fw.release(false);
    const noMatcher = await done;
    expect(noMatcher.blocks).toEqual([]); // the first pass stopped; the window stays painted
    expect(noMatcher.hl.ranges.size).toBeGreaterThan(0);
  });
});
