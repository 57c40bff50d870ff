/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) as JSON-LD: one
 * `AnnotationCollection` whose first (and only) embedded `AnnotationPage` holds every clip.
 *
 * Each clip is an `Annotation`:
 * - `id` `urn:uuid:<clip id>` (clip ids are UUIDs, so the id survives a round trip through import);
 * - `motivation` `commenting` when the clip has a note, else `highlighting` (§3.3.5, vocab);
 * - `body`: the note as a `TextualBody` with purpose `commenting`, each tag as a `TextualBody` with
 *   purpose `tagging` (§3.3.5 example 40) — Hypothesis reads tags the same way;
 * - `target`: a `SpecificResource` of the page URL with the `TextQuoteSelector` and
 *   `TextPositionSelector` taken with the clip (§4.2.4, §4.2.5), both as alternatives of one target;
 * - `created` / `modified` as xsd:dateTime (§3.3.1).
 * The page's facts and mentions are not part of the model; the extension's own backup carries them.
 */
import type { Clip } from '../types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const W3C_MIME = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';

export interface W3cTextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting' | 'tagging';
}

export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body?: W3cTextualBody[];
  target: {
    type: 'SpecificResource';
    source: string;
    selector: Clip['selectors'];
  };
}

export interface W3cCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

export function toW3cAnnotation(clip: Clip): W3cAnnotation {
  const body: W3cTextualBody[] = [];
  if (clip.note.trim())
    body.push({ type: 'TextualBody', value: clip.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of clip.tags)
    body.push({ type: 'TextualBody', value: tag, format: 'text/plain', purpose: 'tagging' });
  const [quote, position] = clip.selectors;
  return {
    id: `urn:uuid:${clip.id}`,
    type: 'Annotation',
    motivation: clip.note.trim() ? 'commenting' : 'highlighting',
    created: new Date(clip.created).toISOString(),
    modified: new Date(clip.updated).toISOString(),
    ...(body.length ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source: clip.normalizedUrl || clip.url,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}

/** The collection of `clips`, named for the export time (`now`). */
export function toW3cCollection(clips: readonly Clip[], now: Date): W3cCollection {
  const id = `urn:standards-lens:clips:${now.toISOString()}`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Standards Lens clips 标准透镜摘录',
    total: clips.length,
    first: { id: `${id}:page1`, type: 'AnnotationPage', startIndex: 0, items: clips.map(toW3cAnnotation) },
  };
}

export function exportW3c(clips: readonly Clip[], now: Date): string {
  return `${JSON.stringify(toW3cCollection(clips, now), null, 2)}\n`;
}
