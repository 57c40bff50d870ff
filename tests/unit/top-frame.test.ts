import { describe, expect, it } from 'vitest';
import { isTopFrame, type FramePlace } from '../../lib/dom/top-frame';

/** A window whose `top` counts its reads (Chromium sets up the top frame's world on such a read). */
function place(ancestors: string[] | undefined, top: 'self' | 'other'): FramePlace & { topReads: number } {
  const view = {
    topReads: 0,
    location: ancestors ? { ancestorOrigins: { length: ancestors.length } } : {},
    get top(): unknown {
      view.topReads += 1;
      return top === 'self' ? view : {};
    },
  };
  return view;
}

describe('isTopFrame', () => {
  it.each([
    { case: 'top frame, with an ancestor list', ancestors: [], top: 'self', isTop: true, topReads: 0 },
    {
      case: 'subframe, with an ancestor list',
      ancestors: ['https://www.example.gov.cn'],
      top: 'other',
      isTop: false,
      topReads: 0,
    },
    {
      case: 'nested subframe',
      ancestors: ['https://a.gov.cn', 'https://b.gov.cn'],
      top: 'other',
      isTop: false,
      topReads: 0,
    },
    // Firefox: no ancestor list, so `top` is compared.
    { case: 'top frame, no ancestor list', ancestors: undefined, top: 'self', isTop: true, topReads: 1 },
    { case: 'subframe, no ancestor list', ancestors: undefined, top: 'other', isTop: false, topReads: 1 },
  ] as const)('$case', ({ ancestors, top, isTop, topReads }) => {
    const view = place(ancestors ? [...ancestors] : undefined, top);
    expect(isTopFrame(view)).toBe(isTop);
    expect(view.topReads).toBe(topReads);
  });
});
