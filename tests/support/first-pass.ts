/**
 * When the content script's first pass over a page is done, and what it counted. Every e2e test and
 * benchmark waits through here, so the signal it reads lives in one place.
 *
 * The content script keeps that record in its own isolated world (entrypoints/content/first-pass-record):
 * the page's scripts cannot see it (DESIGN.md: no page-visible signal). This reads it over CDP, by
 * evaluating in the extension's isolated world of the page's (or frame's) document.
 */
import type { FrameCost } from '../../entrypoints/content/frame-cost-record';
import type { CDPSession, Frame, Page } from 'playwright-core';

export interface FirstPassRecord {
  mentions: number;
  /** The frame's `performance.now()` when the pass was done. */
  at: number;
}

export interface ContextDescription {
  id: number;
  origin: string;
  auxData?: { frameId?: string; type?: string };
}

/** An execution context CDP reports that is the extension's isolated world in some frame. */
export const isExtensionWorld = (c: ContextDescription): boolean =>
  c.auxData?.type === 'isolated' && /^(chrome|moz)-extension:\/\//.test(c.origin);

interface FrameTree {
  frame: { id: string; url: string; urlFragment?: string; name?: string };
  childFrames?: FrameTree[];
}

const READ = `globalThis[Symbol.for('standards-lens/first-pass')] ?? null`;

/** A CDP session that holds `frame`: its own when it is out of process, else its page's. */
async function sessionFor(page: Page, frame: Frame): Promise<CDPSession> {
  if (frame !== page.mainFrame()) {
    try {
      return await page.context().newCDPSession(frame);
    } catch {
      // Same process as its parent: part of the page's session.
    }
  }
  return page.context().newCDPSession(page);
}

/** The CDP id of `frame` in `session`'s frame tree (its root, or the child with its URL and name). */
async function frameIdOf(session: CDPSession, frame: Frame, isRoot: boolean): Promise<string | undefined> {
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
  if (isRoot) return frameTree.frame.id;
  const url = frame.url();
  const name = frame.name();
  const walk = (tree: FrameTree): string | undefined => {
    const { frame: f } = tree;
    if (f.url + (f.urlFragment ?? '') === url || f.url === url) {
      if ((f.name ?? '') === name) return f.id;
    }
    for (const child of tree.childFrames ?? []) {
      const found = walk(child);
      if (found) return found;
    }
    return undefined;
  };
  for (const child of frameTree.childFrames ?? []) {
    const found = walk(child);
    if (found) return found;
  }
  return walk(frameTree);
}

/**
 * Polls `expression`, evaluated in the content script's isolated world of `target`, until
 * `until(value)` (by default: it is not null). A condition, not a sleep: it returns as soon as the
 * content script has written what is asked for.
 */
export async function isolatedValue<T>(
  target: Page | Frame,
  expression: string,
  {
    timeoutMs = 30_000,
    until = (value: T | null) => value !== null,
    what = 'the awaited record',
  }: { timeoutMs?: number; until?: (value: T | null) => boolean; what?: string } = {},
): Promise<T> {
  const frame = 'mainFrame' in target ? target.mainFrame() : target;
  const page = frame.page();
  const session = await sessionFor(page, frame);
  const contexts = new Map<number, ContextDescription>();
  session.on('Runtime.executionContextCreated', ({ context }) => {
    const c = context as ContextDescription;
    if (isExtensionWorld(c)) contexts.set(c.id, c);
  });
  session.on('Runtime.executionContextDestroyed', ({ executionContextId }) =>
    contexts.delete(executionContextId as number),
  );
  session.on('Runtime.executionContextsCleared', () => contexts.clear());
  try {
    await session.send('Runtime.enable');
    const isRoot = frame === page.mainFrame() || frame.parentFrame() === null;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // Looked up each round: the frame may still be loading, or have navigated.
      const frameId = await frameIdOf(session, frame, isRoot).catch(() => undefined);
      for (const c of contexts.values()) {
        if (c.auxData?.frameId !== frameId) continue;
        const answer = (await session
          .send('Runtime.evaluate', { contextId: c.id, expression, returnByValue: true })
          .catch(() => undefined)) as { result?: { value?: T | null } } | undefined;
        const value = answer?.result?.value ?? null;
        if (until(value)) return value as T;
      }
      if (Date.now() > deadline) throw new Error(`${frame.url()}: ${what} never came`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/**
 * Polls the content script's record in `target` until there is one: the first pass is done.
 */
export const firstPassRecord = (
  target: Page | Frame,
  { timeoutMs = 30_000 }: { timeoutMs?: number } = {},
): Promise<FirstPassRecord> =>
  isolatedValue<FirstPassRecord>(target, READ, {
    timeoutMs,
    what: "the content script's first pass (it never ended)",
  });

/** What the content script spent in a frame before it started: the record's own type. */
export type { FrameCost };

/** The frame's cost record, once `until` holds for it (by default: once there is one). */
export const frameCost = (
  target: Page | Frame,
  until: (cost: FrameCost) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<FrameCost> =>
  isolatedValue<FrameCost>(target, `globalThis[Symbol.for('standards-lens/frame-cost')] ?? null`, {
    timeoutMs,
    until: (cost) => cost !== null && until(cost),
    what: "the content script's frame-cost record",
  });

/** Until the content script's first pass over the page (or frame) is done. */
export const firstPassDone = async (target: Page | Frame): Promise<void> => {
  await firstPassRecord(target);
};

/** The mention count the content script reported for its first pass. */
export const firstPassMentions = async (page: Page): Promise<number> =>
  (await firstPassRecord(page)).mentions;
