/**
 * The background's single entry for messages: one table of handlers per protocol, and before any
 * handler runs, the envelope, the sender and the payload are checked. Unknown types and malformed
 * payloads are answered as data (`{ ok: false, error }`), thrown errors become `internal`.
 */
import type { ZodType } from 'zod';
import { CONTENT_CHANNEL, PAGE_CHANNEL } from './protocol';
import type { ContentToBackground, PageToBackground, RequestOf, ResponseOf } from './protocol';
import { err, type Result } from './result';
import { contentSchemas, describeIssues, pageSchemas } from './schemas';

/** The fields of `runtime.MessageSender` the checks read. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface RuntimeIdentity {
  /** `runtime.id` */
  id: string;
  /** `runtime.getURL('/')`: every extension page's URL starts with it. */
  baseUrl: string;
}

/** A content-script message comes from a frame of a tab. */
export interface ContentContext {
  sender: MessageSender;
  tabId: number;
  frameId: number;
}

export interface PageContext {
  sender: MessageSender;
}

export type Handlers<P, C> = {
  [K in keyof P]: (
    payload: RequestOf<P, K>,
    ctx: C,
  ) => Result<ResponseOf<P, K>> | Promise<Result<ResponseOf<P, K>>>;
};

/** The handler table (STYLE.md: handlers in one table), per direction. */
export interface HandlerTable {
  content: Handlers<ContentToBackground, ContentContext>;
  page: Handlers<PageToBackground, PageContext>;
}

type InboundChannel = typeof CONTENT_CHANNEL | typeof PAGE_CHANNEL;

export type Route = (message: unknown, sender: MessageSender) => Promise<Result<unknown>>;

interface Lane<C> {
  schemas: Record<string, ZodType<unknown, unknown>>;
  handlers: Record<string, (payload: unknown, ctx: C) => Result<unknown> | Promise<Result<unknown>>>;
  /** The context when the sender may use this protocol, else a reason. */
  admit(sender: MessageSender): C | string;
}

export function createMessageRouter(
  table: HandlerTable,
  runtime: RuntimeIdentity,
  onError: (error: unknown) => void = () => {},
): Route {
  const fromOwnExtension = (sender: MessageSender) => sender.id === runtime.id;
  const content: Lane<ContentContext> = {
    schemas: contentSchemas as Lane<ContentContext>['schemas'],
    handlers: table.content as Lane<ContentContext>['handlers'],
    admit(sender) {
      const tabId = sender.tab?.id;
      if (!fromOwnExtension(sender)) return 'content messages must come from this extension';
      // TAB_ID_NONE is -1: a message from outside any tab.
      if (typeof tabId !== 'number' || tabId < 0) return 'content messages must come from a tab';
      return { sender, tabId, frameId: sender.frameId ?? 0 };
    },
  };
  const page: Lane<PageContext> = {
    schemas: pageSchemas as Lane<PageContext>['schemas'],
    handlers: table.page as Lane<PageContext>['handlers'],
    admit(sender) {
      if (!fromOwnExtension(sender) || !sender.url?.startsWith(runtime.baseUrl)) {
        return "page messages must come from the extension's own pages";
      }
      return { sender };
    },
  };
  // The background's own channel to content scripts (BACKGROUND_CHANNEL) has no lane here: it never
  // receives on it.
  const lanes: Record<InboundChannel, Lane<ContentContext> | Lane<PageContext>> = {
    [CONTENT_CHANNEL]: content,
    [PAGE_CHANNEL]: page,
  };

  async function dispatch<C>(lane: Lane<C>, type: string, payload: unknown, sender: MessageSender) {
    const ctx = lane.admit(sender);
    if (typeof ctx === 'string') return err('forbidden', ctx);
    // Own keys only: `toString` or `__proto__` are not message types.
    if (!Object.hasOwn(lane.schemas, type) || !Object.hasOwn(lane.handlers, type)) {
      return err('unknown-type', `unknown message type: ${type.slice(0, 64)}`);
    }
    const parsed = lane.schemas[type]!.safeParse(payload);
    if (!parsed.success) return err('bad-request', `${type}: ${describeIssues(parsed.error)}`);
    try {
      return await lane.handlers[type]!(parsed.data, ctx);
    } catch (error) {
      onError(error);
      return err('internal', `${type}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return async (message, sender) => {
    if (typeof message !== 'object' || message === null)
      return err('bad-request', 'expected a message object');
    const { channel, type, payload } = message as Record<string, unknown>;
    if (typeof channel !== 'string' || !Object.hasOwn(lanes, channel)) {
      return err('bad-request', 'unknown message channel');
    }
    if (typeof type !== 'string') return err('bad-request', 'expected a message type');
    return dispatch(lanes[channel as InboundChannel] as Lane<unknown>, type, payload, sender);
  };
}

/**
 * Adapts a route to `runtime.onMessage`: answers through `sendResponse` and returns `true` to keep the
 * channel open, which works in Chrome with or without the polyfill and in Firefox.
 */
export function toRuntimeListener(route: Route) {
  return (message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void): true => {
    void route(message, sender).then(sendResponse);
    return true;
  };
}
