/**
 * Any clip set → every exporter returns parseable output and never throws (fast-check): hostile page
 * text (any Unicode, lone surrogates, Markdown and formula characters, line breaks), missing facts,
 * dates that are not dates, duplicate pages.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportClips } from '../../lib/clips/export';
import { CSV_COLUMNS } from '../../lib/clips/export/csv';
import { escapeInline, escapeMarkdown } from '../../lib/clips/export/markdown-escape';
import type { Clip, ClipStatus } from '../../lib/clips/types';
import { exportClip } from '../support/export-clips';
import { collectionSchema, cslDataSchema } from '../support/export-schemas';

const SPECIALS = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '#',
  '*',
  '[',
  ']',
  '<',
  '>',
  '`',
  '\\',
  '|',
  '"',
  ',',
];
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(fc.constantFrom(...SPECIALS, '标准', '碳', ' ', 'a', '1.'), { maxLength: 12 })
    .map((a) => a.join('')),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const date = fc.oneof(fc.constantFrom('2024-03-18', '2024', '2024-13-01', '2024年1月', ''), text);
const time = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) });

const clipArb: fc.Arbitrary<Clip> = fc
  .record({
    n: fc.nat(1000),
    host: fc.constantFrom('www.gov.cn', 'www.samr.gov.cn', 'example.com'),
    page: fc.nat(3),
    quote: text,
    title: text,
    note: text,
    tags: fc.array(text, { maxLength: 3 }),
    created: time,
    updated: time,
    status: fc.constantFrom<ClipStatus>('found', 'moved', 'changed', 'missing', 'unchecked'),
    publisher: maybe(text),
    docNumber: maybe(text),
    title2: maybe(text),
    publishedDate: maybe(date),
    writtenDate: maybe(date),
    keywords: maybe(fc.array(text, { maxLength: 2 })),
    items: fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 3 }),
    kind: fc.constantFrom('topic' as const, 'agency' as const, 'standard' as const),
  })
  .map((r) =>
    exportClip({
      id: `id-${r.n}`,
      url: `https://${r.host}/p/${r.page}.html`,
      quote: r.quote,
      title: r.title,
      note: r.note,
      tags: r.tags,
      created: r.created,
      updated: r.updated,
      status: r.status,
      facts: {
        meta: {},
        info: {},
        title: r.title2,
        publisher: r.publisher,
        docNumber: r.docNumber,
        publishedDate: r.publishedDate,
        writtenDate: r.writtenDate,
        keywords: r.keywords,
      },
      mentions: [{ kind: r.kind, id: 'x', items: r.items, start: 0, end: 0 }],
    }),
  );

const clipsArb = fc.array(clipArb, { maxLength: 8 });
const now = new Date(Date.UTC(2026, 11, 7, 4));

describe('every exporter on any clip set', () => {
  it('never throws, and each output parses as its format', () => {
    fc.assert(
      fc.property(clipsArb, (clips) => {
        for (const format of EXPORT_FORMATS.filter((f) => f !== 'backup')) {
          const file = exportClips(format, clips, { now });
          expect(file.filename).toMatch(/^standards-lens-clips-\d{4}-\d{2}-\d{2}\.\w+$/);
        }
        const w3c = collectionSchema.parse(JSON.parse(exportClips('w3c', clips, { now }).text));
        expect(w3c.first.items).toHaveLength(clips.length);

        const pages = new Set(clips.map((c) => c.normalizedUrl)).size;
        expect(cslDataSchema.parse(JSON.parse(exportClips('csl', clips, { now }).text))).toHaveLength(pages);

        const ris = exportClips('ris', clips, { now }).text;
        const lines = ris.split('\r\n').filter(Boolean);
        for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- [^\r\n]*$/);
        expect(lines.filter((l) => l.startsWith('TY'))).toHaveLength(pages);
        expect(lines.filter((l) => l === 'ER  - ')).toHaveLength(pages);

        const gbt = exportClips('gbt7714', clips, { now }).text.split('\n').filter(Boolean);
        expect(gbt).toHaveLength(pages);
        gbt.forEach((l, i) => expect(l).toMatch(new RegExp(`^\\[${i + 1}\\] .*\\[EB/OL\\]\\. `)));

        const csv = exportClips('csv', clips, { now }).text;
        expect(csv.startsWith('\uFEFF')).toBe(true);
        const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data).toHaveLength(clips.length + 1);
        for (const row of parsed.data) {
          expect(row).toHaveLength(CSV_COLUMNS.length);
          for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }

        const md = exportClips('markdown', clips, { now }).text;
        expect(md.startsWith('# ')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('Markdown escaping is reversible: every special is escaped, nothing else changes', () => {
    fc.assert(
      fc.property(text, (s) => {
        const escaped = escapeMarkdown(s);
        expect(escaped.replace(/\\([\s\S])/g, '$1')).toBe(s);
        expect(escaped.replace(/\\[\s\S]/g, '')).not.toMatch(/[\\`*_[\]<>|~&!]/);
        const inline = escapeInline(s);
        expect(inline).not.toMatch(/[\r\n]/);
        expect(inline.replace(/\\([\s\S])/g, '$1')).toBe(s.replace(/\s+/g, ' ').trim());
        // No unescaped `#` at the very end (it would close a heading): not after an even run of `\`.
        expect(inline).not.toMatch(/(^|[^\\])(\\\\)*#$/);
      }),
    );
  });
});
