import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { normalizeUrl, siteOf } from '../../lib/clips/normalize-url';
import type { Clip } from '../../lib/clips/types';
import type { StandardsLensDb } from '../../lib/db/database';
import type { SettingRow, SiteRow } from '../../lib/db/rows';
import type { SiteState } from '../../lib/messages/protocol';
import { createBackupService } from '../../lib/services/backup-service';
import { backup, clip, collectionOf, OTHER_ID } from '../support/import-fixtures';
import { freshDb } from './fresh-db';

const NOW = 1_800_000_000_000;

function fakeSites() {
  return {
    restore: vi.fn(async () => ({ registered: [], unregistered: [] })),
    siteState: vi.fn(async (origin: string): Promise<SiteState> => ({
      enabled: false,
      reason: 'not-enabled',
      origin,
      pattern: `*://${new URL(origin).hostname}/*`,
      isDefault: false,
    })),
  };
}

function service(db: StandardsLensDb, sites = fakeSites()) {
  return createBackupService(db, sites, { now: () => NOW });
}

async function snapshot(db: StandardsLensDb) {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  return {
    clips: (await db.clips.toArray()).sort(byId),
    settings: await db.settings.orderBy('key').toArray(),
    sites: await db.sites.orderBy('origin').toArray(),
  };
}

async function seed(db: StandardsLensDb) {
  await db.clips.put(
    clip({
      id: '11111111-1111-4111-8111-111111111111',
      quote: '已有的摘录',
      mentions: [],
      selectors: [
        { type: 'TextQuoteSelector', exact: '已有的摘录', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 5 },
      ],
    }),
  );
  await db.settings.put({ key: 'paused', value: true });
  await db.sites.put({ origin: 'https://example.org', host: 'example.org', enabled: false, updatedAt: 9 });
}

