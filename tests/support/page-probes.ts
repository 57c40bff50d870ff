import type { BrowserContext, Frame, Page } from 'playwright-core';
import { firstPassDone } from './first-pass';

export const KINDS = ['topic', 'agency', 'standard'] as const;
export type Kind = (typeof KINDS)[number];

/** The texts highlighted under each of `names`, in document order, read from the page's world. */
export async function textsUnder(
  target: Page | Frame,
  names: readonly string[],
): Promise<Record<string, string[]>> {
  return target.evaluate((names) => {
    const out: Record<string, string[]> = {};
    for (const name of names) {
      const h = CSS.highlights.get(name);
      const ranges = h ? (Array.from(h as unknown as Iterable<AbstractRange>) as AbstractRange[]) : [];
      out[name] = ranges
        .map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return { range, text: range.toString() };
        })
        // Ranges in different trees (a shadow root and the document) have no order: keep theirs.
        .sort((a, b) => {
          try {
            return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
          } catch {
            return 0;
          }
        })
        .map((x) => x.text);
    }
    return out;
  }, names as string[]);
}

/** Appends a paragraph `id` holding `text` to the page's body: a change the page makes itself. */
export async function appendParagraph(target: Page | Frame, id: string, text: string): Promise<void> {
  await target.evaluate(
    ([id, text]) => {
      const p = document.createElement('p');
      p.id = id;
      p.textContent = text;
      document.body.append(p);
    },
    [id, text] as const,
  );
}

/** The texts highlighted as topics inside the element `id`, sorted. */
export function topicsInside(target: Page | Frame, id: string): Promise<string[]> {
  return target.evaluate((id) => {
    const inside = document.getElementById(id)!;
    return Array.from((CSS.highlights.get('standards-lens-topic') ?? []) as Iterable<AbstractRange>)
      .filter((r) => inside.contains(r.startContainer))
      .map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset))
      .sort();
  }, id);
}

/** The texts highlighted under each contract name of a mention kind, in document order. */
export async function highlightedTexts(target: Page | Frame): Promise<Record<Kind, string[]>> {
  const byName = await textsUnder(
    target,
    KINDS.map((kind) => `standards-lens-${kind}`),
  );
  return Object.fromEntries(KINDS.map((kind) => [kind, byName[`standards-lens-${kind}`]!])) as Record<
    Kind,
    string[]
  >;
}

/**
 * Waits for the content script's first pass, then until the highlights stop changing (painting may
 * trail the pass by a task or two). `firstPass: false` where the first-pass record cannot be read
 * (Firefox: no CDP), so only the highlights settling and `minTotal` say it is done.
 */
export async function settledHighlights(
  target: Page | Frame,
  minTotal = 1,
  { firstPass = true }: { firstPass?: boolean } = {},
): Promise<Record<Kind, string[]>> {
  if (firstPass) await firstPassDone(target);
  let last = '';
  for (let i = 0; i < 100; i++) {
    const now = await highlightedTexts(target);
    const key = JSON.stringify(now);
    const total = KINDS.reduce((n, k) => n + now[k].length, 0);
    if (key === last && total >= minTotal) return now;
    last = key;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`highlights did not settle: ${last}`);
}

/** Centre of the n-th occurrence of `text` in the element matching `selector`. */
export async function pointOf(page: Page, selector: string, text: string, nth = 0) {
  return page.evaluate(
    ({ selector, text, nth }) => {
      const root = document.querySelector(selector)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let full = '';
      const nodes: { node: Text; start: number }[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: full.length });
        full += (n as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= nth; i++) at = full.indexOf(text, at + 1);
      if (at < 0) throw new Error(`${text} not in ${selector}`);
      const locate = (offset: number) => {
        const entry = [...nodes].reverse().find((e) => e.start <= offset)!;
        return [entry.node, offset - entry.start] as const;
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + 1));
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { selector, text, nth },
  );
}

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

export interface CardView {
  name: string;
  /** Names of every node inside the dialog (buttons, headings, static text …). */
  texts: string[];
}

/** The open card as assistive technology sees it (CDP Accessibility.getFullAXTree), or null. */
export async function readCard(context: BrowserContext, page: Page): Promise<CardView | null> {
  const cdp = await context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const dialog = nodes.find((n) => n.role?.value === 'dialog');
    if (!dialog) return null;
    // Depth-first, in reading order; only nodes that carry text themselves (static text, buttons,
    // links), not containers whose name repeats their children's.
    const texts: string[] = [];
    const stack = [...(dialog.childIds ?? [])].reverse();
    while (stack.length) {
      const node = byId.get(stack.pop()!);
      if (!node) continue;
      const role = node.role?.value ?? '';
      if (node.name?.value && ['StaticText', 'button', 'link', 'heading'].includes(role)) {
        texts.push(node.name.value);
        if (role !== 'StaticText') continue; // its text children would repeat the name
      }
      stack.push(...[...(node.childIds ?? [])].reverse());
    }
    return { name: dialog.name?.value ?? '', texts };
  } finally {
    await cdp.detach();
  }
}

export async function waitForCard(context: BrowserContext, page: Page, timeout = 5000): Promise<CardView> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const card = await readCard(context, page);
    if (card) return card;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no card opened');
}

export async function waitForNoCard(context: BrowserContext, page: Page, timeout = 5000): Promise<void> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (!(await readCard(context, page))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the card stayed open');
}
