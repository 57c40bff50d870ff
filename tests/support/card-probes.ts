/**
 * Reading the hover card from outside the page, as a page script cannot (its shadow root is closed):
 * through CDP — the accessibility tree for what it says, `DOM.getDocument({pierce: true})` for its
 * elements, `DOM.getBoxModel` / `DOM.getNodeForLocation` for where it is and what is really visible at
 * a point, `CSS.getComputedStyleForNode` for its colours. And the card's timing on the page's own
 * clock, through what the page can see by design: the `<standards-lens-card>` element.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  localName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export interface AxNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
  backendDOMNodeId?: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function withCdp<T>(
  context: BrowserContext,
  page: Page,
  use: (cdp: CDPSession) => Promise<T>,
): Promise<T> {
  const cdp = await context.newCDPSession(page);
  try {
    return await use(cdp);
  } finally {
    await cdp.detach();
  }
}

const attr = (n: DomNode, name: string) => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};

function* walk(n: DomNode): Generator<DomNode> {
  yield n;
  for (const s of n.shadowRoots ?? []) yield* walk(s);
  if (n.contentDocument) yield* walk(n.contentDocument);
  for (const c of n.children ?? []) yield* walk(c);
}

export interface CardDom {
  host: DomNode;
  dialog: DomNode;
  /** Every node of the card, its shadow tree included (backend ids). */
  nodes: Set<number>;
  /** The element holding a node: itself, or a text node's parent (backend ids). */
  elementOf: (backendNodeId: number) => number;
  /** The host is in the top document (not in a frame's). */
  inTopDocument: boolean;
}

/** The open card's elements, in whichever document of the page holds it; null when none is open. */
export async function cardDom(cdp: CDPSession): Promise<CardDom | null> {
  await cdp.send('DOM.enable');
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  for (const host of walk(root)) {
    if (host.localName !== 'standards-lens-card') continue;
    const nodes = new Set<number>();
    const parentOfText = new Map<number, number>();
    let dialog: DomNode | undefined;
    for (const n of walk(host)) {
      nodes.add(n.backendNodeId);
      for (const c of n.children ?? [])
        if (c.nodeType === 3) parentOfText.set(c.backendNodeId, n.backendNodeId);
      if (!dialog && attr(n, 'role') === 'dialog') dialog = n;
    }
    if (!dialog) continue;
    const elementOf = (id: number) => parentOfText.get(id) ?? id;
    return { host, dialog, nodes, elementOf, inTopDocument: !inFrame(root, host) };
  }
  return null;
}

function inFrame(root: DomNode, target: DomNode): boolean {
  for (const n of walk(root)) {
    if (n.contentDocument && [...walk(n.contentDocument)].includes(target)) return true;
  }
  return false;
}

export async function boxOf(cdp: CDPSession, backendNodeId: number): Promise<Box> {
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { border: number[] } };
  const xs = [model.border[0]!, model.border[2]!, model.border[4]!, model.border[6]!];
  const ys = [model.border[1]!, model.border[3]!, model.border[5]!, model.border[7]!];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * The backend id of the node really painted on top at a viewport point (frames and shadow trees
 * entered). `DOM.getNodeForLocation` takes document coordinates: the top page's scroll is added.
 */
export async function nodeAt(cdp: CDPSession, page: Page, x: number, y: number): Promise<number | undefined> {
  const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
  try {
    const { backendNodeId } = (await cdp.send('DOM.getNodeForLocation', {
      x: Math.round(x + scroll.x),
      y: Math.round(y + scroll.y),
      includeUserAgentShadowDOM: false,
      ignorePointerEventsNone: true,
    })) as { backendNodeId: number };
    return backendNodeId;
  } catch {
    return undefined; // nothing there (off-screen)
  }
}

/** The computed style of the card's dialog element. */
export async function cardStyle(cdp: CDPSession, names: readonly string[]): Promise<Record<string, string>> {
  const dom = await cardDom(cdp);
  if (!dom) throw new Error('no card open');
  await cdp.send('CSS.enable');
  const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', {
    nodeId: dom.dialog.nodeId,
  })) as {
    computedStyle: { name: string; value: string }[];
  };
  return Object.fromEntries(names.map((n) => [n, computedStyle.find((p) => p.name === n)?.value ?? '']));
}