describe('preview', () => {
  it('counts new, duplicate and rejected clips without changing anything', async () => {
    const db = freshDb();
    await seed(db);
    await db.clips.put(clip()); // the file's first clip, already stored
    const before = await snapshot(db);
    const file = backup({ clips: [...backup().clips, { bad: true } as never] });
    const result = await service(db).preview(JSON.stringify(file));
    expect(result).toMatchObject({
      ok: true,
      value: {
        format: 'backup',
        total: 2,
        new: 1,
        duplicate: 1,
        rejected: 1,
        replace: { new: 2, duplicate: 0 },
        settings: 2,
        sites: 1,
        current: 2,
      },
    });
    expect(result.ok && result.value.rejections[0]).toMatchObject({ section: 'clips', index: 2 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a hostile file with its reason', async () => {
    const result = await service(freshDb()).preview('['.repeat(10_000));
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('apply: all or nothing', () => {
  it('writes nothing when an entry is rejected and skipping was not confirmed', async () => {
    const db = freshDb();
    await seed(db);
    const before = await snapshot(db);
    const file = backup({ clips: [clip(), { ...clip({ id: OTHER_ID }), quote: 7 } as never] });
    const result = await service(db).apply(JSON.stringify(file), 'replace');
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!result.ok && result.error.message).toMatch(/clips\[1\]/);
    expect(await snapshot(db)).toEqual(before);
    const skipped = await service(db).apply(JSON.stringify(file), 'merge', true);
    expect(skipped).toMatchObject({ ok: true, value: { added: 1, rejected: 1 } });
  });

  it('refuses a malformed userTerms row with its reason, and changes nothing', async () => {
    const db = freshDb();
    await seed(db);
    const terms = [{ id: 'a', term: '虚拟电厂', aliases: [], items: [9], created: 1 }];
    await db.settings.put({ key: 'userTerms', value: terms });
    const before = await snapshot(db);
    const bad = [{ id: 'b', term: '网', aliases: [], items: [9], created: 1 }];
    const file = backup({ settings: [{ key: 'userTerms', value: bad }] });
    const preview = await service(db).preview(JSON.stringify(file));
    expect(preview).toMatchObject({
      ok: true,
      value: {
        rejected: 1,
        rejections: [
          { section: 'settings', index: 0, reason: expect.stringContaining('user term 1: term: "网"') },
        ],
      },
    });
    const result = await service(db).apply(JSON.stringify(file), 'replace');
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!result.ok && result.error.message).toMatch(/settings\[0\].*user term 1/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls back every table when a write fails midway', async () => {
    const db = freshDb();
    await seed(db);
    const before = await snapshot(db);
    db.clips.hook('creating', (_key, row) => {
      if (row.id === OTHER_ID) throw new Error('disk full');
    });
    await expect(service(db).apply(JSON.stringify(backup()), 'replace')).rejects.toThrow(/disk full/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('merge and replace', () => {
  it('merge adds what is new and keeps the stored clips, settings and site decisions', async () => {
    const db = freshDb();
    await seed(db);
    await db.clips.put(clip({ note: 'my own note' }));
    const result = await service(db).apply(JSON.stringify(backup()), 'merge');
    expect(result).toMatchObject({
      ok: true,
      value: { mode: 'merge', added: 1, skipped: 1, settings: 0, sites: 0 },
    });
    const after = await snapshot(db);
    expect(after.clips).toHaveLength(3);
    expect(after.clips.find((c) => c.id === clip().id)!.note).toBe('my own note');
    expect(after.settings).toEqual([{ key: 'paused', value: true }]);
    expect(after.sites[0]!.enabled).toBe(false);
  });

  it('replace makes the library the file’s; a site needing its permission is named', async () => {
    const db = freshDb();
    await seed(db);
    const sites = fakeSites();
    const file = backup();
    const result = await service(db, sites).apply(JSON.stringify(file), 'replace');
    expect(result).toMatchObject({
      ok: true,
      value: {
        mode: 'replace',
        added: 2,
        skipped: 0,
        settings: 2,
        sites: 1,
        sitesNeedingPermission: ['https://example.org'],
      },
    });
    expect(sites.restore).toHaveBeenCalledOnce();
    const after = await snapshot(db);
    expect(after.clips).toEqual([...file.clips].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(after.settings).toEqual([...file.settings].sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(after.sites).toEqual(file.sites);
  });

  it('imports the W3C exporter’s collection twice without doubling', async () => {
    const db = freshDb();
    const text = JSON.stringify(collectionOf([clip({ note: '注', tags: ['a'] })]));
    expect(await service(db).apply(text, 'merge')).toMatchObject({ ok: true, value: { added: 1 } });
    expect(await service(db).apply(text, 'merge')).toMatchObject({
      ok: true,
      value: { added: 0, skipped: 1 },
    });
    expect((await db.clips.toArray())[0]).toMatchObject({ note: '注', tags: ['a'], status: 'unchecked' });
  });
});

// --- backup → restore into a fresh database is lossless -------------------------------------------

const HOSTS = ['www.gov.cn', 'www.samr.gov.cn', 'example.org', 'xn--fiqs8s.example', '192.0.2.7'];
const text = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' });
const nonBlank = (max: number) => text(max).filter((s) => s.trim() !== '');
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });

const clipArb: fc.Arbitrary<Clip> = fc
  .record({
    id: fc.uuid(),
    host: fc.constantFrom(...HOSTS),
    path: fc.constantFrom('/', '/a.htm', '/zhengce/content_1.htm?id=7', '/p?utm_source=x&docid=3'),
    hash: fc.constantFrom('', '#part2'),
    title: text(40),
    quote: nonBlank(60),
    prefix: text(32),
    suffix: text(32),
    start: fc.integer({ min: 0, max: 100_000 }),
    note: text(80),
    tags: fc.uniqueArray(
      nonBlank(12).map((s) => s.trim()),
      { maxLength: 4 },
    ),
    created: time,
    updated: time,
    status: fc.constantFrom('found', 'moved', 'changed', 'missing', 'unchecked'),
    checkedAt: fc.option(time, { nil: null }),
    current: fc.option(text(40), { nil: undefined }),
    publisher: fc.option(text(20), { nil: undefined }),
    keywords: fc.option(fc.array(text(10), { maxLength: 3 }), { nil: undefined }),
    meta: fc.dictionary(fc.constantFrom('pubdate', 'keywords', 'articletitle'), text(20)),
    withMention: fc.boolean(),
  })
  .map((r) => {
    const url = `https://${r.host}${r.path}${r.hash}`;
    const normalizedUrl = normalizeUrl(url)!;
    const c: Clip = {
      id: r.id,
      url,
      title: r.title,
      quote: r.quote,
      selectors: [
        { type: 'TextQuoteSelector', exact: r.quote, prefix: r.prefix, suffix: r.suffix },
        { type: 'TextPositionSelector', start: r.start, end: r.start + r.quote.length },
      ],
      textFragment: `${normalizedUrl}#:~:text=x`,
      facts: {
        ...(r.publisher !== undefined ? { publisher: r.publisher } : {}),
        ...(r.keywords !== undefined ? { keywords: r.keywords } : {}),
        meta: r.meta,
        info: {},
      },
      mentions: r.withMention
        ? [{ kind: 'agency', id: 'samr', items: [3, 9], start: 0, end: r.quote.length }]
        : [],
      note: r.note,
      tags: r.tags,
      created: r.created,
      updated: r.updated,
      normalizedUrl,
      site: siteOf(normalizedUrl)!,
      status: r.status,
      checkedAt: r.checkedAt,
    };
    if (r.current !== undefined) c.current = r.current;
    return c;
  });

/** Words that are valid terms and fold to distinct keys: each is used by at most one term. */
const TERM_WORDS = [
  '虚拟电厂',
  '虛擬電廠站',
  '需求响应',
  '储能电站',
  '微电网',
  'virtual power plant',
  'VPP',
  'carbon sink',
];
const userTermsArb = fc
  .shuffledSubarray(TERM_WORDS, { minLength: 1 })
  .chain((words) =>
    fc.tuple(
      ...words.map((word, i) =>
        fc.record({
          id: fc.constant(`t${i}`),
          term: fc.constant(word),
          aliases: fc.constant<string[]>([]),
          items: fc.uniqueArray(fc.integer({ min: 1, max: 35 }), { minLength: 1, maxLength: 4 }),
          lang: fc.option(fc.constantFrom('zh' as const, 'en' as const), { nil: undefined }),
          created: time,
        }),
      ),
    ),
  )
  .map((terms) => terms.map(({ lang, ...t }) => (lang === undefined ? t : { ...t, lang })));

const settingsArb: fc.Arbitrary<SettingRow[]> = fc
  .record({
    paused: fc.option(fc.boolean(), { nil: undefined }),
    ui: fc.option(
      fc.record({
        cardLang: fc.constantFrom('auto', 'zh-Hans', 'zh-Hant', 'en'),
        hoverDelayMs: fc.integer({ min: 0, max: 10_000 }),
        cardTrigger: fc.constantFrom('hover', 'modifier'),
        kinds: fc.record({
          topic: fc.boolean(),
          agency: fc.boolean(),
          standard: fc.boolean(),
          clip: fc.boolean(),
        }),
        myAgencies: fc.uniqueArray(fc.constantFrom('miit', 'samr', 'sac', 'ndrc'), { maxLength: 4 }),
      }),
      { nil: undefined },
    ),
    userTerms: fc.option(userTermsArb, { nil: undefined }),
  })
  .map(({ paused, ui, userTerms }) => [
    ...(paused !== undefined ? [{ key: 'paused', value: paused }] : []),
    ...(ui !== undefined ? [{ key: 'ui', value: ui }] : []),
    ...(userTerms !== undefined ? [{ key: 'userTerms', value: userTerms }] : []),
  ]);

const sitesArb: fc.Arbitrary<SiteRow[]> = fc
  .uniqueArray(
    fc.record({
      host: fc.constantFrom(...HOSTS),
      scheme: fc.constantFrom('http', 'https'),
      enabled: fc.boolean(),
      updatedAt: time,
    }),
    { selector: (s) => s.host, maxLength: HOSTS.length },
  )
  .map((rows) =>
    rows.map(({ host, scheme, enabled, updatedAt }) => ({
      origin: `${scheme}://${host}`,
      host,
      enabled,
      updatedAt,
    })),
  );

describe('backup → restore into a fresh database', () => {
  it('is lossless (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(clipArb, { selector: (c) => c.id, maxLength: 12 }),
        settingsArb,
        sitesArb,
        async (clips, settings, sites) => {
          const from = freshDb();
          await db3(from, clips, settings, sites);
          const file = JSON.stringify(await service(from).backup());
          const to = freshDb();
          const result = await service(to).apply(file, 'replace');
          expect(result).toMatchObject({ ok: true, value: { added: clips.length, rejected: 0 } });
          expect(await snapshot(to)).toEqual(await snapshot(from));
          from.close();
          to.close();
        },
      ),
      { numRuns: 40 },
    );
  });
});

async function db3(db: StandardsLensDb, clips: Clip[], settings: SettingRow[], sites: SiteRow[]) {
  await db.clips.bulkAdd(clips);
  await db.settings.bulkAdd(settings);
  await db.sites.bulkAdd(sites);
}
