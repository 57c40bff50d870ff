/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) → clips. A collection
 * (`AnnotationCollection` with `first.items` or `items`), a list of annotations or one annotation.
 * Each annotation's target gives the page (`source`) and the passage (`TextQuoteSelector`, required;
 * `TextPositionSelector`, optional); TextualBody bodies give the note (`commenting`/`describing` or no
 * purpose) and the tags (`tagging`). Other fields are ignored.
 */
import { z } from '../../zod';
import { buildTextFragment } from '../text-fragment';
import { normalizeUrl, siteOf } from '../normalize-url';
import type { Clip } from '../types';
import { clipNote, clipTags, textPositionSelector } from './clip-schema';
import { list } from './bounded';
import { clipIdFor } from './stable-id';

/** Context kept around a quote, as the content script keeps it. */
const CONTEXT = 64;

const one = <T extends z.ZodType>(t: T) => z.union([t, list(t, 1_000)]);
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const typed = z.object({ type: z.string().max(256) });
const selector = z.union([
  z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().max(20_000),
    prefix: z.string().max(100_000).optional(),
    suffix: z.string().max(100_000).optional(),
  }),
  textPositionSelector,
  typed,
]);

const source = z.union([
  z.string().max(65_536),
  z.object({ id: z.string().max(65_536), title: z.string().max(2_000).optional() }),
]);

const target = z.union([
  z.string().max(65_536),
  z.object({ source, selector: one(selector).optional(), title: z.string().max(2_000).optional() }),
]);

const body = z.union([
  z.string().max(65_536),
  z.object({
    type: z.string().max(256).optional(),
    value: z.string().max(10_000).optional(),
    purpose: one(z.string().max(256)).optional(),
  }),
]);

const time = z.string().max(64).optional();

export const annotation = z.object({
  id: z.string().min(1).max(65_536).optional(),
  type: one(z.string().max(256)).refine((t) => asArray(t).includes('Annotation'), 'expected an Annotation'),
  created: time,
  modified: time,
  body: one(body).optional(),
  bodyValue: z.string().max(10_000).optional(),
  target: one(target),
  title: z.string().max(2_000).optional(),
});

export type Annotation = z.infer<typeof annotation>;

const dateMs = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
};

/** The clip an annotation describes, or why it cannot be one. */
export function annotationToClip(a: Annotation, now: number): { clip: Clip } | { reason: string } {
  const targets = asArray(a.target).filter((t) => typeof t !== 'string');
  const withQuote = targets.find((t) => asArray(t.selector).some((s) => s.type === 'TextQuoteSelector'));
  if (!withQuote) return { reason: 'no TextQuoteSelector: an annotation of a whole page is not a clip' };
  const selectors = asArray(withQuote.selector);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as {
    exact: string;
    prefix?: string;
    suffix?: string;
  };
  if (quote.exact.trim() === '') return { reason: 'the TextQuoteSelector quotes nothing' };
  const url = typeof withQuote.source === 'string' ? withQuote.source : withQuote.source.id;
  const normalizedUrl = normalizeUrl(url);
  if (!normalizedUrl) return { reason: 'the target source is not an http(s) page' };
  const position = selectors.find((s) => s.type === 'TextPositionSelector') as
    { start: number; end: number } | undefined;
  const start = position?.start ?? 0;
  const end =
    position && position.end - position.start === quote.exact.length
      ? position.end
      : start + quote.exact.length;

  const bodies = asArray(a.body).filter((b) => typeof b !== 'string');
  const purposes = (b: (typeof bodies)[number]) => asArray(b.purpose);
  const tags = clipTags.safeParse(
    bodies.filter((b) => purposes(b).includes('tagging') && b.value).map((b) => b.value!.trim()),
  );
  if (!tags.success) return { reason: 'too many or too long tags' };
  const notes = [
    ...(a.bodyValue ? [a.bodyValue] : []),
    ...bodies
      .filter((b) => b.value && (b.type === undefined || b.type === 'TextualBody'))
      .filter(
        (b) => purposes(b).length === 0 || purposes(b).some((p) => p === 'commenting' || p === 'describing'),
      )
      .map((b) => b.value!),
  ];
  const note = clipNote.safeParse(notes.join('\n\n'));
  if (!note.success) return { reason: 'the note is longer than 10,000 characters' };

  const created = dateMs(a.created) ?? now;
  const title =
    (typeof withQuote.source === 'object' ? withQuote.source.title : undefined) ??
    withQuote.title ??
    a.title ??
    '';
  // The fragment link is built from the quote alone: the page's text is not at hand.
  const textFragment = buildTextFragment(url, quote.exact, 0, quote.exact.length);
  return {
    clip: {
      id: clipIdFor(a.id, `${normalizedUrl} ${quote.exact}`),
      url,
      title,
      quote: quote.exact,
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: (quote.prefix ?? '').slice(-CONTEXT),
          suffix: (quote.suffix ?? '').slice(0, CONTEXT),
        },
        { type: 'TextPositionSelector', start, end },
      ],
      textFragment,
      facts: { meta: {}, info: {} },
      mentions: [],
      note: note.data,
      tags: [...new Set(tags.data)],
      created,
      updated: dateMs(a.modified) ?? created,
      normalizedUrl,
      site: siteOf(normalizedUrl) ?? '',
      status: 'unchecked',
      checkedAt: null,
    },
  };
}

/** The annotations of a W3C document (unparsed entries), or undefined when it is not one. */
export function annotationEntries(doc: unknown): unknown[] | undefined {
  if (Array.isArray(doc)) return doc;
  if (typeof doc !== 'object' || doc === null) return undefined;
  const d = doc as Record<string, unknown>;
  const types = asArray(d.type as unknown);
  if (types.includes('Annotation')) return [doc];
  if (!types.includes('AnnotationCollection')) return undefined;
  const first = d.first;
  if (
    typeof first === 'object' &&
    first !== null &&
    Array.isArray((first as Record<string, unknown>).items)
  ) {
    return (first as Record<string, unknown>).items as unknown[];
  }
  return Array.isArray(d.items) ? d.items : [];
}
