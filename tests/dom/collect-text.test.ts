import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectBlocks, compareInWalkOrder, locateInBlock, visibleText } from '../../lib/dom/collect-text';

function blocksOf(html: string) {
  document.body.innerHTML = html;
  return collectBlocks(document.body).map((b) => b.text.trim());
}

describe('collectBlocks', () => {
  it.each([
    ['inline markup does not split a term', '<p><b>碳</b>足迹核算</p>', ['碳足迹核算']],
    ['a nested block splits the text around it', '<div>前<p>中</p>后</div>', ['前', '中', '后']],
    ['an empty nested block is a boundary too', '<div>前<p></p>后</div>', ['前', '后']],
    ['br is a line break', '<p>第一行<br>第二行</p>', ['第一行', '第二行']],
    ['inline elements nest freely', '<p>甲<span>乙<a href="#">丙<i>丁</i></a></span>戊</p>', ['甲乙丙丁戊']],
    [
      'skips scripts, styles and form fields',
      '<p>甲<script>var x="碳足迹"</script><textarea>乙</textarea>丙</p>',
      ['甲丙'],
    ],
    ['skips contenteditable regions', '<div contenteditable="true"><p>碳足迹</p></div><p>6G</p>', ['6G']],
    ['keeps contenteditable=false', '<div contenteditable="false">氢能</div>', ['氢能']],
    ['skips aria-hidden and hidden', '<p aria-hidden="true">隐</p><p hidden>藏</p><p>见</p>', ['见']],
    ['skips our own card', '<standards-lens-card>卡片</standards-lens-card><p>正文</p>', ['正文']],
    ['drops whitespace-only blocks', '<div>  <p>  </p> </div><p>x</p>', ['x']],
    ['table cells are blocks', '<table><tr><td>碳</td><td>足迹</td></tr></table>', ['碳', '足迹']],
  ])('%s', (_name, html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  it('enters open shadow roots, in document order', () => {
    document.body.innerHTML = '<p>外</p><div id="host"><p>light</p></div><p>后</p>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>影子里的碳足迹</p>尾';
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['外', '影子里的碳足迹', '尾', '后']);
  });

  it('reads light-DOM content where the shadow tree slots it, and nothing that is not shown', () => {
    document.body.innerHTML =
      '<p>外</p><div id="host"><p>正文的碳足迹</p><span slot="note">注</span><i slot="nowhere">不显示</i></div><p>后</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<h2>标题</h2><slot></slot><aside><slot name="note"></slot></aside><footer><slot name="empty">默认</slot></footer>';
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual([
      '外',
      '标题',
      '正文的碳足迹',
      '注',
      '默认',
      '后',
    ]);
  });

  it('orders nodes as the walk meets them, shadow trees where their hosts stand', () => {
    document.body.innerHTML =
      '<p>外</p><p id="mid">前<span id="chip"><b>槽一</b><b>槽二</b></span>后</p><p>末</p>';
    const chip = document.getElementById('chip')!.attachShadow({ mode: 'open' });
    chip.innerHTML = '<b>影</b><i id="inner"></i><slot></slot>';
    const nested = chip.getElementById('inner')!.attachShadow({ mode: 'open' });
    nested.innerHTML = '<u>深</u>';
    // every text node, in walk order: slotted light nodes after the shadow text before their slot
    const walked = collectBlocks(document.body).flatMap((b) => b.nodes);
    expect(walked.map((t) => t.data)).toEqual(['外', '前', '影', '深', '槽一', '槽二', '后', '末']);
    for (let i = 0; i < walked.length; i++) {
      for (let j = 0; j < walked.length; j++) {
        expect(Math.sign(compareInWalkOrder(walked[i]!, walked[j]!))).toBe(Math.sign(i - j));
      }
    }
  });

  it('maps block offsets back to text nodes', () => {
    document.body.innerHTML = '<p>产品<b>碳</b>足迹</p>';
    const [block] = collectBlocks(document.body);
    expect(block!.text).toBe('产品碳足迹');
    expect(block!.container).toBe(document.querySelector('p'));
    const start = locateInBlock(block!, 2);
    expect([start.node.data, start.offset]).toEqual(['碳', 0]);
    const end = locateInBlock(block!, 3, true);
    expect([end.node.data, end.offset]).toEqual(['碳', 1]);
    const last = locateInBlock(block!, 5, true);
    expect([last.node.data, last.offset]).toEqual(['足迹', 2]);
  });

  it('joins blocks with newlines for the visible text', () => {
    document.body.innerHTML = '<h1>标题</h1><p>正文</p>';
    const { text, blockStarts } = visibleText(collectBlocks(document.body));
    expect(text).toBe('标题\n正文');
    expect(blockStarts).toEqual([0, 3]);
  });

  it('keeps every non-skipped character exactly once, in order', () => {
    const tags = ['p', 'div', 'span', 'b', 'li', 'td'];
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.stringMatching(/^[a-z碳足迹]{1,4}$/),
        fc.record({ tag: fc.constantFrom(...tags), kids: fc.array(tie('node'), { maxLength: 4 }) }),
      ),
    })).node;
    type T = string | { tag: string; kids: T[] };
    const html = (t: T): string =>
      typeof t === 'string' ? t : `<${t.tag}>${t.kids.map(html).join('')}</${t.tag}>`;
    const text = (t: T): string => (typeof t === 'string' ? t : t.kids.map(text).join(''));
    fc.assert(
      fc.property(tree, (t) => {
        document.body.innerHTML = `<div>${html(t as T)}</div>`;
        const got = collectBlocks(document.body)
          .map((b) => b.text)
          .join('');
        expect(got).toBe(text(t as T));
      }),
      { numRuns: 200 },
    );
  });
});
