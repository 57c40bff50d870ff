/**
 * The content script's life (entrypoints/content/script-life.ts; issue 14, issue 15): a newer copy in
 * the same isolated world ends the older one, the extension gone ends it, nothing a page can send
 * does, and the frame gate is no copy of it.
 */
import { describe, expect, it } from 'vitest';
import { countStart, GATE_STARTS, startLife } from '../../entrypoints/content/script-life';

const STARTS = Symbol.for('standards-lens/content-starts');

describe('script life', () => {
  it('ends when a newer copy starts in the same world, and only then', () => {
    const world = {};
    const older = startLife(world, () => true);
    expect(older.ended()).toBe(false);
    startLife({}, () => true); // another world (another frame, another extension)
    expect(older.signal.aborted).toBe(false);
    const newer = startLife(world, () => true);
    expect(older.signal.aborted).toBe(true);
    expect(older.ended()).toBe(true);
    expect(newer.ended()).toBe(false);
    expect((world as Record<symbol, number>)[STARTS]).toBe(2);
  });

  it('ends once its extension is gone (updated or reloaded), found when asked', () => {
    let alive = true;
    const life = startLife({}, () => alive);
    expect(life.ended()).toBe(false);
    alive = false;
    expect(life.signal.aborted).toBe(false); // nothing polls: a failed send asks
    expect(life.ended()).toBe(true);
    expect(life.signal.aborted).toBe(true);
  });

  it('is not ended by the frame gate starting in the same world (its own count)', () => {
    const world = {};
    const life = startLife(world, () => true);
    expect(countStart(world, GATE_STARTS)).toBe(1);
    expect(life.ended()).toBe(false);
    expect((world as Record<symbol, number>)[STARTS]).toBe(1);
  });

  it('is not ended by anything the page dispatches (WXT’s "newer copy started" event among them)', () => {
    const life = startLife({}, () => true);
    for (const target of [document, window])
      for (const name of ['ext-id:content:wxt:content-script-started', 'standards-lens-stop', 'abort'])
        target.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content' } }));
    window.postMessage({ type: 'ext-id:content:wxt:content-script-started' }, '*');
    expect(life.ended()).toBe(false);
  });
});
