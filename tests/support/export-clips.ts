/**
 * The clips behind the hand-written golden files of tests/fixtures/exports: two clips of one
 * government notice (with 发文字号), one of a web page without an issuing body or a readable date, and
 * page text that tries Markdown and spreadsheet-formula injection. Times are noon in Beijing.
 */
import type { Clip, PageFacts } from '../../lib/clips/types';
import type { ExportNames } from '../../lib/clips/export/names';

const NOTICE = 'https://www.samr.gov.cn/bzjss/art/2024/art_1.html';
const BRIEFING = 'https://www.gov.cn/zhengce/202401/content_1.htm';

function facts(f: Partial<PageFacts>): PageFacts {
  return { meta: {}, info: {}, ...f };
}

export function exportClip(o: Partial<Clip> & Pick<Clip, 'id' | 'quote'>): Clip {
  const url = o.url ?? NOTICE;
  return {
    title: '',
    url,
    normalizedUrl: url,
    site: new URL(url).hostname,
    selectors: [
      { type: 'TextQuoteSelector', exact: o.quote, prefix: '前文', suffix: '后文' },
      { type: 'TextPositionSelector', start: 100, end: 100 + o.quote.length },
    ],
    textFragment: `${url}#:~:text=${encodeURIComponent(o.quote)}`,
    facts: facts({}),
    mentions: [],
    created: Date.UTC(2026, 11, 4, 4),
    updated: Date.UTC(2026, 11, 4, 4),
    note: '',
    tags: [],
    status: 'found',
    checkedAt: null,
    ...o,
  };
}

const noticeFacts = facts({
  title: '市场监管总局关于推进产品碳足迹标准体系建设的通知',
  publisher: '市场监管总局',
  docNumber: '国市监标技发〔2024〕23号',
  publishedDate: '2024-03-18',
  writtenDate: '2024-03-15',
  keywords: ['碳足迹', '标准体系'],
});

export const EXPORT_CLIPS: Clip[] = [
  exportClip({
    id: '00000000-0000-4000-8000-000000000001',
    title: '通知_市场监管总局',
    quote: '加快产品碳足迹核算标准研制。',
    facts: noticeFacts,
    mentions: [
      { kind: 'topic', id: 'carbon-footprint', items: [9], start: 2, end: 7 },
      { kind: 'agency', id: 'samr', items: [9, 12], start: 0, end: 0 },
    ],
    textFragment: `${NOTICE}#:~:text=%E5%8A%A0%E5%BF%AB`,
    note: '与第九项对应',
    tags: ['碳足迹', '-负面'],
  }),
  exportClip({
    id: '00000000-0000-4000-8000-000000000002',
    title: '通知_市场监管总局',
    quote: '各地区要*高度重视*。\n\n# 落实责任',
    facts: noticeFacts,
    created: Date.UTC(2026, 11, 5, 4),
    updated: Date.UTC(2026, 11, 6, 4),
    textFragment: `${NOTICE}#:~:text=%E5%90%84%E5%9C%B0`,
    note: '[链接](http://evil.example) <b>粗</b>',
    status: 'moved',
  }),
  exportClip({
    id: '00000000-0000-4000-8000-000000000003',
    url: BRIEFING,
    title: '国务院政策例行吹风会文字实录',
    quote: '=1+1 按 GB/T 24001-2016 执行',
    textFragment: `${BRIEFING}#:~:text=%3D1%2B1`,
    facts: facts({ publishedDate: '2024年1月' }),
    mentions: [
      {
        kind: 'standard',
        id: 'GB/T 24001-2016',
        items: [12],
        start: 7,
        end: 22,
        designation: 'GB/T 24001-2016',
        family: 'GB/T',
      },
    ],
    status: 'unchecked',
  }),
];

export const EXPORT_NAMES: ExportNames = {
  item: (no) =>
    ({ 9: { label: '(九)', title: '标准化助力绿色发展' }, 12: { label: '(十二)', title: '环境管理标准' } })[
      no
    ],
  agency: (id) => ({ samr: '市场监管总局' })[id],
  topic: (id) => ({ 'carbon-footprint': '碳足迹' })[id],
};

/** 2026-12-07 12:00 in Beijing. */
export const EXPORT_NOW = new Date(Date.UTC(2026, 11, 7, 4));
