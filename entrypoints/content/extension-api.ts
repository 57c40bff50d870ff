/**
 * The browser's own extension API for the content script and the frame gate, without
 * webextension-polyfill (issue 15: 9.6 kB every page evaluated): Firefox's `browser` and Chromium's
 * MV3 `chrome` both answer `runtime.sendMessage` with a promise. Read from the isolated world's
 * globals, which the page cannot reach.
 */

/**
 * A `runtime.onMessage` listener as both browsers call it natively: an answer given later goes through
 * `sendResponse`, announced by returning true (a returned promise is not understood everywhere).
 */
export type NativeListener = (
  message: unknown,
  sender: object,
  sendResponse: (answer: unknown) => void,
) => true | undefined;

export interface ExtensionApi {
  runtime: {
    /** Undefined once the extension is gone (updated, reloaded, removed). */
    readonly id: string | undefined;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: NativeListener): void;
      removeListener(listener: NativeListener): void;
    };
  };
  i18n: { getUILanguage(): string };
}

type Globals = { browser?: ExtensionApi; chrome?: ExtensionApi };

export function extensionApi(global: object): ExtensionApi | undefined {
  const g = global as Globals;
  return g.browser?.runtime ? g.browser : g.chrome?.runtime ? g.chrome : undefined;
}

/** A listener that answers with a promise (or not at all: undefined), as a native one. */
export function nativeListener(
  listener: (message: unknown, sender: object) => Promise<unknown> | undefined,
): NativeListener {
  return (message, sender, sendResponse) => {
    const answer = listener(message, sender);
    if (!answer) return undefined;
    void answer.then(sendResponse);
    return true;
  };
}
