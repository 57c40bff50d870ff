/**
 * The content script's side of the messages the background sends it (BackgroundToContent): the
 * context menu's 保存摘录 / Save clip and the `save-clip` command ask the frame to save its selection;
 * the popup, through the background, hides or shows the highlights and goes to a plan item. Checked
 * like every message — our own extension, outside any tab (the background), a known type, a payload of
 * the expected shape (checked by hand: zod stays out of the content script) — and answered as a
 * Result; anything else is not ours and left to other listeners (`undefined`).
 */
import {
  BACKGROUND_CHANNEL,
  type BackgroundToContent,
  type RequestOf,
  type PagePrefs,
  type ResponseOf,
} from './protocol';
import { err, ok, type Result } from './result';

export type BackgroundRequestHandlers = {
  [K in keyof BackgroundToContent]: (
    payload: RequestOf<BackgroundToContent, K>,
  ) => Promise<ResponseOf<BackgroundToContent, K>>;
};

interface Sender {
  id?: string;
  tab?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each type's payload, rebuilt from the fields it may have; undefined when it is malformed. */
const PAYLOADS: {
  [K in keyof BackgroundToContent]: (p: unknown) => RequestOf<BackgroundToContent, K> | undefined;
} = {
  saveSelection: () => ({}),
  showItem: (p) =>
    isObject(p) && Number.isInteger(p.no) && (p.no as number) >= 1 && (p.no as number) <= 10_000
      ? { no: p.no as number }
      : undefined,
  setHighlightsHidden: (p) =>
    isObject(p) && typeof p.hidden === 'boolean' ? { hidden: p.hidden } : undefined,
  // The fields of lib/settings/ui-prefs-schema a page applies, checked by hand.
  setUiPrefs: (p) => {
    const u = isObject(p) && isObject(p.ui) ? p.ui : {};
    const k = isObject(u.kinds) ? u.kinds : {};
    const kinds = { topic: k.topic, agency: k.agency, standard: k.standard, clip: k.clip };
    const { cardLang, hoverDelayMs: ms, cardTrigger } = u;
    return ['auto', 'zh-Hans', 'zh-Hant', 'en'].includes(cardLang as string) &&
      Number.isInteger(ms) &&
      (ms as number) >= 0 &&
      (ms as number) <= 10_000 &&
      (cardTrigger === 'hover' || cardTrigger === 'modifier') &&
      Object.values(kinds).every((v) => typeof v === 'boolean')
      ? { ui: { cardLang, hoverDelayMs: ms, cardTrigger, kinds } as PagePrefs }
      : undefined;
  },
};

export function createBackgroundRequestListener(runtimeId: string, handlers: BackgroundRequestHandlers) {
  return (message: unknown, sender: Sender): Promise<Result<unknown>> | undefined => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { channel, type, payload } = message as Record<string, unknown>;
    if (channel !== BACKGROUND_CHANNEL) return undefined;
    // Only the background: other extensions, and our own content scripts in tabs, may not ask.
    if (sender.id !== runtimeId || sender.tab !== undefined) {
      return Promise.resolve(err('forbidden', 'background requests come from the background only'));
    }
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type) || !Object.hasOwn(PAYLOADS, type)) {
      return Promise.resolve(err('unknown-type', 'unknown background request'));
    }
    const known = type as keyof BackgroundToContent;
    const checked = PAYLOADS[known](payload);
    if (checked === undefined) return Promise.resolve(err('bad-request', `${known}: malformed payload`));
    const handler = handlers[known] as (p: typeof checked) => Promise<unknown>;
    return handler(checked).then(ok);
  };
}
