/**
 * The content script's side of the one message the background sends it (BackgroundToContent): the
 * context menu's 保存摘录 / Save clip and the `save-clip` command ask the frame to save its selection.
 * Checked like every message — our own extension, outside any tab (the background), a known type — and
 * answered as a Result; anything else is not ours and left to other listeners (`undefined`).
 */
import { BACKGROUND_CHANNEL, type BackgroundToContent, type ResponseOf } from './protocol';
import { err, ok, type Result } from './result';

export type BackgroundRequestHandlers = {
  [K in keyof BackgroundToContent]: () => Promise<ResponseOf<BackgroundToContent, K>>;
};

interface Sender {
  id?: string;
  tab?: unknown;
}

export function createBackgroundRequestListener(runtimeId: string, handlers: BackgroundRequestHandlers) {
  return (message: unknown, sender: Sender): Promise<Result<unknown>> | undefined => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { channel, type } = message as Record<string, unknown>;
    if (channel !== BACKGROUND_CHANNEL) return undefined;
    // Only the background: other extensions, and our own content scripts in tabs, may not ask.
    if (sender.id !== runtimeId || sender.tab !== undefined) {
      return Promise.resolve(err('forbidden', 'background requests come from the background only'));
    }
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
      return Promise.resolve(err('unknown-type', 'unknown background request'));
    }
    return handlers[type as keyof BackgroundToContent]().then(ok);
  };
}
