/**
 * Issue 14, messages: the router fuzzed with random envelopes against the whole background
 * (fake-indexeddb, bundled knowledge). Random types (the protocol's, prototype names, anything),
 * payloads of random JSON with `__proto__` / `constructor` keys, huge strings and deep nesting, and
 * random senders. Nothing throws out of the router, every answer is a well-formed Result, and from any
 * sender that is not an extension page nothing in the database changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_CHANNEL,
  CONTENT_CHANNEL,
  CONTENT_TYPES,
  PAGE_CHANNEL,
  PAGE_TYPES,
} from '../../lib/messages/protocol';
import { isResult, type ErrorCode } from '../../lib/messages/result';
import { createMessageRouter, type MessageSender } from '../../lib/messages/router';
import type { StandardsLensDb } from '../../lib/db/database';
import { freshDb } from '../db/fresh-db';
import { clipDraft, PAGE } from '../db/clip-fixtures';
import { testBackground } from '../support/background';

const EXT_ID = 'ext-id';
const EXT = `chrome-extension://${EXT_ID}/`;
const CODES: ErrorCode[] = [
  'bad-request',
  'unknown-type',
  'forbidden',
  'not-found',
  'permission-required',
  'internal',
  'unavailable',
  'bad-response',
  'storage-full',
  'storage-unavailable',
];
const TRAPS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** Own keys named like prototype slots (`Object.fromEntries` defines them as data properties). */
const trapObject = (value: fc.Arbitrary<unknown>) =>
  fc
    .array(fc.tuple(fc.constantFrom(...TRAPS, 'url', 'id', 'ref', 'ui', 'text', 'clips'), value), {
      maxLength: 4,
    })
    .map((entries) => Object.fromEntries(entries));

const deep = fc
  .integer({ min: 500, max: 20_000 })
  .chain((n) =>
    fc
      .constantFrom('[', '{"a":')
      .map(
        (open) =>
          JSON.parse(
            open === '[' ? '['.repeat(n) + ']'.repeat(n) : open.repeat(n) + '1' + '}'.repeat(n),
          ) as unknown,
      ),
  );

const huge = fc.integer({ min: 100_000, max: 3_000_000 }).map((n) => '碳'.repeat(n));

const { value: json } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 3 }),
    trapObject(tie('value')),
    fc.array(tie('value'), { maxLength: 3 }),
  ),
}));

const payload = fc.oneof(
  { weight: 6, arbitrary: json },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: huge.map((text) => ({ text, url: text, origin: text, id: text })) },
  { weight: 1, arbitrary: deep.map((ref) => ({ ref, lang: 'en', reports: ref, clips: ref, ui: ref })) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const type = fc.oneof(
  fc.constantFrom(...CONTENT_TYPES, ...PAGE_TYPES, ...TRAPS),
  fc.string({ maxLength: 80 }),
  huge,
);

const channel = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(CONTENT_CHANNEL, PAGE_CHANNEL, BACKGROUND_CHANNEL) },
  { weight: 1, arbitrary: fc.oneof(fc.string(), fc.constantFrom(...TRAPS), json) },
);

const envelope = fc.oneof(
  { weight: 8, arbitrary: fc.record({ channel, type, payload }) },
  { weight: 1, arbitrary: json },
  { weight: 1, arbitrary: trapObject(fc.oneof(channel, type, payload)) },
);

