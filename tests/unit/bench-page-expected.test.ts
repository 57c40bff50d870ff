import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { expectedMentions } from '../../bench/page-expected';
import { generatePageHtml } from '../../bench/page-html';

/**
 * Text nodes under <body> as a browser's parser makes them: one node per run of text, character
 * references included (a parser that splits at them would number nodes differently).
 */
function browserTextNodes(html: string): string[] {
  const window = new Window();
  window.document.write(html);
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) out.push((node as Text).data);
    node.childNodes.forEach((child) => walk(child as unknown as Node));
  };
  walk(window.document.body as unknown as Node);
  return out;
}

describe('bench:page pages and expected mentions', () => {
  it('generates the same page from the same seed, with paragraphs and inline markup', () => {
    const a = generatePageHtml(20_000, 7);
    expect(generatePageHtml(20_000, 7).html).toBe(a.html);
    expect(generatePageHtml(20_000, 8).html).not.toBe(a.html);
    expect(a.corpusChars).toBeGreaterThanOrEqual(20_000);
    expect(a.html).toMatch(/<p>.*<(b|a|em|span)[ >]/);
  });

  it('maps every mention to text-node pieces that spell it, numbering nodes as a browser does', () => {
    const html =
      '<!doctype html><html><head><title>t</title></head><body><p>工业和信息化部 &amp; <b>市场</b>监管总局</p>' +
      '<p>Standards for carbon footprint &amp; MIIT under GB/T 24001-2016.</p></body></html>';
    const expected = expectedMentions(html);
    const nodes = browserTextNodes(html);
    expect(expected.textNodes).toBe(nodes.length);
    expect(expected.mentions).toBeGreaterThanOrEqual(4);
    let k = 0;
    for (const text of expected.texts) {
      const count = expected.pieces[k++]!;
      let got = '';
      for (let j = 0; j < count; j++, k += 3) {
        got += nodes[expected.pieces[k]!]!.slice(expected.pieces[k + 1], expected.pieces[k + 2]);
      }
      expect(got).toBe(text);
    }
    expect(k).toBe(expected.pieces.length);
    expect(expected.texts).toContain('市场监管总局');
  });

  it('counts the visible text and every mention of a generated page', () => {
    const { html } = generatePageHtml(30_000, 11);
    const expected = expectedMentions(html);
    expect(expected.chars).toBeGreaterThanOrEqual(30_000);
    expect(expected.mentions).toBe(expected.texts.length);
    expect(expected.mentions).toBe(Object.values(expected.byKind).reduce((a, b) => a + b, 0));
    expect(expected.mentions).toBeGreaterThan(100);
  });
});
