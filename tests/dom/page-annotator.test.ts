import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../lib/match/types';
import type { Highlighter, HighlightKind } from '../../lib/dom/highlighter';
import { locateInBlock, walkBlocks } from '../../lib/dom/collect-text';
import {
  createPageAnnotator,
  type AnnotatorDeps,
  type FirstWindow,
  type PageAnnotator,
} from '../../lib/dom/page-annotator';
import { FakeStaticRange } from '../support/fake-static-range';

/** A stand-in matcher: finds a few fixed terms, so these tests exercise the annotator alone. */
const TERMS: Record<string, Mention['kind']> = { 碳足迹: 'topic', 工信部: 'agency', 'GB 1': 'standard' };
function scan(text: string): Mention[] {
  const out: Mention[] = [];
  for (const [term, kind] of Object.entries(TERMS)) {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) {
      out.push({ start: i, end: i + term.length, kind, id: term, items: [1] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function fakeHighlighter() {
  const sets: Record<string, Set<AbstractRange>> = {};
  /** Calls that change the registered ranges: each one costs the page a repainted frame. */
  const changes = { count: 0 };
  const highlighter: Highlighter = {
    add: (kind, r) => void (changes.count++, (sets[kind] ??= new Set()).add(r)),
    delete: (kind, r) => void (changes.count++, sets[kind]?.delete(r)),
    setCurrent: () => {},
    size: (kind) => sets[kind]?.size ?? 0,
    destroy: () => {
      for (const k of Object.keys(sets)) delete sets[k];
    },
  };
  const texts = (kind: HighlightKind) =>
    [...(sets[kind] ?? [])].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  return { highlighter, texts, sets, changes };
}

let controller: AbortController;
let annotator: PageAnnotator;
let hl: ReturnType<typeof fakeHighlighter>;

/** A page of `html` and an annotator over it (not started), with a fresh fake highlighter. */
function makeAnnotator(html: string, overrides: Partial<AnnotatorDeps> = {}) {
  document.body.innerHTML = html;
  hl = fakeHighlighter();
  annotator = createPageAnnotator({
    doc: document,
    scan,
    highlighter: hl.highlighter,
    StaticRange: FakeStaticRange as unknown as typeof StaticRange,
    signal: controller.signal,
    yieldToBrowser: () => Promise.resolve(),
    ...overrides,
  });
}

async function setUp(html: string, overrides: Partial<AnnotatorDeps> = {}) {
  makeAnnotator(html, overrides);
  await annotator.start();
  annotator.observe();
}

/**
 * The page's changes scanned elsewhere (issue 15: the background, lib/dom/follow-changes), each answer
 * after `delays[k]` ms (in turn) or failing ('fail': the page loads its own matcher then). `local`
 * counts the scans made here; the annotator's own `scan` refuses to run before `ready()`.
 */
function elsewhere(delays: readonly (number | 'fail')[] = [0]) {
  const r = { loaded: false, sent: 0, local: 0 };
  let turn = 0;
  const firstWindow: FirstWindow = {
    maxTexts: 2_000,
    maxUnits: 65_536,
    maxRemoteUnits: 262_144,
    scan: async (texts) => texts.map(scan),
    scanMore: async (texts) => {
      r.sent++;
      const delay = delays[turn++ % delays.length]!;
      if (delay === 'fail') return null;
      await new Promise((done) => setTimeout(done, delay));
      return texts.map(scan);
    },
    ready: async () => (r.loaded = true),
    hasMatcher: () => r.loaded,
  };
  const here = (text: string) => {
    if (!r.loaded) throw new Error('scanned here without a matcher');
    r.local++;
    return scan(text);
  };
  return { r, overrides: { firstWindow, scan: here } satisfies Partial<AnnotatorDeps> };
}

const settle = async () => {
  await new Promise((r) => setTimeout(r, 30));
  await annotator.idle();
};

/**
 * The page's clock, faked (timers, animation frames, `performance.now`): the edit properties below
 * draw their answers' delays and the gaps between edits, and on a fake clock each draw plays out the
 * same on any machine — on real timers a loaded machine reordered them (which is how a CI run found
 * a misplaced block) and a run took seconds.
 */
const fakeClock = {
  install: () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
    });
    // A page that has been open a while: at 0 every first edit would look like part of a storm that
    // began with the page (lib/dom/follow-changes STORM_GAP_MS) and wait for the next edits.
    vi.advanceTimersByTime(10_000);
  },
  uninstall: () => vi.useRealTimers(),
  /** Lets `ms` of fake time pass, running what falls due. */
  pass: (ms: number) => vi.advanceTimersByTimeAsync(ms),
  /** Time passes, 10 ms at a time, until `work` is done (its answers come on the fake clock too). */
  async until<T>(work: Promise<T>): Promise<T> {
    let done = false;
    const result = work.finally(() => (done = true));
    result.catch(() => {}); // its failure reaches the caller below, not as an unhandled rejection
    for (let waited = 0; !done; waited += 10) {
      if (waited > 60_000) throw new Error('still not done after a minute of fake time');
      await vi.advanceTimersByTimeAsync(10);
    }
    return result;
  },
  /** `settle` on the fake clock: 30 ms, then until the annotator is idle. */
  async settle() {
    await vi.advanceTimersByTimeAsync(30);
    await fakeClock.until(annotator.idle());
  },
};

beforeEach(() => {
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  fakeClock.uninstall(); // after a property that failed on the fake clock
});

describe('page annotator', () => {
  it('highlights every mention by kind, across inline markup', async () => {
    await setUp('<p>产品<b>碳</b>足迹与工信部</p><p>GB 1 和碳足迹</p>');
    expect(hl.texts('topic')).toEqual(['碳足迹', '碳足迹']);
    expect(hl.texts('agency')).toEqual(['工信部']);
    expect(hl.texts('standard')).toEqual(['GB 1']);
    expect(annotator.stats()).toMatchObject({
      mentions: 4,
      byKind: { topic: 2, agency: 1, standard: 1 },
      done: true,
    });
  });

  it('leaves contenteditable regions alone, even when they change', async () => {
    await setUp('<div contenteditable="true"><p>碳足迹</p></div><p>x</p>');
    expect(hl.texts('topic')).toEqual([]);
    document.querySelector('[contenteditable] p')!.textContent = '碳足迹 碳足迹';
    await settle();
    expect(hl.texts('topic')).toEqual([]);
  });

  it('scans paragraphs added later, and only those', async () => {
    await setUp('<main><p>碳足迹</p></main>');
    const before = [...(hl.sets.topic ?? [])];
    const p = document.createElement('p');
    p.textContent = '新增的碳足迹和工信部';
    document.querySelector('main')!.append(p);
    await settle();
    expect(hl.texts('topic')).toEqual(['碳足迹', '碳足迹']);
    expect(hl.texts('agency')).toEqual(['工信部']);
    // the first paragraph's range object is untouched: it was not rescanned
    expect([...hl.sets.topic!]).toContain(before[0]);
  });

  it('drops highlights of removed text and rescans edited text', async () => {
    await setUp('<p id="a">碳足迹</p><p id="b">工信部</p>');
    document.getElementById('a')!.remove();
    (document.getElementById('b')!.firstChild as Text).data = '碳足迹和GB 1';
    await settle();
    expect(hl.texts('topic')).toEqual(['碳足迹']);
    expect(hl.texts('agency')).toEqual([]);
    expect(hl.texts('standard')).toEqual(['GB 1']);
    expect(annotator.stats().mentions).toBe(2);
  });

  it('keeps document order for keyboard steps after insertions', async () => {
    await setUp('<p id="a">碳足迹</p><p id="c">GB 1</p>');
    const b = document.createElement('p');
    b.textContent = '工信部';
    document.getElementById('a')!.after(b);
    await settle();
    const seen: string[] = [];
    for (let ref = annotator.step(1, null); ref; ref = annotator.step(1, ref)) {
      seen.push(ref.entry.mentions[ref.index]!.id);
    }
    expect(seen).toEqual(['碳足迹', '工信部', 'GB 1']);
    const back = annotator.step(-1, annotator.step(1, annotator.step(1, null)));
    expect(back!.entry.mentions[back!.index]!.id).toBe('碳足迹');
  });

  it('hiding an inline component joins the text on both sides of it into one block (and showing splits it)', async () => {
    // Found by the property below (seed 1966499184): a shown host is a block boundary, a hidden one is
    // nothing, so the text around it must be read again.
    await setUp('<p id="p">GB 1 与碳<i id="slot"></i>足迹</p>');
    const chip = document.createElement('span');
    chip.id = 'chip';
    chip.attachShadow({ mode: 'open' }).textContent = '工信部';
    document.getElementById('slot')!.replaceWith(chip);
    await settle();
    const texts = () => annotator.blocks().map((e) => e.block.text);
    expect(texts()).toEqual([...walkBlocks(document.body)].map((b) => b.text));
    document.getElementById('chip')!.setAttribute('hidden', '');
    await settle();
    expect(texts()).toEqual(['GB 1 与碳足迹']);
    expect(hl.texts('topic')).toEqual(['碳足迹']);
    document.getElementById('chip')!.removeAttribute('hidden');
    await settle();
    expect(texts()).toEqual([...walkBlocks(document.body)].map((b) => b.text));
  });

  // Scanned here, or elsewhere with answers that come late (while more edits are made) or fail.
  for (const where of ['here', 'elsewhere'] as const)
    it(
      `after any edits, tracks exactly what a fresh pass over the page would find, in order (scanned ${where})`,
      async () => {
        const SNIPPETS = ['碳足迹', '工信部与碳足迹', 'GB 1', '无关的文字', '碳', '足迹'];
        const op = fc.oneof(
          fc.record({
            kind: fc.constant('insert' as const),
            at: fc.nat(),
            text: fc.constantFrom(...SNIPPETS),
          }),
          fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
          fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
          fc.record({
            kind: fc.constant('retext' as const),
            at: fc.nat(),
            text: fc.constantFrom(...SNIPPETS),
          }),
          fc.record({
            kind: fc.constant('inline' as const),
            at: fc.nat(),
            text: fc.constantFrom(...SNIPPETS),
          }),
          fc.record({ kind: fc.constant('wrap' as const), at: fc.nat() }),
          // web components: a block host and an inline one, each with an open shadow root of its own text
          fc.record({ kind: fc.constant('host' as const), at: fc.nat(), text: fc.constantFrom(...SNIPPETS) }),
          fc.record({ kind: fc.constant('chip' as const), at: fc.nat(), text: fc.constantFrom(...SNIPPETS) }),
          // … a host whose shadow tree slots light-DOM paragraphs (which the other ops then edit)
          fc.record({
            kind: fc.constant('slotted' as const),
            at: fc.nat(),
            text: fc.constantFrom(...SNIPPETS),
          }),
          // hidden text, and showing / hiding paragraphs, sections and inline runs
          fc.record({
            kind: fc.constant('hiddenRun' as const),
            at: fc.nat(),
            text: fc.constantFrom(...SNIPPETS),
          }),
          fc.record({
            kind: fc.constant('toggle' as const),
            at: fc.nat(),
            attr: fc.constantFrom('hidden', 'aria-hidden'),
          }),
          // a component changing its own shadow tree
          fc.record({
            kind: fc.constant('shadowEdit' as const),
            at: fc.nat(),
            text: fc.constantFrom(...SNIPPETS),
          }),
          // text of a paragraph's container changing in the same frame as the paragraph
          fc.record({
            kind: fc.constant('prefix' as const),
            at: fc.nat(),
            text: fc.constantFrom(...SNIPPETS),
          }),
        );
        await fc.assert(
          fc.asyncProperty(
            fc.array(fc.array(op, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }),
            // 300 ms: longer than the storm gap (a waking service worker), so the next flush comes before it
            fc.array(fc.constantFrom(0, 5, 300, 'fail' as const), { minLength: 1, maxLength: 6 }),
            fc.array(fc.constantFrom(0, 20, 280), { minLength: 1, maxLength: 3 }),
            async (batches, delays, gaps) => {
              const remote = where === 'elsewhere' ? elsewhere(delays) : undefined;
              fakeClock.install();
              await fakeClock.until(
                setUp(
                  '<main><section><p>碳足迹</p><p>工信部</p></section><section><p>GB 1 与碳足迹</p></section></main>',
                  remote?.overrides,
                ),
              );
              for (const [b, batch] of batches.entries()) {
                for (const o of batch) {
                  const ps = [...document.querySelectorAll('main p')];
                  const target = ps.length > 0 ? ps[o.at % ps.length]! : undefined;
                  const make = (text: string) =>
                    Object.assign(document.createElement('p'), { textContent: text });
                  if (o.kind === 'insert') (target ?? document.querySelector('main')!).after(make(o.text));
                  else if (!target) continue;
                  else if (o.kind === 'remove') target.remove();
                  else if (o.kind === 'move') ps[o.to % ps.length]!.before(target);
                  else if (o.kind === 'retext') target.textContent = o.text;
                  else if (o.kind === 'inline')
                    target.append(Object.assign(document.createElement('b'), { textContent: o.text }));
                  else if (o.kind === 'host' || o.kind === 'chip') {
                    const host = document.createElement(o.kind === 'host' ? 'div' : 'span');
                    host.attachShadow({ mode: 'open' }).innerHTML =
                      o.kind === 'host' ? `<p>${o.text}</p>影子里的碳足迹` : `${o.text}`;
                    if (o.kind === 'host') target.after(host);
                    else target.append(host);
                  } else if (o.kind === 'slotted') {
                    const host = document.createElement('div');
                    host.attachShadow({ mode: 'open' }).innerHTML = '<h3>头</h3><slot></slot><p>影尾</p>';
                    host.append(make(o.text), make('工信部'));
                    target.after(host);
                  } else if (o.kind === 'hiddenRun') {
                    const run = Object.assign(document.createElement('span'), { textContent: o.text });
                    run.setAttribute('hidden', '');
                    target.append(run);
                  } else if (o.kind === 'toggle') {
                    const all = [...document.querySelectorAll('main p, main section, main span')];
                    const el = all[o.at % all.length]!;
                    if (el.hasAttribute(o.attr)) el.removeAttribute(o.attr);
                    else el.setAttribute(o.attr, o.attr === 'hidden' ? '' : 'true');
                  } else if (o.kind === 'shadowEdit') {
                    const hosts = [...document.querySelectorAll('main *')].filter((el) => el.shadowRoot);
                    const shadow = hosts.length > 0 ? hosts[o.at % hosts.length]!.shadowRoot! : null;
                    if (shadow && o.at % 3 === 0) shadow.append(make(o.text));
                    else if (shadow && o.at % 3 === 1) shadow.firstChild?.remove();
                    else if (shadow) shadow.prepend(o.text);
                  } else if (o.kind === 'prefix') {
                    target.parentNode!.insertBefore(
                      document.createTextNode(o.text),
                      target.parentNode!.firstChild,
                    );
                    target.append(o.text);
                  } else {
                    const wrapper = document.createElement('div');
                    target.before(wrapper);
                    wrapper.append(target);
                  }
                }
                // Elsewhere, the next batch is often made while this one's answer is on its way.
                if (remote && b < batches.length - 1) {
                  await fakeClock.pass(gaps[b % gaps.length]!);
                  continue;
                }
                await fakeClock.settle();
                if (remote && !delays.includes('fail')) expect(remote.r.local).toBe(0);
                const fresh = [...walkBlocks(document.body)];
                expect(annotator.blocks().map((e) => e.block.text)).toEqual(fresh.map((b) => b.text));
                const mentions = fresh.flatMap((b) => scan(b.text));
                expect(annotator.stats().mentions).toBe(mentions.length);
                // happy-dom lays nothing out, so every block is "in the viewport" and painted: one range per
                // mention, starting where the mention starts (a range's own text may include hidden runs
                // it spans, which are not painted).
                const painted = (['topic', 'agency', 'standard'] as const).flatMap((k) => [
                  ...(hl.sets[k] ?? []),
                ]);
                expect(painted).toHaveLength(mentions.length);
                const starts = annotator
                  .blocks()
                  .flatMap((e) => e.mentions.map((m) => locateInBlock(e.block, m.start)))
                  .map((at) => `${at.node.data}@${at.offset}`)
                  .sort();
                expect(
                  painted.map((r) => `${(r.startContainer as Text).data}@${r.startOffset}`).sort(),
                ).toEqual(starts);
              }
              controller.abort();
              controller = new AbortController();
              fakeClock.uninstall();
            },
          ),
          // On the fake clock a run takes ~2 ms. With the misplaced-block bug put back, 1,000 runs
          // elsewhere found it in 3 of 4 tries (after 486–997 runs); 25 on real timers took 6–8 s.
          { numRuns: where === 'here' ? 300 : 1_000 },
        );
      },
      60_000, // a loaded machine: typical is 1–3 s
    );

  // A CI run on a loaded machine found this through the property above: the answer for an added
  // paragraph came after the page had removed and moved others, and the paragraph was placed by
  // bisecting a block list that no longer matched the page (so it sat last, out of order, for good).
  it('keeps document order when the page moves and removes blocks while an answer is on its way', async () => {
    const answers: (() => void)[] = [];
    const { overrides } = elsewhere();
    overrides.firstWindow.scanMore = (texts) =>
      new Promise((done) => answers.push(() => done(texts.map(scan))));
    fakeClock.install();
    await fakeClock.until(
      setUp(
        '<main><p id="a">碳足迹</p><p id="b">工信部</p><p id="c">GB 1</p><p id="d">无关</p><p id="e">末段</p></main>',
        overrides,
      ),
    );
    const p = (id: string) => document.getElementById(id)!;
    p('d').after(Object.assign(document.createElement('p'), { textContent: '碳足迹与工信部' }));
    await fakeClock.pass(100); // its frame: the change is read and sent
    expect(answers).toHaveLength(1);
    // While that answer is out, the page moves the middle paragraph (the first one a bisection would
    // compare with) to the end, and removes the first.
    p('e').after(p('c'));
    p('a').remove();
    answers.shift()!();
    // The moved paragraph is read again once that answer is in (past the storm gap), and sent on its own.
    await fakeClock.pass(400);
    expect(answers).toHaveLength(1);
    answers.shift()!();
    await fakeClock.settle();
    const texts = annotator.blocks().map((e) => e.block.text);
    expect(texts).toEqual([...walkBlocks(document.body)].map((b) => b.text));
    expect(texts).toEqual(['工信部', '无关', '碳足迹与工信部', '末段', 'GB 1']);
    expect(hl.texts('agency')).toEqual(['工信部', '工信部']);
    expect(annotator.stats().mentions).toBe(4);
  });

  it('wraps keyboard steps around the ends when asked, and only then', async () => {
    await setUp('<p>碳足迹</p><p>无关</p><p>工信部</p><p>GB 1</p>');
    const id = (ref: ReturnType<PageAnnotator['step']>) => ref && ref.entry.mentions[ref.index]!.id;
    const first = annotator.step(1, null)!;
    expect(id(first)).toBe('碳足迹');
    expect(annotator.step(-1, first)).toBeNull();
    expect(id(annotator.step(-1, first, true))).toBe('GB 1');
    const end = annotator.step(1, annotator.step(1, first)!)!;
    expect(id(end)).toBe('GB 1');
    expect(annotator.step(1, end)).toBeNull();
    expect(id(annotator.step(1, end, true))).toBe('碳足迹');
  });

  it('steps nowhere on a page without mentions, wrapping or not', async () => {
    await setUp('<p>无关</p>');
    expect(annotator.step(1, null, true)).toBeNull();
    expect(annotator.step(-1, null, true)).toBeNull();
  });

  it('finds the mention under a text position', async () => {
    await setUp('<p>关于<b>碳</b>足迹</p>');
    const b = document.querySelector('b')!.firstChild!;
    expect(annotator.mentionAt(b, 0)!.entry.mentions[0]!.id).toBe('碳足迹');
    expect(annotator.mentionAt(document.querySelector('p')!.firstChild!, 0)).toBeNull();
  });

  it('ignores our own card being added to the page', async () => {
    await setUp('<p>碳足迹</p>');
    const before = hl.sets.topic!.size;
    document.documentElement.append(document.createElement('standards-lens-card'));
    await settle();
    expect(hl.sets.topic!.size).toBe(before);
  });

  describe('on a laid-out page of 100 paragraphs, 100 px apart', () => {
    // The viewport (happy-dom's innerHeight) scrolls by `scrollY`.
    let scrollY = 0;
    const rect = Element.prototype.getBoundingClientRect;
    beforeEach(async () => {
      scrollY = 0;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        const y = Number(this.getAttribute('data-y') ?? 0) - scrollY;
        return { top: y, bottom: y + 20, left: 0, right: 100, width: 100, height: 20, x: 0, y } as DOMRect;
      };
      await setUp(
        Array.from({ length: 100 }, (_, i) => `<p data-y="${i * 100}">第${i}段碳足迹</p>`).join(''),
      );
    });
    afterEach(() => {
      Element.prototype.getBoundingClientRect = rect;
    });
    const paintedYs = () =>
      [...(hl.sets.topic ?? [])].map((r) =>
        Number((r.startContainer.parentNode as Element).getAttribute('data-y')),
      );

    it('paints only the blocks near the viewport, and follows scrolling', () => {
      const h = window.innerHeight;
      // every block is scanned …
      expect(annotator.stats().mentions).toBe(100);
      // … but only those within 1.5 viewports above and below are painted
      expect(paintedYs()).toHaveLength(Math.floor((h + 1.5 * h) / 100) + 1);
      scrollY = 5000;
      annotator.repaint();
      expect(Math.min(...paintedYs())).toBeGreaterThanOrEqual(5000 - 1.5 * h - 20);
      expect(Math.max(...paintedYs())).toBeLessThanOrEqual(5000 + h + 1.5 * h);
      // a range for a mention far away is still made on demand (keyboard navigation)
      const first = annotator.step(1, null)!;
      expect(annotator.rangeOf({ entry: annotator.blocks()[0]!, index: 0 }).startContainer.textContent).toBe(
        '第0段碳足迹',
      );
      expect(first.entry.block.text).toContain('碳足迹');
    });

    it('moves the painted window in steps: scrolling within the margin changes no highlight', () => {
      const h = window.innerHeight;
      const before = hl.changes.count;
      for (scrollY = 0; scrollY <= h; scrollY += 37) annotator.repaint();
      expect(hl.changes.count).toBe(before); // up to one viewport down: all still painted
      scrollY = 1.3 * h;
      annotator.repaint();
      const stepped = hl.changes.count;
      expect(stepped).toBeGreaterThan(before); // one step of new ranges …
      expect(Math.min(...paintedYs())).toBe(0); // … and nothing unpainted yet, so scrolling back is free
      for (scrollY = 1.3 * h; scrollY >= 0; scrollY -= 41) annotator.repaint();
      expect(hl.changes.count).toBe(stepped);
    });

    it('keeps what is near the screen painted, and a bounded number of ranges, however it scrolls', () => {
      const h = window.innerHeight;
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 30 }),
          (stops) => {
            for (const y of stops) {
              scrollY = y;
              annotator.repaint();
              const painted = new Set(paintedYs());
              for (let p = 0; p < 100; p++) {
                const top = p * 100 - y;
                if (top + 20 >= -0.5 * h && top <= 1.5 * h) expect(painted.has(p * 100)).toBe(true);
              }
              // painted blocks span at most the keep window: 1 + 2 × 2 × 1.5 viewports
              expect(painted.size).toBeLessThanOrEqual(Math.ceil((7 * h) / 100) + 2);
            }
          },
        ),
        { numRuns: 60 },
      );
    });
  });

  it('applies changes made while the first pass was running', async () => {
    let turns = 0;
    makeAnnotator('<main><p>碳足迹</p></main>', {
      sliceMs: 0,
      yieldToBrowser: async () => {
        // the page edits itself between two slices of the first pass
        if (turns++ === 0) {
          const p = document.createElement('p');
          p.textContent = '工信部';
          document.querySelector('main')!.append(p);
        }
        await new Promise((r) => setTimeout(r, 30));
      },
    });
    annotator.observe();
    await annotator.start();
    await settle();
    expect(hl.texts('agency')).toEqual(['工信部']);
    expect(hl.texts('topic')).toEqual(['碳足迹']);
  });

  it('unregisters everything when the context goes away', async () => {
    await setUp('<p>碳足迹</p>');
    controller.abort();
    expect(hl.texts('topic')).toEqual([]);
  });
});

