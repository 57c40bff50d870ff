import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../lib/clips/import/backup-format';
import { dedupeClips, knownClips } from '../../lib/clips/import/dedupe';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ENTRIES } from '../../lib/clips/import/limits';
import { parseImport, type ImportParse, type ParsedImport } from '../../lib/clips/import/parse-import';
import { jsonDepth, parseJsonSafely } from '../../lib/clips/import/safe-json';
import { clipIdFor, isUuid, stableUuid } from '../../lib/clips/import/stable-id';
import { backup, clip, collectionOf, OTHER_ID, PAGE, QUOTE } from '../support/import-fixtures';
import { expectLinear } from '../support/linear-time';

const NOW = 1_800_000_000_000;

function parsed(result: ImportParse): ParsedImport {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

/** A hostile file must be refused, with a reason (that it is refused in linear time: the tests below). */
function refused(text: string, reason: RegExp) {
  const result = parseImport(text, { now: NOW });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason).toMatch(reason);
}

describe('backup files', () => {
  it('reads clips, settings and sites as written', () => {
    const file = backup();
    const out = parsed(parseImport(JSON.stringify(file)));
    expect(out.format).toBe('backup');
    expect(out.clips.map((c) => c.clip)).toEqual(file.clips);
    expect(out.settings).toEqual(file.settings);
    expect(out.sites).toEqual(file.sites);
    expect(out.rejected).toEqual([]);
  });

  it('recomputes normalizedUrl and site instead of trusting them', () => {
    const file = backup({ clips: [clip({ normalizedUrl: 'https://evil.example/', site: 'evil.example' })] });
    const [entry] = parsed(parseImport(JSON.stringify(file))).clips;
    expect(entry!.clip.normalizedUrl).toBe(PAGE);
    expect(entry!.clip.site).toBe('www.gov.cn');
  });

  it('names each rejected entry by index and id, with the reason, and keeps the others', () => {
    const file = backup({
      clips: [
        clip(),
        { ...clip({ id: 'bad-1' }), quote: 42 } as never,
        clip({ id: 'bad-2', url: 'javascript:alert(1)' }),
        clip({
          id: 'bad-3',
          selectors: [
            { type: 'TextQuoteSelector', exact: 'other', prefix: '', suffix: '' },
            { type: 'TextPositionSelector', start: 0, end: 5 },
          ],
        }),
      ],
      settings: [
        { key: 'paused', value: 'yes' },
        { key: 'rootkit', value: 1 },
      ],
      sites: [{ origin: 'https://*.example.org', host: '*.example.org', enabled: true, updatedAt: 1 }],
    });
    const out = parsed(parseImport(JSON.stringify(file)));
    expect(out.clips).toHaveLength(1);
    expect(out.rejected.map((r) => [r.section, r.index, r.id])).toEqual([
      ['clips', 1, 'bad-1'],
      ['clips', 2, 'bad-2'],
      ['clips', 3, 'bad-3'],
      ['settings', 0, 'paused'],
      ['settings', 1, 'rootkit'],
      ['sites', 0, 'https://*.example.org'],
    ]);
    expect(out.rejected[0]!.reason).toMatch(/quote/);
    expect(out.rejected[1]!.reason).toMatch(/http/);
    expect(out.rejected[2]!.reason).toMatch(/expected the quote/);
    expect(out.rejected[4]!.reason).toMatch(/not a setting/);
    expect(out.rejectedCount).toBe(6);
  });

  it('notes sections it does not know and refuses a newer format version', () => {
    const out = parsed(parseImport(JSON.stringify({ ...backup(), plans: [] })));
    expect(out.notes.join()).toMatch(/"plans"/);
    refused(JSON.stringify(backup({ version: 2 as never })), /newer/);
  });

  it('refuses wrong types of whole sections', () => {
    refused(JSON.stringify(backup({ clips: 'many' as never })), /"clips" is not a list/);
    refused(JSON.stringify({ hello: 'world' }), /neither/);
    refused('"just a string"', /neither/);
    refused('{"format": ', /not JSON/);
  });
});

