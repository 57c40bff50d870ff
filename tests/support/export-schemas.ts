/**
 * Shape checks for the JSON exports, written from the formats' own definitions:
 * - CSL-JSON: the CSL 1.0.2 input schema (csl-data.json, citationstyles.org) as citeproc-js reads it —
 *   `id` and a known `type` required, names as family/given or literal, dates as `date-parts` (1–2
 *   ranges of 1–3 numbers), every other variable a string or number;
 * - W3C Web Annotation: the annotation-model's required keys for a collection, its page, each
 *   annotation, TextualBody and the two selectors.
 */
import { z } from 'zod';

const CSL_TYPES = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
] as const;

const cslName = z.union([
  z.strictObject({ literal: z.string().min(1) }),
  z.object({ family: z.string(), given: z.string().optional() }),
]);
const datePart = z.union([z.number().int(), z.string().regex(/^-?\d+$/)]);
const cslDate = z.strictObject({
  'date-parts': z.array(z.array(datePart).min(1).max(3)).min(1).max(2),
});
const variable = z.union([z.string(), z.number()]);

export const cslItemSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]),
    type: z.enum(CSL_TYPES),
    author: z.array(cslName).min(1).optional(),
    issued: cslDate.optional(),
    accessed: cslDate.optional(),
  })
  .catchall(variable);

export const cslDataSchema = z.array(cslItemSchema);

const quoteSelector = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
const positionSelector = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int(),
  })
  .refine((s) => s.end >= s.start, 'end before start');
const xsdDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

export const annotationSchema = z.strictObject({
  id: z.string().regex(/^urn:uuid:/),
  type: z.literal('Annotation'),
  motivation: z.enum(['commenting', 'highlighting']),
  created: xsdDateTime,
  modified: xsdDateTime,
  body: z
    .array(
      z.strictObject({
        type: z.literal('TextualBody'),
        value: z.string(),
        format: z.literal('text/plain'),
        purpose: z.enum(['commenting', 'tagging']),
      }),
    )
    .min(1)
    .optional(),
  target: z.strictObject({
    type: z.literal('SpecificResource'),
    source: z.string().min(1),
    selector: z.tuple([quoteSelector, positionSelector]),
  }),
});

export const collectionSchema = z.strictObject({
  '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
  id: z.string().min(1),
  type: z.literal('AnnotationCollection'),
  label: z.string(),
  total: z.number().int().min(0),
  first: z.strictObject({
    id: z.string(),
    type: z.literal('AnnotationPage'),
    startIndex: z.literal(0),
    items: z.array(annotationSchema),
  }),
});
