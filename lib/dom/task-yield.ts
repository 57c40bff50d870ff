/**
 * A macrotask turn (MessageChannel: unclamped, unlike nested setTimeout). Not `scheduler.yield()`,
 * whose continuations run ahead of the page's own tasks and would starve them for the whole pass.
 */
export function createTaskYield(doc: Document): () => Promise<void> {
  const view = doc.defaultView;
  if (!view) return () => Promise.resolve();
  const channel = new view.MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
}
