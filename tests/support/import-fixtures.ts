/**
 * Import files for the import tests: a backup as the extension writes it, and a W3C Web Annotation
 * collection of the shape the W3C exporter writes (issue 11: AnnotationCollection, target.source,
 * TextQuoteSelector + TextPositionSelector, a TextualBody note and `tagging` bodies).
 */
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from '../../lib/clips/import/backup-format';
import type { Clip } from '../../lib/clips/types';

export const PAGE = 'https://www.gov.cn/zhengce/content/202403/content_6940031.htm';
export const QUOTE = '到2025年，共性关键技术和应用类科技计划项目形成标准研究成果的比率达到50%以上。';

export function clip(overrides: Partial<Clip> = {}): Clip {
  const quote = overrides.quote ?? QUOTE;
  return {
    id: '0b6c1f1e-3d5a-4b8e-9a43-6f2d7c1e9a01',
    url: `${PAGE}#part2`,
    title: '行动计划',
    quote,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: '（一）', suffix: '（二）' },
      { type: 'TextPositionSelector', start: 120, end: 120 + quote.length },
    ],
    textFragment: `${PAGE}#:~:text=${encodeURIComponent(quote.slice(0, 8))}`,
    facts: { publisher: '市场监管总局', meta: {}, info: { 发文机关: '市场监管总局' } },
    mentions: [{ kind: 'topic', id: 'key-technology', items: [1], start: 9, end: 15 }],
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

export const OTHER_ID = '5f0e2a4c-8b1d-4c3e-a7f6-2d9b0c4e1f52';

export function backup(overrides: Partial<BackupFile> & Record<string, unknown> = {}): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2026-12-05T00:00:00.000Z',
    schemaVersion: 2,
    clips: [
      clip(),
      clip({ id: OTHER_ID, quote: '标准研究成果', note: '见第一项', tags: ['科技'], mentions: [] }),
    ],
    settings: [
      { key: 'paused', value: false },
      { key: 'ui', value: { cardLang: 'en', hoverDelayMs: 500 } },
    ],
    sites: [{ origin: 'https://example.org', host: 'example.org', enabled: true, updatedAt: 1 }],
    ...overrides,
  };
}

/** One annotation as the W3C exporter writes a clip. */
export function annotationOf(c: Clip) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${c.id}`,
    type: 'Annotation',
    motivation: 'highlighting',
    created: new Date(c.created).toISOString(),
    modified: new Date(c.updated).toISOString(),
    body: [
      ...(c.note
        ? [{ type: 'TextualBody', value: c.note, purpose: 'commenting', format: 'text/plain' }]
        : []),
      ...c.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
    ],
    target: { source: c.url, selector: c.selectors },
  };
}

export function collectionOf(clips: Clip[]) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Standards Lens clips',
    total: clips.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: clips.map(annotationOf) },
  };
}
