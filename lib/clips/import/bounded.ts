/**
 * zod helpers that refuse oversized input before looking inside it: zod's `.max()` runs only after
 * every entry was parsed, so a million entries would be validated one by one first.
 */
import { z } from '../../zod';

/** An array of at most `max` entries, refused before any entry is parsed. */
export function list<T extends z.ZodType>(item: T, max: number) {
  const short = z.custom<unknown[]>((v) => Array.isArray(v) && v.length <= max, {
    error: `expected an array of at most ${max} entries`,
  });
  return short.pipe(z.array(item));
}

/** A string → string record of at most `max` entries. */
export function record(max: number, value: z.ZodType<string> = z.string().max(2_000)) {
  const small = z.custom<object>(
    (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length <= max,
    { error: `expected an object of at most ${max} entries` },
  );
  return small.pipe(z.record(z.string().min(1).max(256), value));
}

/** `path: message; …` — one line for a report. */
export function describe(error: z.ZodError, limit = 3): string {
  const issues = error.issues.slice(0, limit).map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`);
  const more = error.issues.length - limit;
  return more > 0 ? `${issues.join('; ')} (+${more} more)` : issues.join('; ');
}
