/**
 * The background's single entry for messages: one table of handlers per protocol, and before any
 * handler runs, the envelope, the sender and the payload are checked. Unknown types and malformed
 * payloads are answered as data (`{ ok: false, error }`), thrown errors become `internal`.
 */
import type { ZodType } from 'zod';
import { CONTENT_CHANNEL, PAGE_CHANNEL } from './protocol';
import type { ContentToBackground, PageState, PageToBackground, RequestOf, ResponseOf } from './protocol';
import { err, type Result } from './result';
import { contentSchemas, describeIssues, pageSchemas } from './schemas';
import { CONTENT_ACCESS, senderPageUrl } from './sender-access';
import { storageFailure } from './storage-errors';

/** The fields of `runtime.MessageSender` the checks read. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
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
  /**
   * The page the message comes from, as the browser reports it (lib/messages/sender-access): never a
   * URL from the payload. Undefined when the browser named none.
   */
  pageUrl?: string;
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
  /**
   * Whether the extension runs on a page (lib/services/site-service `pageState`), asked with the
   * sender's URL before a content message that needs an enabled page (`CONTENT_ACCESS`). Without it
   * those messages are refused.
   */
  pageState?: (url: string | undefined) => Promise<PageState>;
}

type InboundChannel = typeof CONTENT_CHANNEL | typeof PAGE_CHANNEL;

export type Route = (message: unknown, sender: MessageSender) => Promise<Result<unknown>>;

interface Lane<C> {
  schemas: Record<string, ZodType<unknown, unknown>>;
  handlers: Record<string, (payload: unknown, ctx: C) => Result<unknown> | Promise<Result<unknown>>>;
  /** The context when the sender may use this protocol, else a reason. */
  admit(sender: MessageSender): C | string;
  /** After validation: `undefined` when this sender may send `type`, else why not. */
  allow(type: string, ctx: C): Promise<string | undefined>;
}

export function createMessageRouter(
  table: HandlerTable,
  runtime: RuntimeIdentity,
  onError: (error: unknown) => void = () => {},
): Route {
  const fromOwnExtension = (sender: MessageSender) => sender.id === runtime.id;
  const isExtensionPage = (sender: MessageSender) =>
    typeof sender.url === 'string' && sender.url.startsWith(runtime.baseUrl);
  const content: Lane<ContentContext> = {
    schemas: contentSchemas as Lane<ContentContext>['schemas'],
    handlers: table.content as Lane<ContentContext>['handlers'],
    admit(sender) {
      const tabId = sender.tab?.id;
      if (!fromOwnExtension(sender)) return 'content messages must come from this extension';
      // TAB_ID_NONE is -1: a message from outside any tab.
      if (typeof tabId !== 'number' || tabId < 0) return 'content messages must come from a tab';
      // An extension page open in a tab has a tab too; it speaks the page protocol.
      if (isExtensionPage(sender)) return 'content messages must come from a content script';
      const frameId = typeof sender.frameId === 'number' ? sender.frameId : 0;
      return { sender, tabId, frameId, pageUrl: senderPageUrl(sender) };
    },
    async allow(type, { pageUrl }) {
      if (CONTENT_ACCESS[type as keyof ContentToBackground] !== 'enabled-page') return undefined;
      if (!table.pageState) return `${type}: no page policy in this background`;
      const state = await table.pageState(pageUrl);
      return state.enabled
        ? undefined
        : `${type}: the extension is off on the sender's page (${state.reason})`;
    },
  };
  const page: Lane<PageContext> = {
    schemas: pageSchemas as Lane<PageContext>['schemas'],
    handlers: table.page as Lane<PageContext>['handlers'],
    admit(sender) {
      if (!fromOwnExtension(sender) || !isExtensionPage(sender)) {
        return "page messages must come from the extension's own pages";
      }
      return { sender };
    },
    allow: async () => undefined,
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
      const refused = await lane.allow(type, ctx);
      if (refused !== undefined) return err('forbidden', refused);
      return await lane.handlers[type]!(parsed.data, ctx);
    } catch (error) {
      onError(error);
      return (
        storageFailure(type, error) ??
        err('internal', `${type}: ${error instanceof Error ? error.message : String(error)}`)
      );
    }
  }

  async function route(message: unknown, sender: MessageSender): Promise<Result<unknown>> {
    if (typeof message !== 'object' || message === null)
      return err('bad-request', 'expected a message object');
    const { channel, type, payload } = message as Record<string, unknown>;
    if (typeof channel !== 'string' || !Object.hasOwn(lanes, channel)) {
      return err('bad-request', 'unknown message channel');
    }
    if (typeof type !== 'string') return err('bad-request', 'expected a message type');
    return dispatch(lanes[channel as InboundChannel] as Lane<unknown>, type, payload, sender);
  }

  // Nothing escapes as a throw (a payload nested deep enough to exhaust the stack while validating,
  // say): every message is answered with a Result.
  return async (message, sender) => {
    try {
      return await route(message, sender);
    } catch (error) {
      onError(error);
      return err('internal', 'the message could not be handled');
    }
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
