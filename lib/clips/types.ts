/**
 * What a clip is (DESIGN.md, Data model → Clip; W3C Web Annotation selectors). Pure types shared by the
 * content script (which takes and anchors clips), the background (which stores them) and the pages.
 */
import type { MentionKind } from '../match/types';

/**
 * **contract** (DESIGN.md): how a stored clip relates to the page as it is now. `unchecked` until the
 * page was visited again with the extension running.
 * - `found`: the same text at the same place;
 * - `moved`: the same text elsewhere on the page;
 * - `changed`: only an approximate match — `current` holds the text there now;
 * - `missing`: nothing close enough (an orphan: kept, never deleted).
 */
export type ClipStatus = 'found' | 'moved' | 'changed' | 'missing' | 'unchecked';

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to ~32 UTF-16 units of page text before `exact` ('' at the start of the page). */
  prefix: string;
  suffix: string;
}

/** https://www.w3.org/TR/annotation-model/#text-position-selector — offsets into the collected text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type ClipSelectors = [TextQuoteSelector, TextPositionSelector];

/** A mention inside the quote, as the page's own scan found it (never re-derived). */
export interface ClipMention {
  kind: MentionKind;
  id: string;
  items: number[];
  /** UTF-16 offsets into `quote`. */
  start: number;
  end: number;
  /** Standards: the normalized designation and family. */
  designation?: string;
  family?: string;
}

/**
 * Government page facts read when the clip is taken (lib/dom/page-facts): what a citation needs.
 * Dates are ISO `YYYY-MM-DD` when they could be read as dates, else the page's text verbatim.
 */
export interface PageFacts {
  /** Best title: info table 标题 › meta ArticleTitle › citation_title › og:title › dc.title › <title>. */
  title?: string;
  /** 发文机关 › meta ContentSource › citation_publisher › dc.publisher. */
  publisher?: string;
  /**
   * 发文字号 (info table; brackets normalized to 〔〕 when it has the 〔year〕 shape, else verbatim — e.g. an
   * announcement's 2024年第5号) › the first document number in the page's first ~20k characters of text
   * (lib/clips/doc-number: 国办发〔2024〕12号).
   */
  docNumber?: string;
  /** 成文日期. */
  writtenDate?: string;
  /** 发布日期 › meta PubDate › citation_publication_date / citation_date › dc.date / dcterms.date. */
  publishedDate?: string;
  /** 索引号 */
  indexNo?: string;
  /** 主题分类 */
  subject?: string;
  /** meta Keywords › info 主题词, split into a list (lib/clips/info-labels splitKeywords). */
  keywords?: string[];
  /** The recognized `<meta>` fields as written (name lower-cased → content). */
  meta: Record<string, string>;
  /** The info table's label → value (labels in Simplified script, without colons or spaces). */
  info: Record<string, string>;
}

/** What the content script sends to save: everything it knows about the passage and the page. */
export interface ClipDraft {
  /** A UUID made when the clip is taken: saving again with the same id never makes a second clip. */
  id: string;
  url: string;
  title: string;
  quote: string;
  selectors: ClipSelectors;
  /** The page URL with `#:~:text=…` (a text-fragment link). */
  textFragment: string;
  facts: PageFacts;
  mentions: ClipMention[];
  note?: string;
  tags?: string[];
}

/** A stored clip (table `clips`, schema version 2). */
export interface Clip extends Omit<ClipDraft, 'note' | 'tags'> {
  created: number;
  updated: number;
  /** No fragment, no tracking parameters (lib/clips/normalize-url): the key to a page's clips. */
  normalizedUrl: string;
  /** The page's hostname. */
  site: string;
  note: string;
  tags: string[];
  status: ClipStatus;
  /** When the status was last decided on the page; null while `unchecked`. */
  checkedAt: number | null;
  /** The page's text where a `changed` clip now anchors. */
  current?: string;
}

/** One anchoring outcome, written back by the content script. */
export interface AnchorReport {
  id: string;
  status: Exclude<ClipStatus, 'unchecked'>;
  current?: string;
}
