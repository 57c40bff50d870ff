import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { collectBlocks } from '../../lib/dom/collect-text';
import { hasReadableText, isTinyFrame } from '../../lib/dom/readable-text';
import { frameCostOf, FRAME_COST_KEY } from '../../entrypoints/content/frame-cost-record';
import { untilFrameReadable, untilReadable } from '../../entrypoints/content/text-gate';

const textIn = (html: string) => {
  document.body.innerHTML = html;
  return hasReadableText(document.body);
};

// Each gate keeps its record on the global (entrypoints/content/frame-cost-record): a fresh one a test.
afterEach(() => {
  delete (globalThis as { [FRAME_COST_KEY]?: unknown })[FRAME_COST_KEY];
});

describe('hasReadableText', () => {
  it.each([
    ['an empty body', '', false],
    ['only whitespace', ' \n\t <div>  </div> ', false],
    ['a script and a style', '<script>var x = "碳足迹"</script><style>p{}</style>', false],
    ['a form field', '<textarea>碳足迹</textarea><input value="x">', false],
    ['an object, an svg, a canvas', '<object>x</object><svg><text>碳</text></svg><canvas>x</canvas>', false],
    ['hidden and aria-hidden', '<p hidden>藏</p><div aria-hidden="true">隐</div>', false],
    ['contenteditable', '<div contenteditable="true">碳足迹</div>', false],
    ['our own card', '<standards-lens-card>卡片</standards-lens-card>', false],
    ['one character', '<div><span>碳</span></div>', true],
    ['text after skipped parts', '<script>x</script><p hidden>y</p><b> z </b>', true],
    ['contenteditable=false', '<div contenteditable="false">氢能</div>', true],
  ])('%s → %s', (_name, html, expected) => {
    expect(textIn(html)).toBe(expected);
  });

  it('reads open shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    expect(hasReadableText(document.body)).toBe(false);
    shadow.innerHTML = '<p>影子里的碳足迹</p>';
    expect(hasReadableText(document.body)).toBe(true);
  });

  it('answers "yes" past its bound instead of walking on', () => {
    document.body.innerHTML = '<div></div>'.repeat(50);
    expect(hasReadableText(document.body, 20)).toBe(true);
    expect(hasReadableText(document.body)).toBe(false);
  });

  it('agrees with the collector: text exactly when it collects a block', () => {
    const leaf = fc.constantFrom('', ' ', '\n', '碳', 'x', '  y ');
    const tag = fc.constantFrom('p', 'span', 'div', 'script', 'textarea', 'b', 'td', 'noscript');
    const attr = fc.constantFrom('', ' hidden', ' aria-hidden="true"', ' contenteditable="true"');
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .tuple(tag, attr, fc.array(tie('node'), { maxLength: 3 }))
          .map(([t, a, kids]) =>
            t === 'td'
              ? `<table><tr><td${a}>${kids.join('')}</td></tr></table>`
              : `<${t}${a}>${kids.join('')}</${t}>`,
          ),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), (parts) => {
        document.body.innerHTML = parts.join('');
        expect(hasReadableText(document.body)).toBe(collectBlocks(document.body).length > 0);
      }),
    );
  });
});

describe('isTinyFrame', () => {
  it.each([
    [0, 0, false, true],
    [2, 2, false, true],
    [1, 300, false, true],
    [300, 2, false, true],
    [3, 3, false, false],
    [800, 600, false, false],
    [0, 0, true, false],
  ])('%i × %i, top %s → %s', (innerWidth, innerHeight, isTop, expected) => {
    expect(isTinyFrame({ innerWidth, innerHeight }, isTop)).toBe(expected);
  });
});

describe('untilReadable', () => {
  it('opens at once on a page with text', async () => {
    document.body.innerHTML = '<p>碳足迹</p>';
    await expect(untilReadable(document)).resolves.toBe(true);
    expect(frameCostOf(globalThis)).toMatchObject({ checks: 1, waiting: false });
  });

  it('waits on an empty page, and opens when text arrives', async () => {
    document.body.innerHTML = '<div></div><script>1</script>';
    const gate = untilReadable(document);
    expect(frameCostOf(globalThis).waiting).toBe(true);
    document.body.firstElementChild!.append(document.createElement('span')); // still no text
    await new Promise((r) => setTimeout(r, 0));
    expect(frameCostOf(globalThis).waiting).toBe(true);
    document.body.firstElementChild!.append('碳足迹');
    await expect(gate).resolves.toBe(true);
    expect(frameCostOf(globalThis)).toMatchObject({ waiting: false, checks: 3 });
  });

  it('opens when hidden text is shown', async () => {
    document.body.innerHTML = '<p hidden>碳足迹</p>';
    const gate = untilReadable(document);
    expect(frameCostOf(globalThis).waiting).toBe(true);
    document.querySelector('p')!.removeAttribute('hidden');
    await expect(gate).resolves.toBe(true);
  });

  it('gives up when the content script is torn down', async () => {
    document.body.innerHTML = '';
    const abort = new AbortController();
    const gate = untilReadable(document, { signal: abort.signal });
    abort.abort();
    await expect(gate).resolves.toBe(false);
    document.body.append('碳足迹'); // no longer watched: neither the tree nor the window's size
    window.dispatchEvent(new Event('resize'));
    await new Promise((r) => setTimeout(r, 0));
    expect(frameCostOf(globalThis)).toMatchObject({ waiting: false, checks: 1 });
  });

  // The frame gate has no script context to abort it: an orphaned gate (its extension updated or
  // removed) stops at its next look instead of watching the page for as long as the tab lives.
  it('gives up at its next look once its extension is gone', async () => {
    document.body.innerHTML = '';
    let alive = true;
    const gate = untilReadable(document, { alive: () => alive });
    alive = false;
    document.body.append('碳足迹'); // text arrives, but the gate's extension is gone
    await expect(gate).resolves.toBe(false);
    expect(frameCostOf(globalThis)).toMatchObject({ waiting: false, checks: 1 });
  });
});

