import { afterEach, describe, expect, it } from 'vitest';
import { countStart, GATE_STARTS, guardRestart } from '../../entrypoints/content/restart-guard';

const NAME = 'ext-id:content:wxt:content-script-started';
const controllers: AbortController[] = [];
afterEach(() => controllers.splice(0).forEach((c) => c.abort()));

/** A copy of the content script counted in `global`, guarded, and whether WXT's listener heard the event. */
function copy(global: object, alive = () => true) {
  const controller = new AbortController();
  controllers.push(controller);
  guardRestart({
    view: window,
    eventName: NAME,
    mine: countStart(global),
    global,
    alive,
    signal: controller.signal,
  });
}

function send(): boolean {
  let heard = false;
  const wxt = () => (heard = true);
  document.addEventListener(NAME, wxt);
  document.dispatchEvent(new CustomEvent(NAME, { detail: { contentScriptName: 'content', messageId: 'x' } }));
  document.removeEventListener(NAME, wxt);
  return heard;
}

describe('the "newer copy started" event (issue 14)', () => {
  it('is stopped when the page sends it: no newer copy, the extension alive', () => {
    copy({});
    expect(send()).toBe(false);
  });

  it('goes through once a newer copy started in the same world', () => {
    const world = {};
    copy(world);
    countStart(world); // the newer copy counts itself in before WXT announces it
    expect(send()).toBe(true);
  });

  it('is still stopped when the frame gate started in the same world (issue 15: its own count)', () => {
    const world = {};
    copy(world);
    countStart(world, GATE_STARTS);
    expect(send()).toBe(false);
  });

  it('goes through when this copy’s extension is gone (updated or reloaded)', () => {
    copy({}, () => false);
    expect(send()).toBe(true);
  });
});
