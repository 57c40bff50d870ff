/**
 * What the clip tests read: the database through an extension page (the `clips` store of the
 * `standards-lens` IndexedDB in the extension's origin — DESIGN.md contract), the toast through the
 * accessibility tree (its shadow root is closed: page scripts, and so `page.evaluate`, cannot read it),
 * the `standards-lens-clip` highlight, and a selection made like a user's.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Clip } from '../../lib/clips/types';
import type { ExtensionSession } from './extension';
import { textsUnder } from './page-probes';

/** An extension page kept open for database reads and CDP service-worker control. */
export async function openExtensionPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/clips.html`);
  return page;
}

export async function readClips(extPage: Page): Promise<Clip[]> {
  return extPage.evaluate(
    () =>
      new Promise<Clip[]>((resolve, reject) => {
        const open = indexedDB.open('standards-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('clips')) {
            db.close();
            return reject(new Error('no clips store'));
          }
          const all = db.transaction('clips').objectStore('clips').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Clip[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Polls the database until `check` holds for its clips. */
export async function waitForClips(
  extPage: Page,
  check: (clips: Clip[]) => boolean,
  timeout = 10_000,
): Promise<Clip[]> {
  const until = Date.now() + timeout;
  let clips: Clip[] = [];
  while (Date.now() < until) {
    clips = await readClips(extPage);
    if (check(clips)) return clips;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`clips never matched: ${JSON.stringify(clips).slice(0, 2000)}`);
}

interface FrameTree {
  frame: { id: string };
  childFrames?: FrameTree[];
}

interface AXNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/** The toast's texts as assistive technology reads them (CDP Accessibility.getFullAXTree), or null. */
export async function readToast(context: BrowserContext, page: Page, name: string): Promise<string[] | null> {
  const cdp = await context.newCDPSession(page);
  try {
    // Every frame's tree: a frame's own content script shows its toast in the frame.
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const frameIds: string[] = [];
    const walk = (t: FrameTree) => (frameIds.push(t.frame.id), t.childFrames?.forEach(walk));
    walk(frameTree);
    const nodes: AXNode[] = [];
    for (const frameId of frameIds) {
      const tree = (await cdp.send('Accessibility.getFullAXTree', { frameId })) as { nodes: AXNode[] };
      nodes.push(...tree.nodes);
    }
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const toast = nodes.find(
      (n) => ['status', 'alert'].includes(n.role?.value ?? '') && n.name?.value === name,
    );
    if (!toast) return null;
    const texts: string[] = [];
    const stack = [...(toast.childIds ?? [])];
    while (stack.length) {
      const node = byId.get(stack.shift()!);
      if (!node) continue;
      if (node.name?.value && ['StaticText', 'button'].includes(node.role?.value ?? '')) {
        texts.push(node.name.value);
        if (node.role?.value === 'button') continue;
      }
      stack.unshift(...(node.childIds ?? []));
    }
    return texts;
  } finally {
    await cdp.detach();
  }
}

export async function waitForToast(
  context: BrowserContext,
  page: Page,
  name: string,
  text: string,
  timeout = 10_000,
): Promise<string[]> {
  const until = Date.now() + timeout;
  let last: string[] | null = null;
  while (Date.now() < until) {
    last = await readToast(context, page, name);
    if (last?.some((t) => t.includes(text))) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no toast saying ${text}: ${JSON.stringify(last)}`);
}

/** The texts painted under `standards-lens-clip`, in document order. */
export async function clipHighlightTexts(page: Page): Promise<string[]> {
  return (await textsUnder(page, ['standards-lens-clip']))['standards-lens-clip']!;
}

/**
 * Selects from the start of `from` to the end of `to` (each the first occurrence of a text in the
 * element matching its selector; `shadowHost` looks inside that element's open shadow root) with a real
 * mouse drag, as a reader does.
 */
export async function dragSelect(
  page: Page,
  from: { selector: string; text: string; shadowHost?: string },
  to: { selector: string; text: string; shadowHost?: string },
): Promise<void> {
  const edge = (spec: typeof from, atEnd: boolean) =>
    page.evaluate(
      ({ spec, atEnd }) => {
        const scope: ParentNode = spec.shadowHost
          ? document.querySelector(spec.shadowHost)!.shadowRoot!
          : document;
        const root = scope.querySelector(spec.selector)!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let full = '';
        const nodes: { node: Text; start: number }[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n as Text, start: full.length });
          full += (n as Text).data;
        }
        const at = full.indexOf(spec.text);
        if (at < 0) throw new Error(`${spec.text} not in ${spec.selector}`);
        const offset = atEnd ? at + spec.text.length - 1 : at;
        const entry = [...nodes].reverse().find((e) => e.start <= offset)!;
        const range = document.createRange();
        range.setStart(entry.node, offset - entry.start);
        range.setEnd(entry.node, offset - entry.start + 1);
        const r = range.getBoundingClientRect();
        // The outer edge of the first / last character.
        return { x: atEnd ? r.right - 1 : r.left + 1, y: r.top + r.height / 2 };
      },
      { spec, atEnd },
    );
  const a = await edge(from, false);
  const b = await edge(to, true);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await page.mouse.move(b.x, b.y, { steps: 4 });
  await page.mouse.up();
}

/** Clicks, with the real mouse, the button named `name` that the accessibility tree shows (shadow roots included). */
export async function clickAxButton(context: BrowserContext, page: Page, name: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: (AXNode & { backendDOMNodeId?: number })[];
    };
    const button = nodes.find((n) => n.role?.value === 'button' && n.name?.value === name);
    if (!button?.backendDOMNodeId) throw new Error(`no button named ${name}`);
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendDOMNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
  } finally {
    await cdp.detach();
  }
}

/**
 * The extension's service worker as it runs now: a test that stopped it (CDP) made the old handle
 * dead. A page message wakes it; Playwright then reports the new worker.
 */
export async function liveWorker(session: ExtensionSession, extPage: Page): Promise<Worker> {
  const ours = () =>
    session.context
      .serviceWorkers()
      .filter((w) => w.url().startsWith(`chrome-extension://${session.extensionId}/`));
  const waiting = ours().length ? undefined : session.context.waitForEvent('serviceworker');
  await extPage.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({
      channel: 'standards-lens/page-to-background',
      type: 'getSettings',
      payload: {},
    }),
  );
  await waiting;
  return ours().at(-1)!;
}
