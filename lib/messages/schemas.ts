/**
 * Runtime validation of every request (background only: zod stays out of the content-script bundle).
 * Objects strip unknown keys, so a sender may pass a richer object (a whole `Mention` as `ref`).
 * Each schema's output type is checked against the protocol, so the two cannot drift apart.
 */
import { DEFAULT_SITE_DOMAINS } from '../sites/default-sites';
import { z } from '../zod';
import { MAX_TEXT_AROUND } from '../match/standard-title-window';
import { list } from '../clips/import/bounded';
import { clipMention, pageFacts, storedClip } from '../clips/import/clip-schema';
import { MAX_IMPORT_BYTES } from '../clips/import/limits';
import { MAX_ANNOTATE_CHARS } from '../annotate/limits';
import { MAX_PLAN_CHARS, MAX_PLAN_NAME } from '../plan/import/limits';
import { httpUrl } from './http-url';
import { MAX_WINDOW_TEXTS, MAX_WINDOW_UNITS } from './window-limits';
import { MAX_SHORT_FORMS } from '../match/short-forms';
import { uiPrefsPatchSchema } from '../settings/ui-prefs-schema';
import { PLAN_HASH } from '../card/plan-link';
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
  around: z
    .object({ text: text(MAX_TEXT_AROUND), start: z.number().int(), end: z.number().int() })
    .refine(
      (a) => a.start >= 0 && a.start < a.end && a.end <= a.text.length,
      'expected the code inside the text',
    )
    .optional(),
  shortForm: z.boolean().optional(),
});

const kindCounts = z.object({ topic: count, agency: count, standard: count });

const itemNavRef = z.object({ kind: z.literal('item'), no: itemNo });

const getCard = z.object({ ref: z.union([mentionRef, itemNavRef]), lang });
const getItem = z.object({ no: itemNo, lang });
const getAgency = z.object({ id: text(256), lang });

// Clips (issue: save clip). These come from a content script in a web page: hostile input. Every
// string and array is bounded; arrays and records are counted before their entries are parsed (zod
// runs `.max()` only after parsing every entry). The sender's page is checked by the clip service.

/** `crypto.randomUUID()`, made when the clip is taken. */
const clipId = z.uuid();
/** An http(s) URL (a page, a text-fragment link). */
const httpLink = text(65_536).refine((s) => httpUrl(s) !== undefined, 'expected an http(s) URL');
/** lib/clips/make-draft MAX_QUOTE_CHARS. */
const quoteText = z
  .string()
  .max(20_000)
  .refine((s) => s.trim() !== '', 'expected text');
/** TextQuoteSelector prefix/suffix: ~32 UTF-16 units are sent; 64 leaves room for a surrogate pair. */
const quoteContext = z.string().max(64);
const clipNote = z.string().max(10_000);

const span = <T extends { start: number; end: number }>(v: T) => v.start < v.end;

const clipSelectors = z.tuple([
  z.object({
    type: z.literal('TextQuoteSelector'),
    exact: quoteText,
    prefix: quoteContext,
    suffix: quoteContext,
  }),
  z
    .object({ type: z.literal('TextPositionSelector'), start: count, end: count })
    .refine(span, { error: 'expected start < end', path: ['end'] }),
]);

const clipDraft = z
  .object({
    id: clipId,
    url: httpLink,
    title: z.string().max(2_000),
    quote: quoteText,
    selectors: clipSelectors,
    textFragment: httpLink,
    facts: pageFacts,
    mentions: list(clipMention, 2_000),
    note: clipNote.optional(),
    tags: list(text(64), 32).optional(),
  })
  .superRefine((draft, ctx) => {
    if (draft.selectors[0].exact !== draft.quote) {
      ctx.addIssue({ code: 'custom', path: ['selectors', 0, 'exact'], message: 'expected the quote' });
    }
    draft.mentions.forEach((mention, i) => {
      if (mention.end > draft.quote.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['mentions', i, 'end'],
          message: 'expected an offset in the quote',
        });
      }
    });
  });

// What a page says about the plan (issue 10): counts per item, shares per item, counts per agency.
const itemKey = z.string().regex(/^[1-9]\d{0,4}$/, 'expected an item number');
/** An object of at most `max` keys, refused before its entries are parsed (as `record` above). */
const fewKeys = (max: number) =>
  z.custom<object>(
    (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length <= max,
    { error: `expected an object of at most ${max} entries` },
  );
const itemWeights = fewKeys(1_000).pipe(z.record(itemKey, z.number().min(0).max(1e9)));
const agencyCounts = fewKeys(1_000).pipe(
  z.record(z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'expected an agency id'), count),
);
const tabId = z.number().int().min(0);

const anchorReport = z.object({
  id: clipId,
  status: z.enum(['found', 'moved', 'changed', 'missing']),
  current: z.string().max(20_000).optional(),
});

/** A window's blocks, not the page (lib/messages/window-limits). */
const windowTexts = z
  .array(z.string().max(MAX_WINDOW_UNITS))
  .max(MAX_WINDOW_TEXTS)
  .refine((texts) => texts.reduce((n, t) => n + t.length, 0) <= MAX_WINDOW_UNITS, {
    error: `expected at most ${MAX_WINDOW_UNITS} UTF-16 units of text in all`,
  });
