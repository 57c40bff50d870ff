/**
 * Page text inside Markdown must stay text (CommonMark 0.31, §2.4 backslash escapes: any ASCII
 * punctuation may be escaped). Escaped everywhere: the characters that open inline constructs —
 * `\ ` * _ [ ] < > | ~ &` and `!` (image) — plus, at the start of a line, what opens a block: `#`
 * (heading), `+ - =` (list, setext underline, thematic break), `>` and a number followed by `.` or `)`
 * (ordered list). Line breaks are kept by the callers that want them (blockquotes) and flattened
 * elsewhere.
 */
const INLINE = /[\\`*_[\]<>|~&!]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, (c) => `\\${c}`)
    .replace(/^(\s*)([#+\-=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** One-line Markdown text (headings, list entries, link text); a trailing `#` would close a heading. */
export function escapeInline(text: string): string {
  const escaped = escapeMarkdown(text.replace(/\s+/g, ' ').trim());
  // `#` is escaped unless an odd run of backslashes (an escape) stands before it.
  return escaped.replace(/(\\*)#$/, (m, slashes: string) => (slashes.length % 2 ? m : `${slashes}\\#`));
}

/**
 * A link destination in angle brackets (CommonMark §6.3: may contain spaces and parentheses, not `<`,
 * `>` or line breaks — those are percent-encoded, which leaves the URL the same resource).
 */
export function linkDestination(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

export function mdLink(text: string, url: string): string {
  return `[${escapeInline(text)}](${linkDestination(url)})`;
}
