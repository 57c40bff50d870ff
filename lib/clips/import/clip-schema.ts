/**
 * A stored clip as a backup holds it (lib/clips/types `Clip`), validated field by field. Bounds follow
 * the save path's (lib/messages/schemas takes `pageFacts` and `clipMention` from here, and restores
 * deleted clips with `storedClip`); `normalizedUrl` and `site` are recomputed from `url` rather
 * than trusted.
 */
import { z } from '../../zod';
import { normalizeUrl, siteOf } from '../normalize-url';
import type { Clip } from '../types';
import { list, record } from './bounded';

const count = z.number().int().min(0).max(1e9);
const time = z.number().int().min(0).max(8.64e15);
const itemNo = z.number().int().min(1).max(10_000);
const id = z.string().min(1).max(256);
const httpLink = z
  .string()
  .min(1)
  .max(65_536)
  .refine((s) => normalizeUrl(s) !== undefined, 'expected an http(s) URL');
const quoteText = z
  .string()
  .max(20_000)
  .refine((s) => s.trim() !== '', 'expected text');
const factText = z.string().max(2_000);

const span = <T extends { start: number; end: number }>(v: T) => v.start < v.end;

export const textQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: quoteText,
  prefix: z.string().max(1_000),
  suffix: z.string().max(1_000),
});

export const textPositionSelector = z
  .object({ type: z.literal('TextPositionSelector'), start: count, end: count })
  .refine(span, { error: 'expected start < end', path: ['end'] });

/** Government page facts (lib/clips/types `PageFacts`): shared with the save path's schema. */
export const pageFacts = z.object({
  title: factText.optional(),
  publisher: factText.optional(),
  docNumber: factText.optional(),
  writtenDate: factText.optional(),
  publishedDate: factText.optional(),
  indexNo: factText.optional(),
  subject: factText.optional(),
  keywords: list(factText, 64).optional(),
  meta: record(64),
  info: record(64),
});

/** A mention inside a quote (`ClipMention`): shared with the save path's schema. */
export const clipMention = z
  .object({
    kind: z.enum(['topic', 'agency', 'standard']),
    id: z.string().min(1).max(256),
    items: list(itemNo, 256),
    start: count,
    end: count,
    designation: z.string().min(1).max(256).optional(),
    family: z.string().min(1).max(64).optional(),
  })
  .refine(span, { error: 'expected start < end', path: ['end'] });

export const clipTags = list(z.string().trim().min(1).max(64), 64);
export const clipNote = z.string().max(10_000);

export const storedClip = z
  .object({
    id,
    url: httpLink,
    title: z.string().max(2_000),
    quote: quoteText,
    selectors: z.tuple([textQuoteSelector, textPositionSelector]),
    textFragment: httpLink,
    facts: pageFacts,
    mentions: list(clipMention, 2_000),
    note: clipNote,
    tags: clipTags,
    created: time,
    updated: time,
    status: z.enum(['found', 'moved', 'changed', 'missing', 'unchecked']),
    checkedAt: time.nullable(),
    current: z.string().max(20_000).optional(),
    // Recomputed below; accepted (and ignored) so a backup's own values do not fail the check.
    normalizedUrl: z.string().max(65_536).optional(),
    site: z.string().max(512).optional(),
  })
  .superRefine((clip, ctx) => {
    if (clip.selectors[0].exact !== clip.quote) {
      ctx.addIssue({ code: 'custom', path: ['selectors', 0, 'exact'], message: 'expected the quote' });
    }
    clip.mentions.forEach((mention, i) => {
      if (mention.end > clip.quote.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['mentions', i, 'end'],
          message: 'expected an offset in the quote',
        });
      }
    });
  })
  .transform((clip): Clip => {
    const { normalizedUrl: _n, site: _s, current, ...rest } = clip;
    const normalizedUrl = normalizeUrl(clip.url)!;
    return {
      ...rest,
      normalizedUrl,
      site: siteOf(normalizedUrl) ?? '',
      tags: [...new Set(clip.tags)],
      ...(current !== undefined ? { current } : {}),
    };
  });
