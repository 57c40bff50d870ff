/** textSample: the page's text for telling its language — script and style skipped, capped, title first. */
import { describe, expect, it } from 'vitest';
import { textSample } from '../../lib/dom/text-sample';

describe('textSample', () => {
  it('reads the title and the body text, skipping script, style and text fields', () => {
    document.title = '推動標準化工作';
    document.body.innerHTML = `<h1>標題</h1><script>var x = "English words in a script";</script>
      <style>.a { color: red }</style><p>工業和<b>信息化部</b></p><textarea>ignored text</textarea>`;
    const sample = textSample(document);
    expect(sample.replace(/\s+/g, '')).toBe('推動標準化工作標題工業和信息化部');
  });

  it('stops at the cap', () => {
    document.title = '';
    document.body.innerHTML = `<p>${'a'.repeat(5000)}</p><p>later</p>`;
    expect(textSample(document, 100)).toHaveLength(100);
  });
});
