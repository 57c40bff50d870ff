import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeClipDraft, mentionsInSpan } from '../../lib/clips/make-draft';
import { findTextDirective, parseTextFragment } from '../../lib/clips/text-fragment';
import type { Mention } from '../../lib/match/types';

const TEXT = '通知\n推进产品碳足迹核算，由工业和信息化部牵头。\n企业可参照 GB/T 24001-2016。';
const at = (s: string) => TEXT.indexOf(s);
const MENTIONS: Mention[] = [
  { start: at('碳足迹'), end: at('碳足迹') + 3, kind: 'topic', id: 'carbon-footprint', items: [9] },
  { start: at('工业'), end: at('工业') + 7, kind: 'agency', id: 'miit', items: [1, 2], leadItems: [1] },
  {
    start: at('GB/T'),
    end: at('GB/T') + 15,
    kind: 'standard',
    id: 'GB/T 24001-2016',
    items: [12],
    designation: 'GB/T 24001-2016',
    family: 'gb-t',
  },
];

describe('mentionsInSpan', () => {
  it('keeps the mentions wholly inside, with quote offsets and only the stored fields', () => {
    const start = at('推进');
    const end = at('牵头。') + 3;
    const inside = mentionsInSpan(MENTIONS, start, end);
    expect(inside).toEqual([
      { kind: 'topic', id: 'carbon-footprint', items: [9], start: 4, end: 7 },
      { kind: 'agency', id: 'miit', items: [1, 2], start: 11, end: 18 },
    ]);
    expect(mentionsInSpan(MENTIONS, at('GB/T') + 1, TEXT.length)).toEqual([]); // cut mentions are not kept
    expect(mentionsInSpan(MENTIONS, at('企业'), TEXT.length)[0]).toMatchObject({
      designation: 'GB/T 24001-2016',
      family: 'gb-t',
    });
  });
});

describe('makeClipDraft', () => {
  const base = {
    id: '6f1c2f0e-8a4e-4b0e-9d6e-0a1b2c3d4e5f',
    url: 'https://www.example.gov.cn/a.html#top',
    title: '页面标题',
  };

  it('quote, selectors and the text-fragment link all describe the same span', () => {
    fc.assert(
      fc.property(fc.nat(TEXT.length - 1), fc.integer({ min: 1, max: 30 }), (s, len) => {
        const start = s;
        const end = Math.min(TEXT.length, s + len);
        fc.pre(TEXT.slice(start, end).trim() !== '');
        const draft = makeClipDraft({
          ...base,
          text: TEXT,
          start,
          end,
          facts: { meta: {}, info: {} },
          mentions: MENTIONS,
        });
        expect(draft.quote).toBe(TEXT.slice(start, end));
        expect(draft.selectors[0].exact).toBe(draft.quote);
        expect(draft.selectors[1]).toEqual({ type: 'TextPositionSelector', start, end });
        const [directive] = parseTextFragment(draft.textFragment);
        const found = findTextDirective(TEXT, directive!);
        expect(found && TEXT.slice(found.start, found.end)).toBe(draft.quote);
        expect(draft.textFragment.startsWith('https://www.example.gov.cn/a.html#:~:text=')).toBe(true);
      }),
    );
  });

  it("takes the page's own title from its facts when it has one", () => {
    const facts = { title: '关于推进碳足迹的通知', meta: {}, info: {} };
    const draft = makeClipDraft({ ...base, text: TEXT, start: 3, end: 10, facts, mentions: [] });
    expect(draft.title).toBe('关于推进碳足迹的通知');
    expect(
      makeClipDraft({ ...base, text: TEXT, start: 3, end: 10, facts: { meta: {}, info: {} }, mentions: [] })
        .title,
    ).toBe('页面标题');
  });
});
