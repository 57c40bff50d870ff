/**
 * A content script's life in its isolated world (issue 15: what WXT's script context did, without
 * webextension-polyfill). It ends when a newer copy starts in the same world — injected again into the
 * frame, or by the extension updated under the page — or when its extension is gone, which a send that
 * failed reveals (lib/messages/client `isInvalidated`). A newer copy finds the older one through the
 * isolated world's global, which the page cannot reach: there is no event a page could send to switch
 * the extension off on itself (issue 14: WXT's "a newer copy started" event was one).
 *
 * Each script also counts itself in (`countStart`): the browser tests read how many started.
 */
const STARTS = Symbol.for('standards-lens/content-starts');
/**
 * The frame gate's own count (entrypoints/frame-gate.ts): it shares the isolated world with the
 * content script, and is no newer copy of it.
 */
export const GATE_STARTS = Symbol.for('standards-lens/frame-gate-starts');
/** The running copy's stop, kept in the isolated world's global. */
const STOP = Symbol.for('standards-lens/content-stop');

type Holder = { [key: symbol]: unknown };

/** Counts one more copy started in this isolated world; returns its number. */
export function countStart(global: object, key: symbol = STARTS): number {
  const holder = global as Holder;
  return (holder[key] = ((holder[key] as number | undefined) ?? 0) + 1);
}

export interface ScriptLife {
  /** Aborted when this copy's life ends. */
  signal: AbortSignal;
  /** Whether it has ended: checks that the extension is still there first. */
  ended(): boolean;
}

/** Starts this copy's life, ending the older copy's in the same world. */
export function startLife(global: object, alive: () => boolean): ScriptLife {
  const holder = global as Holder;
  const life = new AbortController();
  countStart(global);
  (holder[STOP] as (() => void) | undefined)?.();
  holder[STOP] = () => life.abort();
  return {
    signal: life.signal,
    ended: () => {
      if (!alive()) life.abort();
      return life.signal.aborted;
    },
  };
}
