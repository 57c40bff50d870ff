import type { Clip, ClipDraft } from '../../lib/clips/types';

export const PAGE = 'https://www.gov.cn/zhengce/content/202403/content_6940031.htm';
const QUOTE = '到2025年，共性关键技术和应用类科技计划项目形成标准研究成果的比率达到50%以上。';

/** A draft as the content script sends it (lib/clips/make-draft), for `PAGE` unless overridden. */
export function clipDraft(overrides: Partial<ClipDraft> = {}): ClipDraft {
  const url = overrides.url ?? `${PAGE}?utm_source=wechat#part2`;
  const quote = overrides.quote ?? QUOTE;
  return {
    id: '0b6c1f1e-3d5a-4b8e-9a43-6f2d7c1e9a01',
    url,
    title: '贯彻实施《国家标准化发展纲要》行动计划（2024—2025年）',
    quote,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: '（一）', suffix: '（二）' },
      { type: 'TextPositionSelector', start: 120, end: 120 + quote.length },
    ],
    textFragment: `${PAGE}#:~:text=${encodeURIComponent(quote.slice(0, 8))}`,
    facts: {
      title: '贯彻实施《国家标准化发展纲要》行动计划（2024—2025年）',
      publisher: '市场监管总局',
      publishedDate: '2024-03-18',
      meta: { articletitle: '行动计划', pubdate: '2024-03-18' },
      info: { 发文机关: '市场监管总局' },
    },
    mentions: [{ kind: 'topic', id: 'key-technology', items: [1], start: 9, end: 15 }],
    ...overrides,
  };
}

/** Another valid clip id (UUID v4). */
export const OTHER_ID = '5f0e2a4c-8b1d-4c3e-a7f6-2d9b0c4e1f52';

/** A stored clip of `PAGE` as the service writes it, without going through it. */
export function storedClip(overrides: Partial<Clip> = {}): Clip {
  const { note: _note, tags: _tags, ...draft } = clipDraft();
  return {
    ...draft,
    created: 1_700_000_000_000,
    updated: 1_700_000_000_000,
    normalizedUrl: PAGE,
    site: 'www.gov.cn',
    note: '',
    tags: [],
    status: 'found',
    checkedAt: 1_700_000_000_000,
    ...overrides,
  };
}