describe('page annotator, long blocks (issue 13)', () => {
  it('scans a long block a slice at a time, with turns for the browser between slices', async () => {
    const text = '推进碳足迹标准化工作。'.repeat(2_000); // 22,000 units in one paragraph
    const scanned: string[] = [];
    let clock = 0;
    let turns = 0;
    makeAnnotator(`<p>${text}</p><p>工信部</p>`, {
      // Every scan call takes 5 ms of the fake clock: a slice of 8 ms holds two of them.
      scan: (t) => (scanned.push(t), (clock += 5), scan(t)),
      sliceUnits: 2_000,
      now: () => clock,
      sliceMs: 8,
      yieldToBrowser: () => (turns++, Promise.resolve()),
    });
    await annotator.start();
    const long = scanned.filter((t) => t !== '工信部');
    // Cut after a sentence end past every 1,000 units: slices of 1,001 units or so, in order.
    expect(long.length).toBeGreaterThan(15);
    expect(long.join('')).toBe(text);
    for (const t of long) expect(t.endsWith('。')).toBe(true);
    expect(turns).toBeGreaterThanOrEqual(long.length / 2 - 1);
    const [first, second] = annotator.blocks();
    expect(first!.mentions).toHaveLength(2_000);
    for (const m of first!.mentions) expect(first!.block.text.slice(m.start, m.end)).toBe('碳足迹');
    expect(second!.mentions.map((m) => m.id)).toEqual(['工信部']);
    expect(annotator.stats()).toMatchObject({ mentions: 2_001, done: true });
  });

  it('stops between the slices of a block when the page goes away', async () => {
    const text = '碳足迹。'.repeat(1_000);
    let scans = 0;
    makeAnnotator(`<p>${text}</p>`, {
      scan: (t) => (scans++, scan(t)),
      sliceUnits: 1_000,
      now: () => scans * 10,
      sliceMs: 8,
      yieldToBrowser: () => (controller.abort(), Promise.resolve()),
    });
    await annotator.start();
    expect(scans).toBe(1);
    expect(annotator.stats().done).toBe(false);
  });
});
