/**
 * Typed clients for the content script and the extension pages. They never throw: a failed delivery
 * (no background, extension reloaded under the content script) is `{ ok: false, error: unavailable }`.
 * The transport is a parameter (`sendToBackground` in lib/messages/transport), so components and the
 * content script can be tested with a fake.
 */
import { CONTENT_CHANNEL, CONTENT_TYPES, PAGE_CHANNEL, PAGE_TYPES } from './protocol';
import type {
  Channel,
  ContentToBackground,
  Envelope,
  NoPayload,
  PageToBackground,
  RequestOf,
  ResponseOf,
} from './protocol';
import { err, isResult, type Result } from './result';

export type Send = (message: Envelope) => Promise<unknown>;

/** A message whose request fields are all optional (`NoPayload`, `{ planId?: string }`) may omit it. */
export type Client<P> = {
  [K in keyof P]: NoPayload extends RequestOf<P, K>
    ? (payload?: RequestOf<P, K>) => Promise<Result<ResponseOf<P, K>>>
    : (payload: RequestOf<P, K>) => Promise<Result<ResponseOf<P, K>>>;
};

export type ContentClient = Client<ContentToBackground>;
export type PageClient = Client<PageToBackground>;

export interface ClientOptions {
  /**
   * Waits before asking again when a message that is safe to repeat was not delivered (a service
   * worker stopped while it was on its way: issue 14, faults). Empty: no retries.
   */
  retryDelaysMs?: readonly number[];
  /**
   * Asked after a failed delivery: whether the extension was reloaded or updated under this script
   * (its runtime is gone — Chrome then throws "Extension context invalidated", or has no
   * `chrome.runtime` left at all). True stops the retries; the content script tears itself down in it
   * (WXT's `ctx.isInvalid`).
   */
  isInvalidated?: () => boolean;
}

/**
 * Content messages that read, or write the same thing twice over, and so may be sent again when the
 * first attempt got no answer. Not `toggleHighlights` (twice is a no-op toggle) nor `openPlanBrowser`
 * (two tabs); `saveClip` retries on its own, with its clip id (entrypoints/clip-ui).
 */
const SAFE_TO_REPEAT: ReadonlySet<string> = new Set<keyof ContentToBackground>([
  'getMatcher',
  'getCard',
  'getItem',
  'getAgency',
  'getPageState',
  'scanWindow',
  'scanTexts',
  'getPageClips',
  'reportMentions',
  'reportAnchors',
]);

/** What the client answers once the extension is gone from under the script. */
export const CONTEXT_INVALIDATED = 'Extension context invalidated: the extension was reloaded or updated';

function createClient<P>(
  channel: Channel,
  types: readonly (keyof P & string)[],
  send: Send,
  { retryDelaysMs = [], isInvalidated = () => false }: ClientOptions = {},
): Client<P> {
  let gone = false;
  const attempt = async (type: string, payload: unknown): Promise<Result<unknown>> => {
    if (gone) return err('unavailable', CONTEXT_INVALIDATED);
    let response: unknown;
    try {
      response = await send({ channel, type, payload: payload ?? {} });
    } catch (error) {
      if ((gone = isInvalidated())) return err('unavailable', CONTEXT_INVALIDATED);
      return err('unavailable', error instanceof Error ? error.message : String(error));
    }
    if (response === undefined) return err('unavailable', `no answer to ${type}`);
    return isResult(response) ? response : err('bad-response', `${type}: the answer is not a Result`);
  };
  const call = async (type: string, payload: unknown): Promise<Result<unknown>> => {
    let result = await attempt(type, payload);
    if (!SAFE_TO_REPEAT.has(type)) return result;
    for (const delay of retryDelaysMs) {
      if (result.ok || result.error.code !== 'unavailable' || gone) break;
      await new Promise((resolve) => setTimeout(resolve, delay));
      result = await attempt(type, payload);
    }
    return result;
  };
  return Object.fromEntries(
    types.map((type) => [type, (payload?: unknown) => call(type, payload)]),
  ) as Client<P>;
}

/** The content script's delays (ms): a stopped service worker is usually back within the first. */
export const CONTENT_RETRY_DELAYS_MS = [150, 500, 1_500] as const;

export function createContentClient(send: Send, options?: ClientOptions): ContentClient {
  return createClient<ContentToBackground>(CONTENT_CHANNEL, CONTENT_TYPES, send, options);
}

export function createPageClient(send: Send): PageClient {
  return createClient<PageToBackground>(PAGE_CHANNEL, PAGE_TYPES, send);
}
