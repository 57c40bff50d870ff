import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { collectBlocks } from '../../lib/dom/collect-text';
import { hasReadableText, isTinyFrame } from '../../lib/dom/readable-text';
import { frameCostOf, FRAME_COST_KEY } from '../../entrypoints/content/frame-cost-record';
import { untilReadable } from '../../entrypoints/content/text-gate';

const textIn = (html: string) => {
  document.body.innerHTML = html;
  return hasReadableText(document.body);
};

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
  afterEach(() => {
    delete (globalThis as { [FRAME_COST_KEY]?: unknown })[FRAME_COST_KEY];
  });

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
