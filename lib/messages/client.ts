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

function createClient<P>(channel: Channel, types: readonly (keyof P & string)[], send: Send): Client<P> {
  const call = async (type: string, payload: unknown): Promise<Result<unknown>> => {
    let response: unknown;
    try {
      response = await send({ channel, type, payload: payload ?? {} });
    } catch (error) {
      return err('unavailable', error instanceof Error ? error.message : String(error));
    }
    if (response === undefined) return err('unavailable', `no answer to ${type}`);
    return isResult(response) ? response : err('bad-response', `${type}: the answer is not a Result`);
  };
  return Object.fromEntries(
    types.map((type) => [type, (payload?: unknown) => call(type, payload)]),
  ) as Client<P>;
}

export function createContentClient(send: Send): ContentClient {
  return createClient<ContentToBackground>(CONTENT_CHANNEL, CONTENT_TYPES, send);
}

export function createPageClient(send: Send): PageClient {
  return createClient<PageToBackground>(PAGE_CHANNEL, PAGE_TYPES, send);
}
