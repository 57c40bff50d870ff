/**
 * What is inside an in-page host's **closed** shadow root, read over CDP (`DOM.getDocument` with
 * `pierce: true`): page scripts cannot see there, so XSS tests must look from outside the page.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface CdpNode {
  nodeType: number;
  nodeName: string;
  localName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

export interface ShadowContent {
  /** The root's mode as CDP reports it ('closed' for the extension's hosts). */
  mode: string;
  /** Every element inside, by local name. */
  elements: string[];
  /** Every attribute name on those elements. */
  attributes: string[];
  /** Every text node's data, in document order. */
  texts: string[];
}

/** The shadow root of the first `tag` element in the page (frames included), or null when none. */
export async function readClosedRoot(
  context: BrowserContext,
  page: Page,
  tag: string,
): Promise<ShadowContent | null> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (node: CdpNode): CdpNode | undefined => {
      if (node.localName === tag && node.shadowRoots?.length) return node;
      for (const next of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const hit = find(next);
        if (hit) return hit;
      }
      return node.contentDocument ? find(node.contentDocument) : undefined;
    };
    const host = find(root);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const out: ShadowContent = { mode: shadow.shadowRootType ?? '', elements: [], attributes: [], texts: [] };
    const walk = (node: CdpNode) => {
      if (node.nodeType === 1) {
        out.elements.push(node.localName);
        const attrs = node.attributes ?? [];
        for (let i = 0; i < attrs.length; i += 2) out.attributes.push(attrs[i]!);
      } else if (node.nodeType === 3) out.texts.push(node.nodeValue);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    for (const child of shadow.children ?? []) walk(child);
    return out;
  } finally {
    await cdp.detach();
  }
}