/** Senders that are not one of the extension's pages: content scripts, frames, strangers. */
const notAnExtensionPage: fc.Arbitrary<MessageSender> = fc.oneof(
  fc.constantFrom<MessageSender>(
    { id: EXT_ID, url: PAGE, tab: { id: 5, url: PAGE }, frameId: 0 },
    { id: EXT_ID, url: 'https://evil.example/', tab: { id: 5 }, frameId: 0 },
    { id: EXT_ID, url: PAGE, tab: { id: 5, url: 'https://evil.example/' }, frameId: 7 },
    { id: 'other-ext', url: 'chrome-extension://other-ext/popup.html' },
    { id: EXT_ID, url: 'about:blank', tab: { id: 2 }, frameId: 1 },
    {},
  ),
  fc.record(
    {
      id: fc.oneof(fc.constant(EXT_ID), fc.string()),
      url: fc.oneof(fc.webUrl(), fc.string(), fc.constant(PAGE)),
      tab: fc.record({
        id: fc.integer({ min: -2, max: 100 }),
        url: fc.option(fc.webUrl(), { nil: undefined }),
      }),
      frameId: fc.integer({ min: -1, max: 10 }),
    },
    { requiredKeys: [] },
  ),
);

const extensionPage = fc.constantFrom<MessageSender>(
  { id: EXT_ID, url: `${EXT}popup.html` },
  { id: EXT_ID, url: `${EXT}clips.html`, tab: { id: 3 }, frameId: 0 },
);

/** Every row of every table, in key order: what "nothing written" compares. */
async function snapshot(db: StandardsLensDb) {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return Object.fromEntries(tables);
}

function wellFormed(answer: unknown) {
  expect(isResult(answer)).toBe(true);
  const result = answer as { ok: boolean; error?: { code: ErrorCode; message: string } };
  if (!result.ok) {
    expect(CODES).toContain(result.error!.code);
    // A refusal names the problem; it does not echo a huge payload back.
    expect(result.error!.message.length).toBeLessThan(10_000);
  }
}

/** A background with user data in it: a clip of PAGE, a setting, a site. */
async function populated() {
  const db = freshDb();
  const services = testBackground({ db });
  const route = createMessageRouter(services.handlers, { id: EXT_ID, baseUrl: EXT });
  await services.knowledge.ensureSeeded();
  const content: MessageSender = { id: EXT_ID, url: PAGE, tab: { id: 5 }, frameId: 0 };
  const saved = await route({ channel: CONTENT_CHANNEL, type: 'saveClip', payload: clipDraft() }, content);
  expect(saved.ok).toBe(true);
  const options = { id: EXT_ID, url: `${EXT}options.html` };
  const ui = { ui: { cardLang: 'zh-Hant' } };
  expect((await route({ channel: PAGE_CHANNEL, type: 'updateSettings', payload: ui }, options)).ok).toBe(
    true,
  );
  const site = { domain: 'gov.cn', enabled: true };
  expect(
    (await route({ channel: PAGE_CHANNEL, type: 'setDefaultSiteEnabled', payload: site }, options)).ok,
  ).toBe(true);
  // Warm the knowledge base and the matcher cache, which a content script may legitimately fill.
  await route({ channel: CONTENT_CHANNEL, type: 'getMatcher', payload: {} }, content);
  return { db, route };
}

describe('router fuzz (whole background)', () => {
  it('answers every envelope from a non-extension sender with a Result and writes nothing', async () => {
    const { db, route } = await populated();
    const before = await snapshot(db);
    await fc.assert(
      fc.asyncProperty(envelope, notAnExtensionPage, async (message, sender) => {
        wellFormed(await route(message, sender));
      }),
      { numRuns: 400 },
    );
    expect(await snapshot(db)).toEqual(before);
    // No key reached a prototype.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers every envelope from an extension page with a Result', async () => {
    const { route } = await populated();
    await fc.assert(
      fc.asyncProperty(envelope, extensionPage, async (message, sender) => {
        wellFormed(await route(message, sender));
      }),
      { numRuns: 250 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('the snapshot sees a write (so "nothing written" can fail)', async () => {
    const { db, route } = await populated();
    const before = await snapshot(db);
    const popup = { id: EXT_ID, url: `${EXT}popup.html` };
    await route({ channel: PAGE_CHANNEL, type: 'setPaused', payload: { paused: true } }, popup);
    expect(await snapshot(db)).not.toEqual(before);
  });
});
