import { describe, expect, it } from 'vitest';
import { createContentAppLoader } from '../../lib/services/content-app-loader';

describe('content app loader (issue 15)', () => {
  it('injects into the asking frame only', async () => {
    const targets: unknown[] = [];
    const loader = createContentAppLoader(async (target) => void targets.push(target));
    expect(await loader.load(7, 3)).toEqual({ loaded: true });
    expect(targets).toEqual([{ tabId: 7, frameIds: [3] }]);
  });

  it('fails when the injection fails (the gate logs it; nothing is half loaded)', async () => {
    const loader = createContentAppLoader(async () => {
      throw new Error('Cannot access contents of the page');
    });
    await expect(loader.load(7, 3)).rejects.toThrow(/Cannot access/);
  });
});