/** Relative luminance (WCAG) of a computed `rgb(…)` / `rgba(…)` colour. */
export function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}

/** The card's nodes in the accessibility tree, in reading order (the dialog first). */
export async function cardAxNodes(cdp: CDPSession): Promise<AxNode[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const dialog = nodes.find((n) => n.role?.value === 'dialog');
  if (!dialog) return [];
  const out: AxNode[] = [];
  const stack = [dialog];
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    stack.push(...[...(n.childIds ?? [])].reverse().flatMap((id) => byId.get(id) ?? []));
  }
  return out;
}

export async function axButton(cdp: CDPSession, name: string | RegExp): Promise<AxNode | undefined> {
  const nodes = await cardAxNodes(cdp);
  return nodes.find(
    (n) =>
      n.role?.value === 'button' &&
      (typeof name === 'string' ? n.name?.value === name : name.test(n.name?.value ?? '')),
  );
}

/**
 * Whether an accessibility node of the card is really seen: the centre of its element (a text's
 * parent) is in the viewport, and what is painted on top there is that element — not scrolled out of
 * the card's body, not clipped by a frame, not under something else.
 */
export async function visibleAt(cdp: CDPSession, page: Page, node: AxNode): Promise<boolean> {
  const dom = await cardDom(cdp);
  if (!node.backendDOMNodeId || !dom) return false;
  const element = dom.elementOf(node.backendDOMNodeId);
  const box = await boxOf(cdp, element);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const { w, h } = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
  if (x < 0 || y < 0 || x > w || y > h) return false;
  const hit = await nodeAt(cdp, page, x, y);
  return hit === element || hit === node.backendDOMNodeId;
}

/**
 * Records, on the page's clock, each pointer move (its event `timeStamp`) and each moment the card
 * element becomes visible (it is added hidden and shown once placed). The element is page-visible by
 * design; nothing inside it is read.
 */
export async function recordCardTimes(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const t = (window.__cardTimes = { moves: [], shown: [] });
    document.addEventListener('pointermove', (e) => t.moves.push(e.timeStamp), true);
    const shown = new WeakMap(); // host → whether it was visible at the last look
    const look = (host) => {
      const visible = host.isConnected && host.style.visibility === 'visible';
      if (visible && !shown.get(host)) t.shown.push(performance.now());
      shown.set(host, visible);
    };
    const watched = new WeakSet();
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.localName !== 'standards-lens-card') continue;
          shown.set(n, false); // (re)added: hidden until placed
          look(n);
          if (watched.has(n)) continue;
          watched.add(n);
          new MutationObserver(() => look(n)).observe(n, { attributes: true, attributeFilter: ['style'] });
        }
      }
    }).observe(document.documentElement, { childList: true });
  })()`);
}

/** Clears what recordCardTimes() saw. */
export async function resetCardTimes(page: Page): Promise<void> {
  await page.evaluate(`(() => { window.__cardTimes.moves = []; window.__cardTimes.shown = []; })()`);
}

/** Milliseconds from the first pointer move to the card being shown, on the page's clock. */
export async function openDelay(page: Page): Promise<number | undefined> {
  return page.evaluate(`(() => {
    const t = window.__cardTimes;
    return t.moves.length && t.shown.length ? t.shown[0] - t.moves[0] : undefined;
  })()`) as Promise<number | undefined>;
}

/** Centre of the first occurrence of `text` in `selector` inside a frame, in the top page's viewport. */
export async function pointInFrame(page: Page, frameSelector: string, selector: string, text: string) {
  const frame = (await (await page.$(frameSelector))!.contentFrame())!;
  const inner = await frame.evaluate(
    ({ selector, text }) => {
      const el = document.querySelector(selector)!;
      const node = [...el.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes(text))!;
      const at = node.textContent!.indexOf(text);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { selector, text },
  );
  const origin = await page.evaluate((frameSelector) => {
    const f = document.querySelector(frameSelector)!;
    const box = f.getBoundingClientRect();
    const style = getComputedStyle(f);
    return {
      x: box.left + f.clientLeft + parseFloat(style.paddingLeft),
      y: box.top + f.clientTop + parseFloat(style.paddingTop),
      box: { x: box.left, y: box.top, width: box.width, height: box.height },
    };
  }, frameSelector);
  return { x: origin.x + inner.x, y: origin.y + inner.y, frame, frameBox: origin.box };
}
