/**
 * The text around a standard designation as the title reader (lib/match/standard-title.ts) wants it:
 * the code's block, with the table cells before it when the code has a cell of its own, and the page
 * text that follows the block — cells joined by `\t`, rows and other blocks by `\n` — so a title in the
 * next cell (序号 | 标准编号 | 标准名称 …), after a `<br>` or on the next row of a detail table is read.
 * Source whitespace is collapsed as the browser renders it (a title wrapped in the HTML source reads
 * as one line). Everything is bounded: a few hundred characters and nodes, whatever the page's size.
 */
import { TITLE_REACH, textAround, type TextAround } from '../match/standard-title-window';
import { isBlockElement, isSkippedElement, type TextBlock } from './collect-text';

/** Characters of context gathered before and after the block: the title reader looks no further. */
const REACH = TITLE_REACH;
/** Nodes visited after the block at most (a page of empty inline elements must not cost a walk). */
const MAX_NODES = 400;
/** A code cell holds the code, perhaps a number: longer cells are layout, not a list's row. */
const MAX_CODE_CELL = 64;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const isCell = (node: Node | null): node is Element =>
  node?.nodeType === ELEMENT_NODE && ['td', 'th'].includes((node as Element).localName);

/** HTML's collapsible whitespace (not nbsp or the ideographic space, which render as they are). */
const isHtmlSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/** Appends `data` to `out` with source whitespace collapsed to single spaces. */
function appendCollapsed(out: string, data: string): string {
  for (const c of data) {
    if (!isHtmlSpace(c)) out += c;
    else if (out !== '' && !isHtmlSpace(out[out.length - 1]!)) out += ' ';
  }
  return out;
}

/** The block's text collapsed as rendered, with the mention's offsets moved along. */
function collapsedBlock(text: string, start: number, end: number) {
  let out = '';
  let s = 0;
  let e = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === start) s = out.length;
    if (i === end) e = out.length;
    if (i === text.length) break;
    const c = text[i]!;
    if (!isHtmlSpace(c)) out += c;
    else if (out[out.length - 1] !== ' ') out += ' ';
  }
  return { text: out, start: s, end: e };
}

/**
 * The two cells before the code's own cell, each followed by `\t`, or '' (the reader takes a title
 * from the previous cell unless a code stands in the one before it).
 */
function cellsBefore(block: TextBlock): string {
  if (!isCell(block.container) || block.text.trim().length > MAX_CODE_CELL) return '';
  let out = '';
  let cell: Element | null = block.container;
  for (let n = 0; n < 2; n++) {
    cell = cell.previousElementSibling;
    if (!isCell(cell)) break;
    out = appendCollapsed('', (cell.textContent ?? '').slice(-REACH)).trim() + '\t' + out;
  }
  return out;
}

/** Page text after the block's last text node, with cell and line separators. */
function textAfter(block: TextBlock): string {
  const last = block.nodes[block.nodes.length - 1];
  if (!last) return '';
  let out = '';
  const separate = (sep: '\t' | '\n', strong: boolean) => {
    while (out.endsWith(' ')) out = out.slice(0, -1);
    const tail = out[out.length - 1];
    if (tail === '\t' || tail === '\n') {
      if (strong) out = out.slice(0, -1) + sep;
    } else out += sep;
  };
  const leave = (el: Node) => {
    if (el.nodeType !== ELEMENT_NODE || isSkippedElement(el as Element)) return;
    if (isCell(el)) separate('\t', true);
    else if ((el as Element).localName === 'tr') separate('\n', true);
    else if (isBlockElement(el as Element)) separate('\n', false);
  };
  let node: Node | null = last;
  for (let visited = 0; node && visited < MAX_NODES && out.length < REACH; visited++) {
    // Leave the node (and the ancestors it ends), then enter the next one.
    const skipped: boolean = node.nodeType === ELEMENT_NODE && isSkippedElement(node as Element);
    let next: Node | null = node === last || skipped ? null : node.firstChild;
    for (let up: Node | null = node; !next && up; up = up.parentNode) {
      leave(up);
      next = up.nextSibling;
    }
    if (!next) break;
    node = next;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      const tail = out[out.length - 1];
      // After a separator, leading source whitespace is not text.
      out = appendCollapsed(out, tail === '\t' || tail === '\n' ? data.trimStart() : data);
    } else if (node.nodeType === ELEMENT_NODE && !isSkippedElement(node as Element)) {
      if (isBlockElement(node as Element) && !isCell(node)) separate('\n', false);
    }
  }
  return out.slice(0, REACH);
}

/**
 * The page text around the designation at `[start, end)` of the block's text, within the title
 * reader's reach, with whitespace collapsed as the page shows it — what the card's builder reads the
 * standard's title from (lib/match/standard-title.ts).
 */
export function standardTextAround(block: TextBlock, start: number, end: number): TextAround | undefined {
  const before = cellsBefore(block);
  // A long paragraph is cut first (wide enough that collapsing its whitespace leaves the reach).
  const lo = Math.max(0, start - 4 * REACH);
  const cut = Math.min(block.text.length, end + 4 * REACH);
  const own = collapsedBlock(block.text.slice(lo, cut), start - lo, end - lo);
  const text = before + own.text + (cut === block.text.length ? textAfter(block) : '');
  return textAround(text, before.length + own.start, before.length + own.end);
}