describe('hostile files are refused fast with a reason', () => {
  it('over 50 MB, before parsing', () => {
    refused(' '.repeat(MAX_IMPORT_BYTES + 1), /larger than 50 MB/);
    // 18M CJK characters are 54 MB of UTF-8.
    refused(`"${'标'.repeat(18_000_000)}"`, /larger than 50 MB/);
  });

  it('10,000-deep nesting, without recursing', () => {
    refused('['.repeat(10_000) + ']'.repeat(10_000), /deeper than 64/);
    refused('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000), /deeper than 64/);
    refused('['.repeat(5_000_000), /deeper/);
    expect(jsonDepth('["[[[[", {"a": "\\"[["}]')).toBe(2);
  });

  it('__proto__ and constructor keys', () => {
    refused(`{"format":"standards-lens-backup","version":1,"__proto__":{"polluted":true}}`, /"__proto__"/);
    refused(JSON.stringify(backup()).replace('"meta":{}', '"meta":{"constructor":"x"}'), /"constructor"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a million entries, counted before any is validated', () => {
    const million = `{"format":"standards-lens-backup","version":1,"clips":[${'0,'.repeat(999_999)}0]}`;
    refused(million, /1,000,000 clips: more than 100,000/);
    refused(`[${'{},'.repeat(999_999)}{}]`, /1,000,000 annotations/);
    expect(MAX_IMPORT_ENTRIES).toBe(100_000);
  });

  it('in time linear in the file (no time budget: ten small files against one ten times larger)', () => {
    const parse = (text: string) => void parseImport(text, { now: NOW });
    expectLinear((n) => '['.repeat(n), parse, 400_000);
    expectLinear((n) => '{"a":'.repeat(n / 5) + '1' + '}'.repeat(n / 5), parse, 400_000);
    expectLinear((n) => `[${'{},'.repeat(n / 3)}{}]`, parse, 300_000);
    expectLinear((n) => `"${'标'.repeat(n)}"`, parse, 1_000_000);
  }, 60_000);

  it('wrong types inside entries are rejected entry by entry', () => {
    const out = parsed(
      parseImport(
        JSON.stringify(backup({ clips: [null, 7, [], { id: {} }] as never, settings: [], sites: [] })),
      ),
    );
    expect(out.clips).toEqual([]);
    expect(out.rejected.map((r) => r.index)).toEqual([0, 1, 2, 3]);
  });

  it('safe JSON keeps ordinary files', () => {
    expect(parseJsonSafely('\uFEFF{"a":[1,{"b":"{["}]}')).toEqual({
      ok: true,
      value: { a: [1, { b: '{[' }] },
    });
  });
});

describe('W3C Web Annotation', () => {
  const clips = [
    clip({ note: '重点', tags: ['科技', '标准'] }),
    clip({ id: OTHER_ID, quote: '标准研究成果', created: 1_700_000_001_000, updated: 1_700_000_009_000 }),
  ];

  it('maps the W3C exporter’s collection back to the same clips (round trip)', () => {
    const out = parsed(parseImport(JSON.stringify(collectionOf(clips)), { now: NOW }));
    expect(out.format).toBe('w3c');
    expect(out.rejected).toEqual([]);
    out.clips.forEach(({ clip: got }, i) => {
      const want = clips[i]!;
      expect(got).toMatchObject({
        id: want.id,
        url: want.url,
        quote: want.quote,
        selectors: want.selectors,
        note: want.note,
        tags: want.tags,
        created: want.created,
        updated: want.updated,
        normalizedUrl: PAGE,
        site: 'www.gov.cn',
        status: 'unchecked',
        checkedAt: null,
      });
      expect(got.textFragment.startsWith(`${PAGE}#:~:text=`)).toBe(true);
    });
  });

  it('reads a bare list, a single annotation, `items` and other tools’ ids', () => {
    const [a] = collectionOf(clips).first.items;
    const hypothesis = {
      ...a,
      id: 'https://hypothes.is/a/AbC123',
      bodyValue: 'a plain note',
      body: undefined,
    };
    const list = parsed(parseImport(JSON.stringify([hypothesis]), { now: NOW }));
    expect(list.clips[0]!.clip.note).toBe('a plain note');
    expect(isUuid(list.clips[0]!.clip.id)).toBe(true);
    expect(list.clips[0]!.clip.id).toBe(clipIdFor('https://hypothes.is/a/AbC123', ''));
    expect(parsed(parseImport(JSON.stringify(a))).clips).toHaveLength(1);
    expect(
      parsed(parseImport(JSON.stringify({ type: 'AnnotationCollection', items: [a] }))).clips,
    ).toHaveLength(1);
  });

  it('rejects an annotation without a TextQuoteSelector, or of a non-http page, with the reason', () => {
    const [a] = collectionOf(clips).first.items;
    const pageNote = { ...a, id: 'urn:x:1', target: { source: PAGE } };
    const iriOnly = { ...a, id: 'urn:x:2', target: PAGE };
    const file = {
      ...a,
      id: 'urn:x:3',
      target: { source: 'file:///etc/passwd', selector: a!.target.selector },
    };
    const notAnno = { id: 'urn:x:4', type: 'Thing' };
    const out = parsed(parseImport(JSON.stringify([pageNote, iriOnly, file, notAnno, a]), { now: NOW }));
    expect(out.clips.map((c) => c.index)).toEqual([4]);
    expect(out.rejected.map((r) => [r.index, r.id])).toEqual([
      [0, 'urn:x:1'],
      [1, 'urn:x:2'],
      [2, 'urn:x:3'],
      [3, 'urn:x:4'],
    ]);
    expect(out.rejected[0]!.reason).toMatch(/TextQuoteSelector/);
    expect(out.rejected[2]!.reason).toMatch(/http/);
    expect(out.rejected[3]!.reason).toMatch(/Annotation/);
  });
});

describe('dedupe', () => {
  it('same id, or same normalized URL + quote; the first met wins', () => {
    const entries = [
      clip(),
      clip({ id: OTHER_ID }), // same page and quote
      clip({
        quote: '别的',
        selectors: [
          { type: 'TextQuoteSelector', exact: '别的', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 0, end: 2 },
        ],
      }), // same id
      clip({ id: '6a1f0000-0000-4000-8000-000000000001', url: `${PAGE}?utm_source=x`, normalizedUrl: PAGE }),
      clip({ id: '6a1f0000-0000-4000-8000-000000000002', quote: '不同', normalizedUrl: PAGE }),
    ].map((c, index) => ({ index, clip: c }));
    const out = dedupeClips(entries);
    expect(out.fresh.map((e) => e.index)).toEqual([0, 4]);
    expect(out.duplicates.map((e) => [e.index, e.reason])).toEqual([
      [1, 'same page and quote'],
      [2, 'same id'],
      [3, 'same page and quote'],
    ]);
    const known = knownClips([clip({ quote: '不同', id: 'x' })]);
    expect(dedupeClips(entries.slice(4), known).duplicates).toHaveLength(1);
    expect(QUOTE).toBeTruthy();
  });
});

describe('ids and names', () => {
  it('stable UUIDs are UUIDs and stable', () => {
    expect(isUuid(stableUuid('a'))).toBe(true);
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
    expect(clipIdFor(`urn:uuid:${OTHER_ID}`, '')).toBe(OTHER_ID);
  });

  it('backup file name (contract)', () => {
    expect(backupFileName(new Date(2026, 0, 9))).toBe('standards-lens-clips-2026-01-09.json');
  });
});
