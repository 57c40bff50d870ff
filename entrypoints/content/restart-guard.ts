/**
 * WXT tells an older copy of this content script that a newer one started with a CustomEvent on
 * `document` (`<extension id>:content:wxt:content-script-started`), and the older copy then stops. A
 * page can send that same event — the extension id is no secret — and so switch the extension off on
 * itself (issue 14: measured; every highlight gone, no card). This stops the event at the window,
 * before WXT's listener on the document, unless a newer copy really started in this isolated world (it
 * counts itself in before WXT sends the event), or this copy's extension is gone (updated, reloaded).
 */
const STARTS = Symbol.for('standards-lens/content-starts');
/**
 * The frame gate's own count (entrypoints/frame-gate.ts): it shares the isolated world with the
 * content script, and counted in the content script's count it would pass for a newer copy of it.
 */
export const GATE_STARTS = Symbol.for('standards-lens/frame-gate-starts');

type Holder = { [key: symbol]: number | undefined };

/** Counts one more copy started in this isolated world (before WXT announces it); returns its number. */
export function countStart(global: object, key: symbol = STARTS): number {
  const holder = global as Holder;
  return (holder[key] = (holder[key] ?? 0) + 1);
}

export function guardRestart(deps: {
  view: Window;
  /** The event WXT sends (`ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE`). */
  eventName: string;
  /** This copy's number (countStart). */
  mine: number;
  global: object;
  /** Whether this copy's extension is still there (`browser.runtime.id`). */
  alive: () => boolean;
  signal: AbortSignal;
  /** Whose count (countStart's `key`). */
  key?: symbol;
}): void {
  const { view, eventName, mine, global, alive, signal, key = STARTS } = deps;
  view.addEventListener(
    eventName,
    (e) => {
      const newer = ((global as Holder)[key] ?? 0) > mine;
      if (newer || !alive()) return;
      e.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
