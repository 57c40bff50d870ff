/**
 * Government page facts (PageFacts, lib/clips/types.ts), read from the document handed in when a
 * passage is clipped: the `<meta>` fields government CMSs write (《政府网站发展指引》 ArticleTitle, PubDate,
 * ContentSource…, plus og:, citation_ and Dublin Core) and the info table printed above the text
 * (info-table.ts).
 *
 * Work is bounded: at most `maxElements` elements are visited looking for the info table, and the
 * fallback search for a document number reads only the first `bodyChars` of text.
 */
import { findDocNumber } from '../clips/doc-number';
import { isoDate } from '../clips/fact-dates';
import { collapseSpaces, splitKeywords } from '../clips/info-labels';
import type { PageFacts } from '../clips/types';
import { readInfoTable } from './info-table';
import { BLOCKS, walkNodes, words } from './node-walk';

export interface PageFactsOptions {
  /** Elements of the body visited looking for the info block (it sits above the text). */
  maxElements?: number;
  /** Characters of body text searched for a document number when the info block has none. */
  bodyChars?: number;
}

/** Longest value kept for a meta field or an info cell. */
export const MAX_VALUE_LENGTH = 500;
const MAX_HEAD = 1000;

/** Recognized meta names (lower-cased): the 政府网站 set, Open Graph, Highwire (citation_) and Dublin Core. */
const META_NAMES =
  words(`articletitle pubdate contentsource keywords columnname sitename author og:title og:site_name
  citation_title citation_publisher citation_publication_date citation_date citation_online_date citation_author
  dc.title dc.date dc.publisher dc.creator dcterms.title dcterms.date dcterms.publisher dcterms.creator`);
/** Repeatable names, joined with "; ". */
const REPEATABLE = new Set(['citation_author', 'dc.creator', 'dcterms.creator']);

/** Cell contents that mean "none": not a value for the summary fields. */
const PLACEHOLDER = /^(?:无|暂无|空|[\s\-—–/／\\]*)$/;

function cap(s: string): string {
  return s.length > MAX_VALUE_LENGTH ? s.slice(0, MAX_VALUE_LENGTH) : s;
}

function readMeta(doc: Document): Record<string, string> {
  const meta: Record<string, string> = {};
  // Meta elements belong in the head; the head is small, so this never walks the page.
  let el = doc.head?.firstElementChild ?? null;
  for (let n = 0; el && n < MAX_HEAD; el = el.nextElementSibling, n++) {
    if (el.localName !== 'meta') continue;
    const name = (el.getAttribute('name') || el.getAttribute('property') || '').trim().toLowerCase();
    if (!META_NAMES.has(name)) continue;
    const content = cap(collapseSpaces(el.getAttribute('content') ?? ''));
    if (content === '') continue;
    const had = meta[name];
    if (had === undefined) meta[name] = content;
    else if (REPEATABLE.has(name) && !had.split('; ').includes(content))
      meta[name] = cap(`${had}; ${content}`);
  }
  return meta;
}

const BLOCK_BREAK = new Set([...BLOCKS, 'br']);

/** The first `max` characters of the body's text, blocks separated by a line break. */
function leadingText(body: Element, max: number): string {
  const parts: string[] = [];
  let length = 0;
  let nodes = 0;
  walkNodes(body, (node) => {
    if (length >= max || ++nodes > max * 4) return false;
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      length += (node as Text).data.length;
    } else if (node.nodeType === 1 && BLOCK_BREAK.has((node as Element).localName)) {
      parts.push('\n');
      length++;
    }
    return true;
  });
  return parts.join('').slice(0, max);
}

/** The head's <title> (Document.title would search the whole document when the head has none). */
function headTitle(doc: Document): string | undefined {
  for (let el = doc.head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (el.localName === 'title') return cap(collapseSpaces(el.textContent ?? '')) || undefined;
  }
  return undefined;
}

function usable(v: string | undefined): v is string {
  return v !== undefined && !PLACEHOLDER.test(v);
}

function firstOf(...values: (string | undefined)[]): string | undefined {
  return values.find(usable);
}

function asDate(v: string | undefined): string | undefined {
  return v === undefined ? undefined : (isoDate(v) ?? v);
}

/** Reads the page's facts. Never throws: whatever could be read before odd markup stopped it is kept. */
export function readPageFacts(doc: Document, options: PageFactsOptions = {}): PageFacts {
  const { maxElements = 1500, bodyChars = 20_000 } = options;
  let meta: Record<string, string> = {};
  let info: Record<string, string> = {};
  let bodyDocNumber: string | undefined;
  try {
    meta = readMeta(doc);
  } catch {
    // Keep what the info table gives.
  }
  const body = doc.body as Element | null;
  try {
    if (body) info = readInfoTable(body, { maxElements, maxValueLength: MAX_VALUE_LENGTH });
  } catch {
    // Keep the meta fields.
  }
  try {
    if (body && !usable(info['发文字号'])) bodyDocNumber = findDocNumber(leadingText(body, bodyChars));
  } catch {
    // No document number.
  }

  const infoDocNumber = info['发文字号'];
  const keywordText = firstOf(meta['keywords'], info['主题词']);
  const keywords = keywordText === undefined ? [] : splitKeywords(keywordText);
  const facts: PageFacts = {
    title: firstOf(
      info['标题'],
      meta['articletitle'],
      meta['citation_title'],
      meta['og:title'],
      meta['dc.title'],
      meta['dcterms.title'],
      headTitle(doc),
    ),
    publisher: firstOf(
      info['发文机关'],
      meta['contentsource'],
      meta['citation_publisher'],
      meta['dc.publisher'],
      meta['dcterms.publisher'],
    ),
    docNumber: usable(infoDocNumber) ? (findDocNumber(infoDocNumber) ?? infoDocNumber) : bodyDocNumber,
    writtenDate: asDate(firstOf(info['成文日期'])),
    publishedDate: asDate(
      firstOf(
        info['发布日期'],
        meta['pubdate'],
        meta['citation_publication_date'],
        meta['citation_date'],
        meta['dc.date'],
        meta['dcterms.date'],
      ),
    ),
    indexNo: firstOf(info['索引号']),
    subject: firstOf(info['主题分类']),
    keywords: keywords.length > 0 ? keywords : undefined,
    meta,
    info,
  };
  // Absent facts are absent keys, not `undefined` ones: the object is stored and compared as JSON.
  for (const key of Object.keys(facts) as (keyof PageFacts)[]) {
    if (facts[key] === undefined) delete facts[key];
  }
  return facts;
}
