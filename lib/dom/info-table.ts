/**
 * The info table government pages print above the text (索引号, 发文机关, 发文字号, 成文日期…), read as
 * label → value for the page facts (page-facts.ts).
 *
 * The block is found in one walk over the first elements of the body. Its units are the innermost
 * block elements (td, th, li, p, dt, dd, div): a unit is a label cell (`索 引 号：`, value in the next
 * unit — layout A tables, dt/dd), one or more "label：value" pairs in its own text, or a label in a
 * leading `<b>`/`<span>`/`<strong>` followed by the value (layout B). Consecutive pair units form a
 * run; a few other units in a row, or a long text, end it. The first run holding at least two
 * recognized labels is the info block — so prose with a colon, or one "来源：" byline, is never taken.
 *
 * The walk is bounded (at most `maxElements` elements, each unit's text read up to a cap) because it
 * runs in the page at clip time, and pages can be huge or pathological: the table, when there is one,
 * sits near the top.
 */
import {
  collapseSpaces,
  isRecognizedLabel,
  labelOfCell,
  splitLabeledPairs,
  type LabeledPair,
} from '../clips/info-labels';
import { BLOCKS, SKIP, walkNodes, words } from './node-walk';

export interface InfoTableLimits {
  /** Elements of the body visited looking for the block. */
  maxElements: number;
  /** Longest value kept; longer ones are cut. */
  maxValueLength: number;
}

/** A unit's text is read up to this; longer is prose, not a cell. */
const MAX_UNIT_TEXT = 600;
const MAX_UNIT_NODES = 300;
/** Non-pair units tolerated inside a run (decorations, a "打印" link). */
const MAX_GAP = 3;

const UNITS = words('td th li p dt dd div');
const LABEL_TAGS = words('b strong span label em font i');

/** The next element after `el`'s subtree, inside `root`. */
function nextOutside(el: Element, root: Element): Element | null {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    if (e.nextElementSibling) return e.nextElementSibling;
  }
  return null;
}

function isUnit(el: Element): boolean {
  if (!UNITS.has(el.localName)) return false;
  const kids = el.children;
  if (kids.length > 64) return false;
  for (let i = 0; i < kids.length; i++) {
    const name = (kids[i] as Element).localName;
    if (BLOCKS.has(name)) return false;
  }
  return true;
}

/** The text of `el`, `<br>` as a space, script and the like skipped, read up to `max` characters. */
function boundedText(el: Element, max: number, maxNodes: number): { text: string; complete: boolean } {
  let text = '';
  let nodes = 0;
  let complete = true;
  walkNodes(el, (node) => {
    if (++nodes > maxNodes || text.length > max) return (complete = false);
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1 && (node as Element).localName === 'br') text += ' ';
    return true;
  });
  if (text.length > max) complete = false;
  return { text: text.slice(0, max), complete };
}

/** `<li><b>发文机关</b>工业和信息化部</li>`: a label element first, then the value. */
function leadingLabelPair(el: Element, text: string): LabeledPair | undefined {
  let first: Node | null = el.firstChild;
  while (first && first.nodeType === 3 && (first as Text).data.trim() === '') first = first.nextSibling;
  if (!first || first.nodeType !== 1 || !LABEL_TAGS.has((first as Element).localName)) return undefined;
  const labelText = boundedText(first as Element, 40, 20).text.trim();
  const label = labelOfCell(labelText);
  const trimmed = text.trim();
  if (!label || !trimmed.startsWith(labelText)) return undefined;
  return { label, value: collapseSpaces(trimmed.slice(labelText.length)) };
}

interface Run {
  pairs: LabeledPair[];
  labels: Set<string>;
  gap: number;
}

/** The first run of label/value units with at least two recognized labels, as label → value ({} if none). */
export function readInfoTable(body: Element, limits: InfoTableLimits): Record<string, string> {
  const { maxElements, maxValueLength } = limits;
  let run: Run = { pairs: [], labels: new Set(), gap: 0 };
  let pending: string | undefined;
  const accepted = () => [...run.labels].filter(isRecognizedLabel).length >= 2;
  const add = (label: string, value: string) => {
    run.pairs.push({ label, value: value.length > maxValueLength ? value.slice(0, maxValueLength) : value });
    run.labels.add(label);
    run.gap = 0;
  };
  const endRun = () => {
    if (pending !== undefined) add(pending, '');
    pending = undefined;
    if (accepted()) return true;
    run = { pairs: [], labels: new Set(), gap: 0 };
    return false;
  };

  let visited = 0;
  let el: Element | null = body.firstElementChild;
  while (el && visited++ < maxElements) {
    if (SKIP.has(el.localName) || el.hasAttribute('hidden')) {
      el = nextOutside(el, body);
      continue;
    }
    if (!isUnit(el)) {
      el = el.firstElementChild ?? nextOutside(el, body);
      continue;
    }
    const unit = el;
    el = nextOutside(unit, body);
    const { text: raw, complete } = boundedText(unit, MAX_UNIT_TEXT, MAX_UNIT_NODES);
    const text = collapseSpaces(raw);
    if (!complete) {
      if (endRun()) break;
      continue;
    }
    const label = labelOfCell(text, true);
    if (pending !== undefined) {
      const value = pending;
      pending = undefined;
      if (label === undefined) {
        add(value, text);
        continue;
      }
      add(value, '');
    }
    if (text === '') continue;
    if (label !== undefined) {
      pending = label;
      continue;
    }
    const split = splitLabeledPairs(text);
    const leading = split.length === 0 ? leadingLabelPair(unit, raw) : undefined;
    const pairs = leading ? [leading] : split;
    if (pairs.length > 0) {
      for (const p of pairs) add(p.label, p.value);
      continue;
    }
    if (run.pairs.length > 0 && ++run.gap > MAX_GAP && endRun()) break;
  }
  if (!endRun()) return {};

  const info: Record<string, string> = {};
  for (const { label, value } of run.pairs) {
    if (value !== '' && info[label] === undefined) info[label] = value;
  }
  return info;
}
