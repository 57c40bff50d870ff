import { foldForParse } from './to-hans';
import type { PlanParseError, Section } from './types';

/**
 * First pass: lines → sections and items with their body paragraphs. Accepted layouts:
 *
 *   two levels (the bundled plan)        one level                    no sections
 *   一、加强标准化与科技创新互动         一、标题。正文……〔…〕         (一)标题
 *   (一)强化关键技术领域标准攻关          二、标题。正文……〔…〕         正文……〔…〕
 *   正文……〔…〕
 *
 * A one-level heading (a section heading with text after its first 。) becomes a section *and* its
 * single item, labelled `一、`, so every item still has a section and plan browsers need no special case.
 * Items before any section go into an implicit section with an empty label. An item heading may carry
 * its text inline — `(一)标题。正文……` — as many State Council documents write it.
 */

export interface Paragraph {
  text: string;
  line: number;
}

export interface RawItem {
  label: string;
  title: string;
  section: number;
  line: number;
  paragraphs: Paragraph[];
}

export interface Outline {
  /** A short first line without 。 (the document's own title), or ''. */
  title: string;
  preamble: string;
  sections: Section[];
  items: RawItem[];
}

const NUMERAL = '[一二三四五六七八九十百零〇两]+';
const SECTION_RE = new RegExp(`^(${NUMERAL})、`);
const ITEM_RE = new RegExp(`^\\((${NUMERAL})\\)`);
const EXPECT_HEADING = 'an item heading like (一) or a section heading like 一、';

export function scanOutline(text: string): Outline | PlanParseError {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const outline: Outline = { title: '', preamble: '', sections: [], items: [] };
  const preamble: string[] = [];
  let firstTextLine = 0;
  let lastSectionLine = 0;
  let current: RawItem | undefined;

  for (let index = 0; index < lines.length; index++) {
    const lineNo = index + 1;
    const { original, folded } = trimmed(lines[index]!);
    if (!original) continue;
    firstTextLine ||= lineNo;

    const section = SECTION_RE.exec(folded);
    const item = section ? null : ITEM_RE.exec(folded);
    if (section) {
      const label = section[1]!;
      const { title, body } = splitTitle(original, folded, section[0].length);
      if (!title) return error(lineNo, `a title after ${label}、`, original);
      const no = outline.sections.length + 1;
      outline.sections.push({ no, label, title });
      lastSectionLine = lineNo;
      current = undefined;
      if (body) {
        current = {
          label: `${label}、`,
          title,
          section: no,
          line: lineNo,
          paragraphs: [{ text: body, line: lineNo }],
        };
        outline.items.push(current);
      }
    } else if (item) {
      const label = `(${item[1]!})`;
      const { title, body } = splitTitle(original, folded, item[0].length);
      if (!title) return error(lineNo, `a title after ${label}`, original);
      if (!outline.sections.length) outline.sections.push({ no: 1, label: '', title: '' });
      const section = outline.sections.length;
      const paragraphs = body ? [{ text: body, line: lineNo }] : [];
      current = { label, title, section, line: lineNo, paragraphs };
      outline.items.push(current);
    } else if (current) {
      current.paragraphs.push({ text: original, line: lineNo });
    } else if (outline.sections.length) {
      return error(lineNo, EXPECT_HEADING, original);
    } else if (lineNo === firstTextLine && !folded.includes('。') && folded.length <= 100) {
      outline.title = original;
    } else {
      preamble.push(original);
    }
  }

  outline.preamble = preamble.join('\n');
  if (!outline.items.length) {
    if (lastSectionLine) {
      return error(
        lastSectionLine,
        'items under the section: (一)标题 lines, or 一、标题。正文 on one line',
        '',
      );
    }
    return firstTextLine
      ? error(
          firstTextLine,
          'a section heading like 一、 or an item heading like (一)',
          lines[firstTextLine - 1]!,
        )
      : error(1, 'plan text (sections 一、 with items (一)), but the document is empty', '');
  }
  for (const raw of outline.items) {
    if (!raw.paragraphs.length) return error(raw.line, `the text of item ${raw.label} after its heading`, '');
  }
  return outline;
}

function trimmed(line: string): { original: string; folded: string } {
  const folded = foldForParse(line);
  const start = folded.length - folded.trimStart().length;
  const end = folded.trimEnd().length;
  return start >= end
    ? { original: '', folded: '' }
    : { original: line.slice(start, end), folded: folded.slice(start, end) };
}

/** `标题` or `标题。正文…`: the title ends at the first 。 when text follows it. */
function splitTitle(original: string, folded: string, from: number): { title: string; body: string | null } {
  const stop = folded.indexOf('。', from);
  const body = stop < 0 ? '' : folded.slice(stop + 1).trimStart();
  if (!body) return { title: original.slice(from, stop < 0 ? undefined : stop).trim(), body: null };
  // `folded` is trimmed at the end, so the body runs from length - body.length to the end.
  return { title: original.slice(from, stop).trim(), body: original.slice(folded.length - body.length) };
}

export function error(line: number, expected: string, found: string): PlanParseError {
  const shown = found.length > 30 ? `${found.slice(0, 30)}…` : found;
  return {
    line,
    expected,
    message: `line ${line}: expected ${expected}${shown ? `, found “${shown}”` : ''}`,
  };
}

export function isParseError(value: unknown): value is PlanParseError {
  return typeof value === 'object' && value !== null && 'expected' in value && 'line' in value;
}
