/**
 * Citation formats cite pages, not passages: the clips of one page (same normalized URL) become one
 * reference, in the order the page first appears in the clip list. A later clip of the page fills in
 * facts the first one lacked (a page read again after a fix to the fact reader).
 */
import type { Clip } from '../types';
import { issuedDate } from './dates';

export interface PageRef {
  /** The first clip's id: a stable key for the reference. */
  id: string;
  url: string;
  title: string;
  site: string;
  publisher?: string;
  docNumber?: string;
  /** ISO date of publication (发布日期 › 成文日期), when the page gave one that reads as a date. */
  issued?: string;
  keywords: string[];
  /** The latest time a clip of the page was taken: the citation's access date. */
  accessed: number;
  clips: Clip[];
}

const clean = (s: string | undefined) => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

export function groupByPage(clips: readonly Clip[]): PageRef[] {
  const pages = new Map<string, PageRef>();
  for (const clip of clips) {
    const key = clip.normalizedUrl || clip.url;
    const f = clip.facts;
    let page = pages.get(key);
    if (!page) {
      page = {
        id: clip.id,
        url: clip.normalizedUrl || clip.url,
        title: '',
        site: clip.site,
        keywords: [],
        accessed: clip.created,
        clips: [],
      };
      pages.set(key, page);
    }
    page.clips.push(clip);
    page.title ||= clean(f?.title) ?? clean(clip.title) ?? '';
    page.publisher ??= clean(f?.publisher);
    page.docNumber ??= clean(f?.docNumber);
    page.issued ??= f ? issuedDate(f) : undefined;
    page.accessed = Math.max(page.accessed, clip.created);
    for (const k of f?.keywords ?? []) if (!page.keywords.includes(k)) page.keywords.push(k);
  }
  for (const page of pages.values()) page.title ||= page.url;
  return [...pages.values()];
}

/** Every tag of the page's clips, each once, in first-seen order. */
export function pageTags(page: PageRef): string[] {
  return [...new Set(page.clips.flatMap((c) => c.tags))];
}

/**
 * The bodies of a joint document: 发文机关 cells list them with 、，; or spaces between Chinese names
 * (`市场监管总局 工业和信息化部`). A space inside a Latin name is kept.
 */
export function splitBodies(publisher: string | undefined): string[] {
  if (!publisher) return [];
  return publisher
    .split(/[、，,；;]|(?<=[\u3400-\u9fff）)])\s+(?=[\u3400-\u9fff])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