const itemList = z.array(itemNo).max(10_000);
/** What a mention means (a Mention without its offsets), as the short-form memory keeps it. */
const meaning = z.object({
  kind: z.enum(['topic', 'agency', 'standard']),
  id: text(256),
  ids: z.array(text(256)).max(64).optional(),
  items: itemList,
  leadItems: itemList.optional(),
  partnerItems: itemList.optional(),
  designation: text(256).optional(),
  family: text(64).optional(),
  shortForm: z.literal(true).optional(),
});
/** lib/match/short-form-memory ShortFormMemoryData, bounded as the memory itself is. */
const shortFormMemory = z.object({
  known: z.array(z.tuple([text(1024), z.object({ written: text(1024), meaning })])).max(MAX_SHORT_FORMS),
  acronyms: z.array(z.tuple([text(256), z.enum(['ours', 'foreign'])])).max(1_000),
  china: z.boolean(),
  named: z.array(text(128)).max(5_000).optional(),
});

export const contentSchemas: Schemas<ContentToBackground> = {
  getMatcher: noPayload,
  getCard,
  getItem,
  getAgency,
  reportMentions: z.object({
    count,
    byKind: kindCounts.optional(),
    byItem: z.record(itemKey, count).optional(),
    itemWeight: itemWeights.optional(),
    byAgency: agencyCounts.optional(),
  }),
  // `url` is ignored: the background reads the sender's URL (issue 14).
  getPageState: z.object({ url: text(65_536).optional() }),
  saveClip: clipDraft,
  deleteClip: z.object({ id: clipId }),
  updateClipNote: z.object({ id: clipId, note: clipNote }),
  getPageClips: z.object({ url: httpLink }),
  loadClipUi: noPayload,
  reportAnchors: z.object({ reports: list(anchorReport, 1_000) }),
  toggleHighlights: noPayload,
  openPlanBrowser: z.object({
    hash: z.string().max(80).regex(PLAN_HASH, 'expected a plan view (#item-N …)'),
  }),
  loadCardUi: noPayload,
  // Bounded: a window's blocks, not the page (lib/messages/window-limits).
  scanWindow: z.object({ url: text(65_536).optional(), texts: windowTexts }),
  scanTexts: z.object({ texts: windowTexts, memory: shortFormMemory }),
  loadContentApp: noPayload,
};

/** An import file's text: its size in UTF-8 bytes is checked again when parsed (lib/clips/import). */
const importText = z.string().max(MAX_IMPORT_BYTES);
// The clip library (issue 11). Page messages come from the extension's own pages, but a restored clip
// is still checked as a whole, with the schema a backup's clips pass: both put a stored clip back.
const clipTags = list(text(64), 32);
const librarySchemas = {
  listClips: z.object({
    offset: z.number().int().min(0).max(1e7),
    limit: z.number().int().min(1).max(2_000),
  }),
  updateClip: z.object({ id: clipId, note: clipNote.optional(), tags: clipTags.optional() }),
  deleteClips: z.object({ ids: list(clipId, 100_000) }),
  restoreClips: z.object({ clips: list(storedClip, 100_000) }),
  getLibraryKnowledge: noPayload,
} satisfies Partial<Schemas<PageToBackground>>;

// Imported plans (issue 12): the text is screened and parsed again by the service (lib/plan/import);
// this bounds what it is handed.
const planText = z.string().max(MAX_PLAN_CHARS);
/** `action-plan-2024-2025`, `imported-<uuid>`. */
const planId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/, 'expected a plan id');

export const pageSchemas: Schemas<PageToBackground> = {
  ...librarySchemas,
  getSiteState: z.object({ origin }),
  setSiteEnabled: z.object({ origin, enabled: z.boolean() }),
  setPaused: z.object({ paused: z.boolean() }),
  listSites: noPayload,
  setDefaultSiteEnabled: z.object({ domain: z.enum(DEFAULT_SITE_DOMAINS), enabled: z.boolean() }),
  removeSite: z.object({ origin }),
  getSettings: noPayload,
  updateSettings: z.object({ ui: uiPrefsPatchSchema }),
  getTabSummary: z.object({ tabId, lang: lang.optional() }),
  showItemInTab: z.object({ tabId, no: itemNo }),
  setHighlightsHidden: z.object({ tabId, hidden: z.boolean() }),
  getCard,
  getItem,
  getAgency,
  getBackup: noPayload,
  previewImport: z.object({ text: importText }),
  applyImport: z.object({
    text: importText,
    mode: z.enum(['merge', 'replace']),
    skipRejected: z.boolean().optional(),
  }),
  // The reader's own terms (issue 12): bounded here, judged by lib/kb/user-term-validate.
  listUserTerms: z.object({ lang: lang.optional() }),
  addUserTerm: z.object({
    term: z.string().max(1_000),
    aliases: list(z.string().max(1_000), 100),
    items: list(itemNo, 10_000),
    lang: lang.optional(),
  }),
  removeUserTerm: z.object({ id: text(64) }),
  annotateText: z.object({ text: text(MAX_ANNOTATE_CHARS), lang }),
  getPlanBrowser: z.preprocess((v) => v ?? {}, z.object({ planId: planId.optional() })),
  previewPlanImport: z.object({ text: planText }),
  importPlan: z.object({ text: planText, name: z.string().trim().min(1).max(MAX_PLAN_NAME) }),
  listPlans: noPayload,
  deletePlan: z.object({ id: planId }),
  getClipCountsByItem: noPayload,
};

/** `ref.kind: Invalid option …; lang: …` — short enough for a console line. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ');
}
