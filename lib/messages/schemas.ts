/**
 * Runtime validation of every request (background only: zod stays out of the content-script bundle).
 * Objects strip unknown keys, so a sender may pass a richer object (a whole `Mention` as `ref`).
 * Each schema's output type is checked against the protocol, so the two cannot drift apart.
 */
import { z } from 'zod';
import { httpUrl } from './http-url';
import type { ContentToBackground, PageToBackground, RequestOf } from './protocol';

export type Schemas<P> = { [K in keyof P]: z.ZodType<RequestOf<P, K>, unknown> };

const text = (max: number) => z.string().min(1).max(max);
const count = z.number().int().min(0).max(1e9);
const itemNo = z.number().int().min(1).max(10_000);
const lang = z.enum(['zh-Hans', 'zh-Hant', 'en']);
const noPayload = z.preprocess((v) => v ?? {}, z.object({})) as z.ZodType<Record<string, never>, unknown>;

/** Any http(s) URL, reduced to its origin. */
const origin = text(4096)
  .refine((s) => httpUrl(s) !== undefined, 'expected an http(s) origin')
  .transform((s) => httpUrl(s)!.origin);

const mentionRef = z.object({
  kind: z.enum(['topic', 'agency', 'standard']),
  id: text(256),
  ids: z.array(text(256)).max(64).optional(),
  designation: text(256).optional(),
  family: text(64).optional(),
  surface: text(1024).optional(),
});

const kindCounts = z.object({ topic: count, agency: count, standard: count });

const itemNavRef = z.object({ kind: z.literal('item'), no: itemNo });

const getCard = z.object({ ref: z.union([mentionRef, itemNavRef]), lang });
const getItem = z.object({ no: itemNo, lang });
const getAgency = z.object({ id: text(256), lang });

export const contentSchemas: Schemas<ContentToBackground> = {
  getMatcher: noPayload,
  getCard,
  getItem,
  getAgency,
  reportMentions: z.object({
    count,
    byKind: kindCounts.optional(),
    byItem: z.record(z.string().regex(/^[1-9]\d{0,4}$/, 'expected an item number'), count).optional(),
  }),
  getPageState: z.object({ url: text(65_536) }),
};

export const pageSchemas: Schemas<PageToBackground> = {
  getSiteState: z.object({ origin }),
  setSiteEnabled: z.object({ origin, enabled: z.boolean() }),
  setPaused: z.object({ paused: z.boolean() }),
  getSettings: noPayload,
  updateSettings: z.object({
    ui: z
      .object({
        cardLang: z.enum(['auto', 'zh-Hans', 'zh-Hant', 'en']),
        hoverDelayMs: z.number().int().min(0).max(10_000),
      })
      .partial(),
  }),
  getTabSummary: z.object({ tabId: z.number().int().min(0) }),
  getCard,
  getItem,
  getAgency,
};

/** `ref.kind: Invalid option …; lang: …` — short enough for a console line. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ');
}
