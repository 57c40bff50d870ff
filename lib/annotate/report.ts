/**
 * The annotate CLI's output shapes (DESIGN.md, "CLI contracts"): one JSON line per file, or CSV rows
 * `file,start,end,text,kind,id,items`; `--summary` adds counts per plan item. CSV is written with
 * Papa Parse, which quotes what needs quoting (commas, quotes, newlines in page text).
 *
 * A file's output is written in pieces as it is serialized (`jsonLinePieces`, `csvPieces`), never
 * built as one string: a file with millions of mentions made one JSON line longer than V8's longest
 * string (issue 13: `RangeError: Invalid string length`) and one CSV array larger than the heap.
 */
import Papa from 'papaparse';
import type { Mention } from '../match/types';

export interface FileMention {
  start: number;
  end: number;
  text: string;
  kind: Mention['kind'];
  id: string;
  items: number[];
}

export interface FileReport {
  file: string;
  chars: number;
  mentions: FileMention[];
  /** Plan item → number of mentions that concern it (with --summary). */
  summary?: Record<string, number>;
}

export function toFileMentions(text: string, mentions: readonly Mention[]): FileMention[] {
  return mentions.map((m) => ({
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    kind: m.kind,
    id: m.id,
    items: [...m.items],
  }));
}

/** Counts, per plan item, the mentions that concern it (a mention of several items counts for each). */
export function countPerItem(mentions: readonly { items: readonly number[] }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of mentions) for (const item of m.items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}

export function jsonLine(report: FileReport): string {
  return JSON.stringify(report);
}

export const CSV_HEADER = ['file', 'start', 'end', 'text', 'kind', 'id', 'items'] as const;

export function csvRows(report: FileReport): string[][] {
  return report.mentions.map((m) => [
    report.file,
    String(m.start),
    String(m.end),
    m.text,
    m.kind,
    m.id,
    m.items.join(';'),
  ]);
}

export function toCsv(rows: readonly (readonly string[])[], withHeader: readonly string[] | null): string {
  return Papa.unparse(
    { fields: withHeader ? [...withHeader] : [], data: rows.map((r) => [...r]) },
    {
      header: withHeader !== null,
      newline: '\n',
    },
  );
}

/** One document's line in the documents × items matrix (kept small: no mentions). */
export interface SummaryRow {
  file: string;
  mentions: number;
  counts: Record<string, number>;
}

export function summaryRowOf(report: FileReport): SummaryRow {
  return {
    file: report.file,
    mentions: report.mentions.length,
    counts: report.summary ?? countPerItem(report.mentions),
  };
}

/** Documents × items: one row per file, a column per plan item, for comparing many documents. */
export function summaryMatrix(rows: readonly SummaryRow[], itemNumbers: readonly number[]): string[][] {
  return rows.map((r) => [r.file, String(r.mentions), ...itemNumbers.map((n) => String(r.counts[n] ?? 0))]);
}

export function summaryHeader(itemNumbers: readonly number[]): string[] {
  return ['file', 'mentions', ...itemNumbers.map((n) => `item ${n}`)];
}

/** Mentions per piece of output: a few hundred kB of text per write. */
const PIECE = 2_000;

/**
 * The JSON line of a file (`jsonLine` of its report, and a newline), in pieces: the mentions are
 * serialized a slice at a time, straight from the matcher's mentions and the text.
 */
export function* jsonLinePieces(
  file: string,
  text: string,
  mentions: readonly Mention[],
  summary?: Record<string, number>,
): Generator<string> {
  yield `{"file":${JSON.stringify(file)},"chars":${text.length},"mentions":[`;
  for (let i = 0; i < mentions.length; i += PIECE) {
    const part = toFileMentions(text, mentions.slice(i, i + PIECE)).map((m) => JSON.stringify(m));
    yield (i > 0 ? ',' : '') + part.join(',');
  }
  yield summary ? `],"summary":${JSON.stringify(summary)}}\n` : ']}\n';
}

/** The CSV rows of a file (no header), each piece ending in a newline; nothing for no mentions. */
export function* csvPieces(file: string, text: string, mentions: readonly Mention[]): Generator<string> {
  for (let i = 0; i < mentions.length; i += PIECE) {
    const report = { file, chars: text.length, mentions: toFileMentions(text, mentions.slice(i, i + PIECE)) };
    yield toCsv(csvRows(report), null) + '\n';
  }
}
