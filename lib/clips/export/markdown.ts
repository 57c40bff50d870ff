/**
 * Markdown of the clips grouped by plan item: a `##` heading per item (label + title, in item order),
 * every clip under each item its mentions concern (a clip about items 9 and 12 appears twice), clips
 * that concern no item in a last group. Each clip: its quote as a blockquote, the page as a
 * text-fragment link (opens the page scrolled to the passage), the note and tags. Ends with the pages
 * as a GB/T 7714 reference list; each clip points at its reference number.
 * Page text, notes and tags are escaped (markdown-escape.ts): a page cannot inject links or headings.
 */
import type { Clip } from '../types';
import { localDate } from './dates';
import { gbtMarkdownLines } from './gbt7714';
import { escapeInline, escapeMarkdown, mdLink } from './markdown-escape';
import { clipItems, itemHeading, type ExportNames } from './names';
import { groupByPage } from './pages';

export const MARKDOWN_MIME = 'text/markdown;charset=utf-8';

export interface MarkdownOptions {
  names?: ExportNames;
  now: Date;
}

function blockquote(text: string): string {
  return escapeMarkdown(text.trim())
    .split(/\r\n|\r|\n/)
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');
}

/** A tag as inline code: one line, no backtick that could close the span early. */
const codeSpan = (tag: string) => `\`${tag.replace(/\s+/g, ' ').replace(/`/g, "'")}\``;

function clipBlock(clip: Clip, ref: number): string {
  const parts = [blockquote(clip.quote)];
  const title = clip.facts?.title || clip.title || clip.url;
  parts.push(`— ${mdLink(title, clip.textFragment || clip.url)} \\[${ref}\\]`);
  if (clip.note.trim()) parts.push(escapeMarkdown(clip.note.trim()));
  if (clip.tags.length) parts.push(`标签 Tags: ${clip.tags.map(codeSpan).join(' ')}`);
  return parts.join('\n\n');
}

export function exportMarkdown(clips: readonly Clip[], { names = {}, now }: MarkdownOptions): string {
  const pages = groupByPage(clips);
  const refOf = new Map<string, number>();
  pages.forEach((p, i) => p.clips.forEach((c) => refOf.set(c.id, i + 1)));

  const byItem = new Map<number, Clip[]>();
  const none: Clip[] = [];
  for (const clip of clips) {
    const items = clipItems(clip);
    if (!items.length) none.push(clip);
    for (const no of items) byItem.set(no, [...(byItem.get(no) ?? []), clip]);
  }

  const out = [`# 标准透镜摘录 Standards Lens clips — ${localDate(now)}`];
  const section = (heading: string, group: Clip[]) => {
    out.push(`## ${heading}`);
    for (const clip of group) out.push(clipBlock(clip, refOf.get(clip.id) ?? 0));
  };
  for (const no of [...byItem.keys()].sort((a, b) => a - b))
    section(escapeInline(itemHeading(no, names)), byItem.get(no)!);
  if (none.length) section('未关联条目 Not linked to a plan item', none);
  if (pages.length) out.push('## 参考文献 References', ...gbtMarkdownLines(pages));
  return `${out.join('\n\n')}\n`;
}
