import { describe, expect, it } from 'vitest';
import { collectBlocks, locateInBlock, visibleText } from '../../lib/dom/collect-text';

function blocksOf(html: string) {
  document.body.innerHTML = html;
  return collectBlocks(document.body).map((b) => b.text.trim());
}

describe('collectBlocks', () => {
  it.each([
    ['inline markup does not split a term', '<p><b>碳</b>足迹核算</p>', ['碳足迹核算']],
    ['nested blocks are blocks of their own, in document order', '<div>前<p>中</p>后</div>', ['前后', '中']],
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
  ])('%s', (_name, html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  it('enters open shadow roots', () => {
    document.body.innerHTML = '<p>外</p><div id="host"></div>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>影子里的碳足迹</p>';
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['外', '影子里的碳足迹']);
  });

  it('maps block offsets back to text nodes', () => {
    document.body.innerHTML = '<p>产品<b>碳</b>足迹</p>';
    const [block] = collectBlocks(document.body);
    expect(block!.text).toBe('产品碳足迹');
    const start = locateInBlock(block!, 2);
    expect(start.node.data).toBe('碳');
    expect(start.offset).toBe(0);
    const end = locateInBlock(block!, 3, true);
    expect(end.node.data).toBe('碳');
    expect(end.offset).toBe(1);
    const last = locateInBlock(block!, 5, true);
    expect(last.node.data).toBe('足迹');
    expect(last.offset).toBe(2);
  });

  it('joins blocks with newlines for the visible text', () => {
    document.body.innerHTML = '<h1>标题</h1><p>正文</p>';
    const { text, blockStarts } = visibleText(collectBlocks(document.body));
    expect(text).toBe('标题\n正文');
    expect(blockStarts).toEqual([0, 3]);
  });
});
