/**
 * Issue 10's in-page pieces, on happy-dom: the notice (closed shadow root, polite, gone after a while),
 * hiding highlights by taking them out of the registry and putting back what the page has meanwhile,
 * and finding the first mention of a plan item.
 */
import { describe, expect, it } from 'vitest';
import { createNoticeHost, NOTICE_TAG } from '../../components/in-page/notice-host';
import { createHighlighter } from '../../lib/dom/highlighter';
import { firstMentionOfItem } from '../../lib/dom/item-mentions';
import type { AnnotatedBlock } from '../../lib/dom/page-annotator';
import type { Mention } from '../../lib/match/types';

describe('notice host', () => {
  it('says one sentence in a closed shadow root, then goes', () => {
    const timers: (() => void)[] = [];
    const notice = createNoticeHost(document, { setTimer: (fn) => timers.push(fn), clearTimer: () => {} });
    notice.show('本页没有与计划相关的提及。', '标准透镜');
    const host = document.querySelector(NOTICE_TAG)!;
    expect(host).not.toBeNull();
    // Closed: the page sees an empty element.
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
    expect(document.body.textContent).not.toContain('提及');
    expect(notice.text()).toBe('本页没有与计划相关的提及。');
    expect(notice.contains(host)).toBe(true);
    notice.show('已显示本页的高亮。', '标准透镜'); // replaces, one element
    expect(document.querySelectorAll(NOTICE_TAG)).toHaveLength(1);
    timers.at(-1)!();
    expect(document.querySelector(NOTICE_TAG)).toBeNull();
    expect(notice.text()).toBe('');
  });
});

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

describe('hiding highlights', () => {
  it('takes every highlight out of the registry and puts back what is there now', () => {
    const registry = new Map<string, FakeHighlight>();
    const hl = createHighlighter({
      registry: registry as unknown as HighlightRegistry,
      Highlight: FakeHighlight as unknown as typeof Highlight,
    });
    const [r1, r2, r3] = [1, 2, 3].map((n) => ({ n }) as unknown as AbstractRange);
    hl.add('topic', r1!);
    hl.add('clip', r2!);
    expect([...registry.keys()].sort()).toEqual(['standards-lens-clip', 'standards-lens-topic']);
    hl.setHidden(true);
    expect(hl.isHidden()).toBe(true);
    expect(registry.size).toBe(0);
    // Changes while hidden are kept, not shown.
    hl.add('agency', r3!);
    hl.delete('topic', r1!);
    hl.setCurrent(r3!);
    expect(registry.size).toBe(0);
    hl.setHidden(false);
    expect([...registry.keys()].sort()).toEqual([
      'standards-lens-agency',
      'standards-lens-clip',
      'standards-lens-current',
      'standards-lens-topic',
    ]);
    expect(registry.get('standards-lens-topic')!.size).toBe(0);
    expect(registry.get('standards-lens-agency')!.size).toBe(1);
    hl.destroy();
    expect(registry.size).toBe(0);
  });
});

describe('firstMentionOfItem', () => {
  const m = (kind: Mention['kind'], items: number[]): Mention => ({ start: 0, end: 1, kind, id: 'x', items });
  const block = (...mentions: Mention[]) => ({ mentions }) as unknown as AnnotatedBlock;

  it('finds the first topic or standard mention of the item, in document order; agencies do not count', () => {
    const blocks = [
      block(m('agency', [9])),
      block(m('topic', [12]), m('standard', [5, 9])),
      block(m('topic', [9])),
    ];
    expect(firstMentionOfItem(blocks, 9)).toEqual({ entry: blocks[1], index: 1 });
    expect(firstMentionOfItem(blocks, 12)).toEqual({ entry: blocks[1], index: 0 });
    expect(firstMentionOfItem(blocks, 1)).toBeNull();
  });
});
