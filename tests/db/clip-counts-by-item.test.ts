/**
 * The plan browser's clip counts (issue 12): `getClipCountsByItem` counts, per plan item, the clips
 * whose mentions name it — each clip once per item however many of its mentions do, as the library's
 * `?item=N` filter counts it.
 */
import { describe, expect, it } from 'vitest';
import { makeClips } from '../../bench/clips-make';
import { clipItems, filterFromSearch } from '../../lib/clips/library/filters';
import { pageSchemas } from '../../lib/messages/schemas';
import { createClipLibraryService } from '../../lib/services/clip-library-service';
import { bundledKnowledge } from './bundled-knowledge';
import { freshDb } from './fresh-db';

function value<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`expected ok: ${JSON.stringify(result)}`);
  return result.value;
}

const service = (db = freshDb()) => ({
  db,
  library: createClipLibraryService(db, () => Promise.resolve(bundledKnowledge())),
});

describe('clip counts by item', () => {
  it('is empty for an empty library', async () => {
    expect(value(await service().library.countsByItem())).toEqual({ counts: {} });
  });

  it('counts each clip once per item its mentions name', async () => {
    const { db, library } = service();
    const [a, b, c] = makeClips(3);
    await db.clips.bulkAdd([
      {
        ...a!,
        mentions: [
          { kind: 'topic', id: 'carbon-footprint', items: [9], start: 0, end: 1 },
          { kind: 'topic', id: 'carbon-peaking-neutrality', items: [9, 12], start: 1, end: 2 },
        ],
      },
      { ...b!, mentions: [{ kind: 'agency', id: 'miit', items: [], start: 0, end: 1 }] },
      { ...c!, mentions: [{ kind: 'topic', id: '6g', items: [1], start: 0, end: 1 }] },
    ]);
    expect(value(await library.countsByItem())).toEqual({ counts: { 1: 1, 9: 1, 12: 1 } });
  });

  it('agrees with the library’s ?item=N filter on a generated library', async () => {
    const { db, library } = service();
    const clips = makeClips(400);
    await db.clips.bulkAdd(clips);
    const { counts } = value(await library.countsByItem());
    expect(Object.keys(counts).length).toBeGreaterThan(5);
    for (const no of new Set(clips.flatMap(clipItems))) {
      const { item } = filterFromSearch(`?item=${no}`);
      expect(counts[no], `item ${no}`).toBe(
        clips.filter((c) => clipItems(c).some((i) => item.includes(i))).length,
      );
    }
    expect(Object.values(counts).every((n) => n > 0)).toBe(true);
  });

  it('takes no arguments on the wire', () => {
    expect(pageSchemas.getClipCountsByItem.parse(undefined)).toEqual({});
    expect(pageSchemas.getClipCountsByItem.parse({ extra: 1 })).toEqual({});
  });
});
