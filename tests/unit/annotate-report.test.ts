/**
 * The annotate CLI writes a file's JSON line and CSV rows in pieces (issue 13: one string of a large
 * file's output was longer than V8 allows). Joined, the pieces are exactly the contract's shapes
 * (DESIGN.md, "CLI contracts"): `jsonLine` of the report, the CSV rows of `csvRows`.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  countPerItem,
  csvPieces,
  csvRows,
  jsonLine,
  jsonLinePieces,
  toCsv,
  toFileMentions,
  type FileReport,
} from '../../lib/annotate/report';
import type { Mention } from '../../lib/match/types';

const textAndMentions = fc
  .tuple(
    fc.string({ unit: fc.constantFrom('碳', '足', '迹', 'a', ',', '"', '\n', ' ', '“'), maxLength: 60 }),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat(5),
        fc.constantFrom('topic', 'agency', 'standard'),
        fc.array(fc.nat(40), { maxLength: 3 }),
      ),
      {
        maxLength: 30,
      },
    ),
    fc.constantFrom(1, 1, 1, 150),
  )
  .map(([text, raw, copies]) => {
    const mentions: Mention[] = [];
    let at = 0;
    for (const [gap, len, kind, items] of raw) {
      const start = Math.min(text.length, at + (gap % 5));
      const end = Math.min(text.length, start + len);
      mentions.push({ start, end, kind: kind as Mention['kind'], id: `id-${start}`, items });
      at = end;
    }
    // Enough mentions, at times, to need several pieces.
    return { text, mentions: Array.from({ length: copies }, () => mentions).flat() };
  });

describe('output in pieces', () => {
  it('joins into the JSON line of the report, with or without a summary', () => {
    fc.assert(
      fc.property(textAndMentions, fc.string(), fc.boolean(), ({ text, mentions }, file, withSummary) => {
        const report: FileReport = { file, chars: text.length, mentions: toFileMentions(text, mentions) };
        if (withSummary) report.summary = countPerItem(mentions);
        const pieces = [...jsonLinePieces(file, text, mentions, report.summary)];
        expect(pieces.join('')).toBe(jsonLine(report) + '\n');
      }),
      { numRuns: 100 },
    );
  });

  it('joins into the CSV rows of the report', () => {
    fc.assert(
      fc.property(textAndMentions, fc.string(), ({ text, mentions }, file) => {
        const report: FileReport = { file, chars: text.length, mentions: toFileMentions(text, mentions) };
        const joined = [...csvPieces(file, text, mentions)].join('');
        const rows = csvRows(report);
        expect(joined).toBe(rows.length === 0 ? '' : toCsv(rows, null) + '\n');
        // The delimiter named: Papa guesses it otherwise, and a file named `|"` made it guess `|`.
        if (rows.length > 0)
          expect(Papa.parse<string[]>(joined.slice(0, -1), { newline: '\n', delimiter: ',' }).data).toEqual(
            rows,
          );
      }),
      { numRuns: 100 },
    );
  });

  it('writes a file of many mentions in many small pieces', () => {
    const text = '碳足迹'.repeat(10_000);
    const mentions: Mention[] = Array.from({ length: 10_000 }, (_, i) => ({
      start: 3 * i,
      end: 3 * i + 3,
      kind: 'topic',
      id: 'carbon-footprint',
      items: [9],
    }));
    const pieces = [...jsonLinePieces('f', text, mentions)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200_000);
    expect([...csvPieces('f', text, mentions)].length).toBeGreaterThan(4);
  });
});
