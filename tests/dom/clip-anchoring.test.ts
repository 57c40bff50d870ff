/**
 * clip-anchoring.ts: the page's clips anchored nearest-the-viewport first, in slices — the browser
 * gets a turn whenever a slice's time is used up, even inside one clip's fuzzy search.
 */
import { describe, expect, it } from 'vitest';
import { describeQuote } from '../../lib/clips/selectors';
import { anchorClips, viewportFirst } from '../../lib/dom/clip-anchoring';
import type { PageText } from '../../lib/dom/page-text';

const clipAt = (id: string, text: string, start: number, end: number) => ({
  id,
  selectors: describeQuote(text, start, end),
});

function pageOf(text: string, painted?: { start: number; end: number }): PageText {
  return {
    text,
    blockStart: () => 0,
    offsetOf: () => undefined,
    rangesOf: () => [],
    mentionsIn: () => [],
    paintedSpan: () => painted,
  };
}

describe('viewportFirst', () => {
  it('orders clips by distance from the painted text; all inside come first, in their order', () => {
    const text = 'x'.repeat(1000);
    const clips = [
      clipAt('far-below', text, 900, 910),
      clipAt('inside', text, 450, 460),
      clipAt('above', text, 300, 310),
      clipAt('inside-2', text, 500, 520),
    ];
    expect(viewportFirst(clips, { start: 400, end: 600 }).map((c) => c.id)).toEqual([
      'inside',
      'inside-2',
      'above',
      'far-below',
    ]);
    expect(viewportFirst(clips, undefined).map((c) => c.id)).toEqual(clips.map((c) => c.id));
  });
});

describe('anchorClips', () => {
  it('reports every clip with its status and place', async () => {
    const before = '推进碳足迹核算。工业和信息化部牵头。';
    const after = '前言。推进碳足迹核算。工业和信息化部负责。';
    const clips = [
      clipAt('moved', before, 0, 8), // offsets 0–8 now hold "前言。推进碳足": the quote is further on
      clipAt('changed', before, 8, 18),
      clipAt('gone', '量子计算测试规范草案', 0, 10),
    ];
    const outcomes: Record<string, unknown> = {};
    await anchorClips({
      page: pageOf(after),
      clips,
      signal: new AbortController().signal,
      yieldToBrowser: () => Promise.resolve(),
      onAnchored: (clip, anchor) => (outcomes[clip.id] = anchor.status),
    });
    expect(outcomes).toEqual({ moved: 'moved', changed: 'changed', gone: 'missing' });
  });

  it('yields to the browser whenever a slice is used up, also within one long search', async () => {
    // A clip whose quote is gone from a long page: the fuzzy search walks the whole text in windows.
    const words = '标准化工作要点，推进国家标准体系建设。';
    const text = words.repeat(20_000); // 400,000 units: ~13 windows of fuzzy search
    const clip = {
      id: 'gone',
      selectors: describeQuote('前文。量子计算与6G网络的测试规范草案。后文', 3, 19),
    };
    let clock = 0;
    let yields = 0;
    let stepsSinceYield = 0;
    let longestRun = 0;
    await anchorClips({
      page: pageOf(text),
      clips: [clip, clip, clip],
      signal: new AbortController().signal,
      // Each look at the clock is one unit of work: a slice holds 3 of them.
      now: () => ((stepsSinceYield += 1), (clock += 1)),
      sliceMs: 3,
      yieldToBrowser: async () => {
        yields += 1;
        longestRun = Math.max(longestRun, stepsSinceYield);
        stepsSinceYield = 0;
      },
      onAnchored: () => {},
    });
    expect(yields).toBeGreaterThan(10);
    expect(longestRun).toBeLessThanOrEqual(4);
  });

  it('stops when the content script is torn down', async () => {
    const controller = new AbortController();
    const text = '推进国家标准体系建设。'.repeat(50_000);
    const clip = { id: 'gone', selectors: describeQuote('量子计算与6G网络的测试规范草案', 0, 15) };
    const seen: string[] = [];
    await anchorClips({
      page: pageOf(text),
      clips: [clip],
      signal: controller.signal,
      sliceMs: 0,
      yieldToBrowser: async () => controller.abort(),
      onAnchored: (c) => seen.push(c.id),
    });
    expect(seen).toEqual([]);
  });
});
