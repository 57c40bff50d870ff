import { describe, expect, it, vi } from 'vitest';
import { createBadgeService, type ActionAdapter } from '../../lib/services/badge-service';
import { badgeText } from '../../lib/services/badge-text';
import { createMemoryStore, createStorageAreaStore } from '../../lib/services/key-value-store';

function fakeAction() {
  const text = new Map<number | undefined, string>();
  const action: ActionAdapter = {
    setBadgeText: vi.fn(async ({ tabId, text: t }) => void text.set(tabId, t)),
    setBadgeBackgroundColor: vi.fn(async () => {}),
  };
  return { action, text };
}

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-3, ''],
    [Number.NaN, ''],
    [1, '1'],
    [12, '12'],
    [999, '999'],
    [1000, '1k+'],
    [1999, '1k+'],
    [12_345, '12k+'],
    [5_000_000, '99k+'],
  ])('%d → %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe('badge service', () => {
  it('shows the mention count of the tab, summed over its frames', async () => {
    const { action, text } = fakeAction();
    const badge = createBadgeService(action);
    expect(await badge.report(4, 0, { count: 12 })).toBe('12');
    expect(text.get(4)).toBe('12');
    expect(await badge.report(4, 3, { count: 990 })).toBe('1k+');
    expect(await badge.report(4, 3, { count: 5 })).toBe('17');
    expect(text.get(4)).toBe('17');
    expect(await badge.report(5, 0, { count: 0 })).toBe('');
    expect(text.get(5)).toBe('');
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 4, color: expect.any(String) });
  });

  it('sums counts by kind, item, weight and agency over the frames for the popup', async () => {
    const badge = createBadgeService(fakeAction().action);
    await badge.report(1, 0, {
      count: 3,
      byKind: { topic: 2, agency: 1, standard: 0 },
      byItem: { '9': 2, '12': 1 },
      itemWeight: { '9': 1.5, '12': 0.5 },
      byAgency: { samr: 1 },
    });
    await badge.report(1, 1, {
      count: 2,
      byKind: { topic: 1, agency: 0, standard: 1 },
      byItem: { '9': 1 },
      itemWeight: { '9': 1 },
    });
    expect(await badge.counts(1)).toEqual({
      count: 5,
      byKind: { topic: 3, agency: 1, standard: 1 },
      byItem: { '9': 3, '12': 1 },
      itemWeight: { '9': 2.5, '12': 0.5 },
      byAgency: { samr: 1 },
      frames: 2,
    });
    expect(await badge.framesWithItem(1, 9)).toEqual([0, 1]);
    expect(await badge.framesWithItem(1, 12)).toEqual([0]);
    expect(await badge.framesWithItem(1, 5)).toEqual([]);
    // A tab that never reported was never scanned: frames 0.
    expect(await badge.counts(2)).toEqual({
      count: 0,
      byKind: { topic: 0, agency: 0, standard: 0 },
      byItem: {},
      itemWeight: {},
      byAgency: {},
      frames: 0,
    });
  });

  it('is cleared when the tab navigates and forgotten when it closes', async () => {
    const { action, text } = fakeAction();
    const store = createMemoryStore();
    const badge = createBadgeService(action, store);
    await badge.report(4, 0, { count: 12 });
    await badge.clearTab(4);
    expect(text.get(4)).toBe('');
    expect((await badge.counts(4)).count).toBe(0);
    await badge.report(4, 0, { count: 2 });
    await badge.forgetTab(4);
    expect(await store.get('badge:4')).toBeUndefined();
  });

  it('keeps counts in the given store, so a restarted worker still knows them', async () => {
    const store = createMemoryStore();
    await createBadgeService(fakeAction().action, store).report(9, 0, { count: 7 });
    expect((await createBadgeService(fakeAction().action, store).counts(9)).count).toBe(7);
  });

  it('does not fail a report when the tab is already gone', async () => {
    const onError = vi.fn();
    const action: ActionAdapter = {
      setBadgeText: async () => Promise.reject(new Error('No tab with id: 4.')),
    };
    expect(await createBadgeService(action, undefined, { onError }).report(4, 0, { count: 1 })).toBe('1');
    expect(onError).toHaveBeenCalledOnce();
  });

  it('serializes concurrent frame reports', async () => {
    const badge = createBadgeService(fakeAction().action);
    await Promise.all(Array.from({ length: 20 }, (_, frame) => badge.report(1, frame, { count: 1 })));
    expect((await badge.counts(1)).count).toBe(20);
  });
});

describe('createStorageAreaStore', () => {
  it('adapts a storage area', async () => {
    const data: Record<string, unknown> = {};
    const store = createStorageAreaStore({
      get: async (key) => ({ [key]: data[key] }),
      set: async (items) => void Object.assign(data, items),
      remove: async (key) => void delete data[key],
    });
    await store.set('k', { a: 1 });
    expect(await store.get('k')).toEqual({ a: 1 });
    await store.remove('k');
    expect(await store.get('k')).toBeUndefined();
  });
});
