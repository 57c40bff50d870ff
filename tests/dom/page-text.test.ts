/**
 * page-text.ts and selection-span.ts: the map between DOM points and offsets in the collected text,
 * and the user's selection as a span of it — across inline markup, blocks and open shadow roots.
 */
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../lib/dom/collect-text';
import type { AnnotatedBlock } from '../../lib/dom/page-annotator';
import { createPageText } from '../../lib/dom/page-text';
import { selectionSpan } from '../../lib/dom/selection-span';
import { StaticRangeForTests } from '../support/fake-static-range';
import type { Mention } from '../../lib/match/types';

function pageOf(html: string, mentions: (text: string) => Mention[] = () => []) {
  document.body.innerHTML = html;
  const entries: AnnotatedBlock[] = collectBlocks(document.body).map((block) => ({
    block,
    mentions: mentions(block.text),
    ranges: null,
  }));
  return { entries, page: createPageText(entries, StaticRangeForTests) };
}

const textOf = (r: AbstractRange) => {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
};

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number) {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('createPageText', () => {
  it('joins blocks with newlines, as the annotate CLI reports the text', () => {
    const { page } = pageOf('<p>甲<b>乙</b>丙</p><p>丁</p>');
    expect(page.text).toBe('甲乙丙\n丁');
  });

  it('maps text points, element points before and after children, and unread text', () => {
    const { page } = pageOf('<p id="a">甲<b id="b">乙</b>丙</p>\n<p id="c">丁戊</p>');
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const c = document.getElementById('c')!;
    expect(page.offsetOf(b.firstChild!, 0, 'start')).toBe(1);
    expect(page.offsetOf(b.firstChild!, 1, 'end')).toBe(2);
    expect(page.offsetOf(a, 0, 'start')).toBe(0); // before 甲
    expect(page.offsetOf(a, 3, 'end')).toBe(3); // after 丙
    expect(page.offsetOf(a, 1, 'start')).toBe(1); // before <b>
    expect(page.offsetOf(document.body, 1, 'start')).toBe(4); // the whitespace text between: next block
    expect(page.offsetOf(c, 0, 'end')).toBe(3); // nothing before in c: the end of the previous block
    expect(page.offsetOf(c.firstChild!, 2, 'end')).toBe(6);
  });

  it('makes one range per block, each holding exactly its part of the span', () => {
    const { page } = pageOf('<p>甲<b>乙</b>丙</p><p>丁戊</p><p>己</p>');
    const ranges = page.rangesOf(1, 6);
    expect(ranges.map(textOf)).toEqual(['乙丙', '丁戊']);
    expect(page.text.slice(1, 6)).toBe('乙丙\n丁戊');
    expect(page.rangesOf(3, 4)).toEqual([]); // only the newline
  });

  it('returns mentions inside a span with page offsets', () => {
    const scan = (text: string): Mention[] => {
      const at = text.indexOf('碳足迹');
      return at < 0 ? [] : [{ start: at, end: at + 3, kind: 'topic', id: 'carbon-footprint', items: [9] }];
    };
    const { page } = pageOf('<p>前言</p><p>推进碳足迹核算</p>', scan);
    expect(page.mentionsIn(0, page.text.length)).toEqual([
      expect.objectContaining({ start: 5, end: 8, id: 'carbon-footprint' }),
    ]);
    expect(page.mentionsIn(0, 6)).toEqual([]); // only partly inside
  });

  it('knows which part of the text is painted (near the viewport)', () => {
    const { entries, page } = pageOf('<p>甲</p><p>乙乙</p><p>丙</p>');
    expect(page.paintedSpan()).toBeUndefined();
    entries[1]!.ranges = [];
    expect(page.paintedSpan()).toEqual({ start: 2, end: 4 });
  });
});

describe('selectionSpan', () => {
  it('takes a selection across inline markup and blocks, trimmed', () => {
    const { page } = pageOf('<p id="a">  甲<b>乙</b>丙</p><p id="c">丁戊</p>');
    const a = document.getElementById('a')!;
    const c = document.getElementById('c')!;
    select(a.firstChild!, 0, c.firstChild!, 1);
    const span = selectionSpan(document, page, []);
    expect(span).not.toHaveProperty('problem');
    const { start, end } = span as { start: number; end: number };
    expect(page.text.slice(start, end)).toBe('甲乙丙\n丁');
  });

  it('refuses an empty selection, a text field, a contenteditable region and a too-long one', () => {
    const { page } = pageOf(
      '<p id="a">甲乙</p><div contenteditable="true" id="e">可编辑</div><input id="i">',
    );
    document.getSelection()!.removeAllRanges();
    expect(selectionSpan(document, page, [])).toEqual({ problem: 'empty' });
    const a = document.getElementById('a')!.firstChild!;
    select(a, 1, a, 1);
    expect(selectionSpan(document, page, [])).toEqual({ problem: 'empty' });
    const e = document.getElementById('e')!.firstChild!;
    select(e, 0, e, 2);
    expect(selectionSpan(document, page, [])).toEqual({ problem: 'editable' });
    const input = document.getElementById('i') as HTMLInputElement;
    input.value = '文字';
    input.focus();
    select(a, 0, a, 2);
    expect(selectionSpan(document, page, [])).toEqual({ problem: 'editable' });
    input.blur();
    expect(selectionSpan(document, page, [])).toEqual({ start: 0, end: 2 });

    const long = pageOf(`<p id="l">${'碳'.repeat(20_001)}</p>`);
    const l = document.getElementById('l')!.firstChild!;
    select(l, 0, l, 20_001);
    expect(selectionSpan(document, long.page, [])).toEqual({ problem: 'too-long' });
    select(l, 0, l, 20_000);
    expect(selectionSpan(document, long.page, [])).toEqual({ start: 0, end: 20_000 });
  });

  it('says "not page text" for a selection in text the collector does not read', () => {
    const { page } = pageOf('<p aria-hidden="true" id="h">隐藏的字</p>');
    const h = document.getElementById('h')!.firstChild!;
    select(h, 0, h, 2);
    expect(selectionSpan(document, page, [])).toEqual({ problem: 'not-text' });
  });
});
