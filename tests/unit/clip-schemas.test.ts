/**
 * The clip messages come from a content script in a web page: hostile input. The router refuses what
 * the schemas do not bound, before any handler (or the database) sees it.
 */
import { describe, expect, it } from 'vitest';
import type { ClipDraft } from '../../lib/clips/types';
import { CONTENT_CHANNEL, CONTENT_TYPES } from '../../lib/messages/protocol';
import { ok } from '../../lib/messages/result';
import { createMessageRouter, type HandlerTable, type MessageSender } from '../../lib/messages/router';
import { contentSchemas } from '../../lib/messages/schemas';
import { clipDraft, PAGE } from '../db/clip-fixtures';

const ID = '0b6c1f1e-3d5a-4b8e-9a43-6f2d7c1e9a01';
const runtime = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const sender: MessageSender = { id: 'ext-id', url: PAGE, tab: { id: 7 }, frameId: 0 };

function route(type: string, payload: unknown) {
  const calls: unknown[] = [];
  const table = {
    content: Object.fromEntries(CONTENT_TYPES.map((t) => [t, (p: unknown) => (calls.push(p), ok({}))])),
    page: {},
    // Every page is on: these tests are about the payloads.
    pageState: async () => ({ enabled: true, reason: 'default-site' }),
  } as unknown as HandlerTable;
  const message = { channel: CONTENT_CHANNEL, type, payload };
  return createMessageRouter(table, runtime)(message, sender).then((result) => ({ result, calls }));
}

const withDraft = (edit: (draft: ClipDraft) => void): ClipDraft => {
  const draft = structuredClone(clipDraft());
  edit(draft);
  return draft;
};
const long = (n: number) => '字'.repeat(n);

describe('clip schemas: accepted', () => {
  it.each<[string, unknown]>([
    ['saveClip', clipDraft()],
    ['saveClip', clipDraft({ note: '', tags: ['energy'], title: '' })],
    ['saveClip', withDraft((d) => ((d.quote = long(20_000)), (d.selectors[0].exact = d.quote)))],
    ['deleteClip', { id: ID }],
    ['updateClipNote', { id: ID, note: '' }],
    ['getPageClips', { url: PAGE }],
    ['reportAnchors', { reports: [] }],
    [
      'reportAnchors',
      {
        reports: [
          { id: ID, status: 'changed', current: 'x' },
          { id: ID, status: 'found' },
        ],
      },
    ],
  ])('%s %#', async (type, payload) => {
    const { result, calls } = await route(type, payload);
    expect(result).toEqual({ ok: true, value: {} });
    expect(calls).toHaveLength(1);
  });

  it('passes the draft through as the protocol types it, without extra fields', async () => {
    const draft = clipDraft({ note: 'n', tags: ['t'] });
    const { calls } = await route('saveClip', { ...draft, status: 'found', created: 1, evil: '<script>' });
    expect(calls[0]).toEqual(draft);
  });
});

describe('clip schemas: rejected', () => {
  const uuids = Array.from({ length: 1_001 }, () => ({ id: ID, status: 'found' }));
  it.each<[string, string, unknown, string]>([
    [
      'an over-long quote',
      'saveClip',
      withDraft((d) => ((d.quote = long(20_001)), (d.selectors[0].exact = d.quote))),
      'quote',
    ],
    [
      'a blank quote',
      'saveClip',
      withDraft((d) => ((d.quote = ' \n '), (d.selectors[0].exact = d.quote))),
      'quote',
    ],
    ['exact ≠ quote', 'saveClip', withDraft((d) => (d.selectors[0].exact = '别的')), 'selectors.0.exact'],
    ['a long prefix', 'saveClip', withDraft((d) => (d.selectors[0].prefix = long(65))), 'selectors.0.prefix'],
    [
      'start ≥ end',
      'saveClip',
      withDraft((d) => (d.selectors[1].end = d.selectors[1].start)),
      'selectors.1.end',
    ],
    ['a negative start', 'saveClip', withDraft((d) => (d.selectors[1].start = -1)), 'selectors.1.start'],
    ['a non-UUID id', 'saveClip', withDraft((d) => (d.id = 'clip-1')), 'id'],
    ['a javascript: url', 'saveClip', withDraft((d) => (d.url = 'javascript:alert(1)')), 'url'],
    [
      'a data: text fragment',
      'saveClip',
      withDraft((d) => (d.textFragment = 'data:text/html,x')),
      'textFragment',
    ],
    ['a huge fact', 'saveClip', withDraft((d) => (d.facts.title = long(2_001))), 'facts.title'],
    [
      'too many meta fields',
      'saveClip',
      withDraft(
        (d) => (d.facts.meta = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`m${i}`, 'v']))),
      ),
      'facts.meta',
    ],
    [
      'a meta value that is no string',
      'saveClip',
      withDraft((d) => (d.facts.info = { a: 1 as unknown as string })),
      'facts.info.a',
    ],
    [
      'too many mentions',
      'saveClip',
      withDraft((d) => (d.mentions = Array.from({ length: 2_001 }, () => d.mentions[0]!))),
      'mentions',
    ],
    [
      'a mention of another kind',
      'saveClip',
      withDraft((d) => (d.mentions[0]!.kind = 'place' as never)),
      'mentions.0.kind',
    ],
    [
      'a mention past the quote',
      'saveClip',
      withDraft((d) => (d.mentions[0]!.end = d.quote.length + 1)),
      'mentions.0.end',
    ],
    ['a long note', 'saveClip', withDraft((d) => (d.note = long(10_001))), 'note'],
    [
      'too many tags',
      'saveClip',
      withDraft((d) => (d.tags = Array.from({ length: 33 }, (_, i) => `t${i}`))),
      'tags',
    ],
    ['a long tag', 'saveClip', withDraft((d) => (d.tags = [long(65)])), 'tags.0'],
    [
      'a selector list of three',
      'saveClip',
      withDraft((d) => (d.selectors as unknown[]).push(d.selectors[1])),
      'selectors',
    ],
    ['a non-UUID delete', 'deleteClip', { id: '../../etc' }, 'id'],
    ['a note too long', 'updateClipNote', { id: ID, note: long(10_001) }, 'note'],
    ['a note without id', 'updateClipNote', { note: 'x' }, 'id'],
    ['a non-http page', 'getPageClips', { url: 'chrome://settings' }, 'url'],
    ['too many reports', 'reportAnchors', { reports: uuids }, 'reports'],
    [
      'an unchecked report',
      'reportAnchors',
      { reports: [{ id: ID, status: 'unchecked' }] },
      'reports.0.status',
    ],
    [
      'a report as an object',
      'reportAnchors',
      { reports: { length: 1, 0: { id: ID, status: 'found' } } },
      'reports',
    ],
  ])('%s', async (_label, type, payload, path) => {
    const { result, calls } = await route(type, payload);
    expect(result).toEqual({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining(`${path}:`) },
    });
    expect(calls).toHaveLength(0);
  });

  it('refuses a million-entry array before parsing its entries', () => {
    // Entries with bad ids: had they been parsed, there would be a million issues.
    const huge = new Array<unknown>(1_000_000).fill({ id: 'not checked', status: 'found' });
    const parsed = contentSchemas.reportAnchors.safeParse({ reports: huge });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toHaveLength(1);
  });
});
