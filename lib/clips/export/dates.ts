/**
 * Dates in exports. PageFacts dates are ISO `YYYY-MM-DD` when the page's text could be read as a date,
 * else verbatim (lib/clips/types); only ISO ones (or a bare year / year-month) become structured dates.
 * Times the extension records (created, updated, the export's `now`) are shown as the reader's local
 * calendar date — the day they did it — and as UTC instants where a format wants an xsd:dateTime.
 */
import type { PageFacts } from '../types';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of a time, `YYYY-MM-DD`. */
export function localDate(time: number | Date): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `[y, m, d]` (or a shorter prefix) of an ISO-like date, or undefined when it is not one. */
export function dateParts(value: string | undefined): number[] | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const parts = m
    .slice(1)
    .filter((p): p is string => p !== undefined)
    .map(Number);
  if (parts[1] !== undefined && (parts[1] < 1 || parts[1] > 12)) return undefined;
  if (parts[2] !== undefined && (parts[2] < 1 || parts[2] > 31)) return undefined;
  return parts;
}

/** The date a citation gives for the document: 发布日期, else 成文日期 (only when it reads as a date). */
export function issuedDate(facts: PageFacts): string | undefined {
  for (const d of [facts.publishedDate, facts.writtenDate]) if (dateParts(d)) return d!.trim();
  return undefined;
}

export function partsOfTime(time: number): number[] {
  return localDate(time).split('-').map(Number);
}
