import { describe, expect, it } from 'vitest';
import { makeClips } from '../../bench/clips-make';
import { pageSchemas } from '../../lib/messages/schemas';
import { createClipLibraryService } from '../../lib/services/clip-library-service';
import { bundledKnowledge } from './bundled-knowledge';
import { freshDb } from './fresh-db';

function value<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`expected ok: ${JSON.stringify(result)}`);
  return result.value;
}

async function setup(n = 50) {
  const db = freshDb();
  const clips = makeClips(n);
  await db.clips.bulkAdd(clips);
  const library = createClipLibraryService(db, () => Promise.resolve(bundledKnowledge()), {
    now: () => 42,
  });
  return { db, clips, library };
}

describe('clip library service', () => {
  it('lists every clip newest first, paged', async () => {
    const { clips, library } = await setup(50);
    const first = value(await library.list(0, 20));
    const rest = value(await library.list(20, 2_000));
    expect(first.total).toBe(50);
    const newestFirst = [...clips].sort((a, b) => b.created - a.created).map((c) => c.id);
    expect([...first.clips, ...rest.clips].map((c) => c.id)).toEqual(newestFirst);
  });

  it('edits note and tags in place (tags trimmed, deduplicated)', async () => {
    const { db, clips, library } = await setup(3);
    const id = clips[1]!.id;
    const edited = value(await library.update(id, { tags: [' 重点 ', '重点', '', 'b'] }));
    expect(edited).toMatchObject({ tags: ['重点', 'b'], note: clips[1]!.note, updated: 42 });
    value(await library.update(id, { note: '季度报告' }));
    expect(await db.clips.get(id)).toMatchObject({ note: '季度报告', tags: ['重点', 'b'] });
    expect(await library.update('00000000-0000-4000-8000-ffffffffffff', { note: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('deletes in bulk and Undo restores exactly what was deleted', async () => {
    const { db, clips, library } = await setup(10);
    const ids = [clips[2]!.id, clips[5]!.id, '00000000-0000-4000-8000-ffffffffffff'];
    const { deleted } = value(await library.remove(ids));
    expect(deleted.map((c) => c.id)).toEqual([clips[2]!.id, clips[5]!.id]);
    expect(await db.clips.count()).toBe(8);
    // Through the message schema, as the page sends it.
    const parsed = pageSchemas.restoreClips.parse({ clips: deleted });
    expect(value(await library.restore(parsed.clips))).toEqual({ restored: 2 });
    expect(await db.clips.get(clips[2]!.id)).toEqual(clips[2]);
    // Restoring twice adds nothing.
    expect(value(await library.restore(parsed.clips))).toEqual({ restored: 0 });
  });

  it('answers the names the page needs, with each agency lead or partner items', async () => {
    const { library } = await setup(1);
    const k = value(await library.knowledge());
    expect(k.items).toHaveLength(35);
    const miit = k.agencies.find((a) => a.id === 'miit')!;
    expect(miit.aliases).toContain('工信部');
    expect(miit.lead.length + miit.partner.length).toBeGreaterThan(0);
    expect(k.topics.find((t) => t.id === 'carbon-footprint')?.en.toLowerCase()).toContain('carbon footprint');
  });

  it('the schemas refuse a page that asks too much or a malformed clip', () => {
    expect(pageSchemas.listClips.safeParse({ offset: 0, limit: 100_000 }).success).toBe(false);
    expect(pageSchemas.deleteClips.safeParse({ ids: ['not-a-uuid'] }).success).toBe(false);
    const clip = makeClips(1)[0]!;
    expect(pageSchemas.restoreClips.safeParse({ clips: [{ ...clip, status: 'lost' }] }).success).toBe(false);
  });
});
