import { describe, expect, it, vi } from 'vitest';
import { ensurePersistentStorage } from '../../lib/db/persist-storage';

describe('ensurePersistentStorage', () => {
  it.each([
    ['already persistent: not asked again', true, true, true, 0],
    ['evictable, browser grants (Firefox with unlimitedStorage)', false, true, true, 1],
    ['evictable, browser refuses', false, false, false, 1],
  ])('%s', async (_, persisted, grant, expected, asks) => {
    const storage = { persisted: vi.fn(async () => persisted), persist: vi.fn(async () => grant) };
    expect(await ensurePersistentStorage(storage)).toBe(expected);
    expect(storage.persist).toHaveBeenCalledTimes(asks);
  });

  it('is false where the API is missing', async () => {
    expect(await ensurePersistentStorage(undefined)).toBe(false);
  });
});
