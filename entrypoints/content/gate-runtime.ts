/**
 * The extension's own `runtime` for the frame gate (../frame-gate.ts), without webextension-polyfill:
 * Firefox's `browser.runtime` and Chromium's MV3 `chrome.runtime` both return a promise from
 * `sendMessage`. Read from the isolated world's globals, which the page cannot reach.
 */
export interface GateRuntime {
  /** Undefined once the extension is gone (updated, reloaded, removed). */
  readonly id: string | undefined;
  sendMessage(message: unknown): Promise<unknown>;
}

type Globals = { browser?: { runtime?: GateRuntime }; chrome?: { runtime?: GateRuntime } };

export function gateRuntime(global: object): GateRuntime | undefined {
  const g = global as Globals;
  return g.browser?.runtime ?? g.chrome?.runtime;
}