/** Whether `promise` has settled once every pending microtask ran (its answers resolve synchronously). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

/**
 * A subframe's window as the frame gate sees it: frame callbacks and timers queued until `paint` runs
 * them, a size the test sets, its `resize` listeners, and a document (this page's body, in a window
 * below another) whose reads are counted: the size wait must not reach it — its interfaces would be
 * set up in the extension's world of that frame.
 */
function fakeSubframe(width: number, height: number) {
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const listeners = new Set<() => void>();
  let documentReads = 0;
  const view = {
    innerWidth: width,
    innerHeight: height,
    location: { ancestorOrigins: { length: 1 } },
    top: null,
    performance,
    MutationObserver: class {
      observe() {}
      disconnect() {}
    },
    requestAnimationFrame: (run: () => void) => frames.push(run),
    setTimeout: (run: () => void) => timers.push(run),
    addEventListener: (type: string, listener: () => void) => type === 'resize' && listeners.add(listener),
    removeEventListener: (type: string, listener: () => void) =>
      type === 'resize' && listeners.delete(listener),
    get document(): Document {
      documentReads += 1;
      return doc;
    },
  };
  const doc = {
    defaultView: view,
    body: document.body,
    documentElement: document.documentElement,
    visibilityState: 'visible',
  } as unknown as Document;
  return {
    view: view as unknown as Window,
    doc,
    frames,
    listeners,
    documentReads: () => documentReads,
    /** Renders a frame: its callbacks, then the tasks they posted. */
    paint() {
      for (const run of frames.splice(0)) run();
      for (const run of timers.splice(0)) run();
    },
    resize(w: number, h: number) {
      view.innerWidth = w;
      view.innerHeight = h;
      for (const listener of [...listeners]) listener();
    },
  };
}

describe('untilFrameReadable', () => {
  it('looks for text after the next paint of a frame big enough, and opens in that callback', async () => {
    document.body.innerHTML = '<p>碳足迹</p>';
    const frame = fakeSubframe(640, 240);
    const gate = untilFrameReadable(frame.view);
    expect(frameCostOf(globalThis).waiting).toBe(true);
    // A frame not rendered (`display: none`, a hidden tab) paints nothing: no look until it does.
    expect(await settled(gate)).toBe(false);
    expect([frame.documentReads(), frame.frames.length]).toEqual([0, 1]);
    frame.paint();
    await expect(gate).resolves.toBe(true);
    // The size was read after that paint: no second frame to read it again.
    expect([frame.documentReads(), frame.frames.length, frame.listeners.size]).toEqual([1, 0, 0]);
    expect(frameCostOf(globalThis)).toMatchObject({ checks: 1, waiting: false });
  });

  it('waits in a 1 × 1 frame on its window alone until it grows', async () => {
    document.body.innerHTML = '<p>碳足迹</p>';
    const frame = fakeSubframe(1, 1);
    const gate = untilFrameReadable(frame.view);
    frame.paint();
    expect(await settled(gate)).toBe(false);
    expect([frame.documentReads(), frame.frames.length]).toEqual([0, 0]); // nothing asked until it changes
    frame.resize(400, 80);
    frame.resize(420, 90);
    expect(frame.frames).toHaveLength(1); // one size read in flight
    frame.paint();
    await expect(gate).resolves.toBe(true);
    expect(frame.documentReads()).toBe(1);
  });

  it('watches a shown frame without text for text', async () => {
    document.body.innerHTML = '<div></div>';
    const frame = fakeSubframe(640, 240);
    const gate = untilFrameReadable(frame.view);
    frame.paint();
    expect(await settled(gate)).toBe(false);
    expect(frameCostOf(globalThis)).toMatchObject({ checks: 1, waiting: true });
  });

  it('gives up at a resize once its extension is gone, its document never read', async () => {
    let alive = true;
    const frame = fakeSubframe(1, 1);
    const gate = untilFrameReadable(frame.view, { alive: () => alive });
    frame.paint();
    alive = false;
    frame.resize(400, 80);
    await expect(gate).resolves.toBe(false);
    expect([frame.frames.length, frame.listeners.size, frame.documentReads()]).toEqual([0, 0, 0]);
    expect(frameCostOf(globalThis).waiting).toBe(false);
  });
});

describe('untilReadable in a subframe', () => {
  it('reads the size after the next paint before it opens', async () => {
    document.body.innerHTML = '<p>碳足迹</p>';
    const frame = fakeSubframe(640, 240);
    const gate = untilReadable(frame.doc);
    expect(await settled(gate)).toBe(false);
    expect(frame.frames).toHaveLength(1);
    frame.paint();
    await expect(gate).resolves.toBe(true);
  });

  it('opens at its first look when the size was just read after a paint (`shown`)', async () => {
    document.body.innerHTML = '<p>碳足迹</p>';
    const frame = fakeSubframe(640, 240);
    await expect(untilReadable(frame.doc, { shown: true })).resolves.toBe(true);
    expect(frame.frames).toHaveLength(0);
  });
});
