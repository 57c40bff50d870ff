/**
 * The content script's application on happy-dom with the real matcher (issue 12): the preferences the
 * options page broadcasts apply to the open page at once (kinds, card language), and Alt+Shift+N /
 * Alt+Shift+P step only onto what the page shows — not onto a kind switched off, nothing while the
 * highlights are hidden. The background is a fake client; the card is the real card host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardLang, CardRef } from '../../lib/card/types';
import type { BackgroundRequestHandlers } from '../../lib/messages/background-requests';
import type { ContentClient } from '../../lib/messages/client';
import type { PagePrefs, UiPrefs } from '../../lib/messages/protocol';
import { ok } from '../../lib/messages/result';
import { serializeMatcher } from '../../lib/match/matcher';
import { scanBlocks } from '../../lib/match/scan-blocks';
import { packMentions } from '../../lib/messages/packed-mentions';
import { DEFAULT_SETTINGS } from '../../lib/services/settings-service';
import { runContentApp } from '../../entrypoints/content/content-app';
import type { PageAnnotator } from '../../lib/dom/page-annotator';
import { FakeStaticRange } from '../support/fake-static-range';
import { createKnowledgeBase } from '../../lib/kb/knowledge-base';
import { seedAgencies, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';

// happy-dom's URL is not Node's: the plan is read by path (scripts/lib/bundled-kb reads it by URL).
const built = createKnowledgeBase({
  planText: readFileSync(join(import.meta.dirname, '../../seeds/plan.zh-Hans.txt'), 'utf8'),
  agencies: seedAgencies,
  topics: seedTopics,
  standardCodes: seedStandardCodes,
}).matcher;
const matcher = serializeMatcher(built);

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

let abort: AbortController;
let registry: Map<string, FakeHighlight>;
let background: BackgroundRequestHandlers;
let cards: { ref: CardRef; lang: CardLang }[];

async function start(html: string, ui: Partial<UiPrefs> = {}): Promise<PageAnnotator> {
  document.body.innerHTML = html;
  registry = new Map<string, FakeHighlight>();
  // happy-dom has no Custom Highlight API and no StaticRange (and makes a new `CSS` on each read).
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.assign(window, { Highlight: FakeHighlight, StaticRange: FakeStaticRange });
  cards = [];
  const client = {
    getPageState: async () =>
      ok({ enabled: true, reason: 'default-site' as const, ui: { ...DEFAULT_SETTINGS.ui, ...ui } }),
    // The first window as the background scans it (lib/services/knowledge-service scanWindow).
    scanWindow: async ({ texts }: { texts: string[] }) =>
      ok({
        enabled: true,
        reason: 'default-site' as const,
        ui: { ...DEFAULT_SETTINGS.ui, ...ui },
        mentions: packMentions(
          scanBlocks(
            texts.map((text) => ({ text })),
            built,
          ).map((b) => b.mentions),
        ),
      }),
    getMatcher: async () => ok({ version: 't', matcher }),
    getCard: async (request: { ref: CardRef; lang: CardLang }) => {
      cards.push(request);
      return ok({
        kind: 'item',
        title: '(一) x',
        item: { no: 1, label: '(一)', title: 'x' },
        section: { no: 1, label: '一', title: 's' },
        sentences: [],
        duties: [],
        targets: [],
      });
    },
    reportMentions: async () => ok({ badge: '' }),
    getPageClips: async () => ok([]),
    toggleHighlights: async () => ok({ hidden: true }),
  } as unknown as ContentClient;
  const annotator = await runContentApp({
    doc: document,
    client,
    signal: abort.signal,
    uiLanguage: 'zh-CN',
    hideDelayMs: 0,
    listenToBackground: (handlers) => (background = handlers),
  });
  if (!annotator) throw new Error('the content app did not start');
  await annotator.idle();
  return annotator;
}

/** Alt+Shift+N (1) or Alt+Shift+P (-1), as the reader types it. */
function step(direction: 1 | -1) {
  const e = new KeyboardEvent('keydown', {
    code: direction > 0 ? 'KeyN' : 'KeyP',
    key: direction > 0 ? 'N' : 'P',
    altKey: true,
    shiftKey: true,
    bubbles: true,
    cancelable: true,
  });
  Object.defineProperty(e, 'isTrusted', { value: true });
  document.body.dispatchEvent(e);
  return e;
}

const PAGE =
  '<p>工业和信息化部推进集成电路标准。</p><p>碳足迹核算按 GB/T 24001-2016 执行，市场监管总局负责。</p>';
const ALL = ['工业和信息化部', '集成电路', '碳足迹核算', 'GB/T 24001-2016', '市场监管总局'];

/** The mention the keyboard is on: the text under the current-mention highlight. */
function currentText(): string {
  const ranges = [...(registry.get('standards-lens-current') ?? [])];
  return ranges
    .map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    })
    .join('|');
}

/** Presses the step key `times` times; the mentions it landed on (the card opens after each). */
async function walk(direction: 1 | -1, times: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < times; i++) {
    step(direction);
    seen.push(currentText());
    await new Promise((r) => setTimeout(r, 0)); // the card opens
  }
  return seen;
}

const prefs = (change: Partial<PagePrefs>): { ui: PagePrefs } => {
  const { myAgencies: _, ...ui } = DEFAULT_SETTINGS.ui;
  return { ui: { ...ui, ...change } };
};

beforeEach(() => {
  abort = new AbortController();
});
afterEach(() => {
  abort.abort();
  document.body.innerHTML = '';
});

describe('Alt+Shift+N / Alt+Shift+P', () => {
  it('step through every mention, wrapping, by default', async () => {
    await start(PAGE);
    expect(await walk(1, 6)).toEqual([...ALL, ALL[0]]);
    expect(await walk(-1, 2)).toEqual([ALL[4], ALL[3]]);
  });

  it('pass over the kinds switched off in the options, at once', async () => {
    await start(PAGE);
    expect(
      await background.setUiPrefs(
        prefs({ kinds: { topic: true, agency: false, standard: true, clip: true } }),
      ),
    ).toEqual({ applied: true });
    expect(await walk(1, 4)).toEqual(['集成电路', '碳足迹核算', 'GB/T 24001-2016', '集成电路']);
    expect(await walk(-1, 2)).toEqual(['GB/T 24001-2016', '碳足迹核算']);
  });

  it('pass over a kind the page started with switched off', async () => {
    await start(PAGE, { kinds: { topic: false, agency: true, standard: false, clip: true } });
    expect(await walk(1, 3)).toEqual(['工业和信息化部', '市场监管总局', '工业和信息化部']);
  });

  it('go nowhere while the highlights are hidden, nor with every kind off', async () => {
    await start(PAGE);
    await background.setHighlightsHidden({ hidden: true });
    const pressed = step(1);
    expect(currentText()).toBe('');
    expect(pressed.defaultPrevented).toBe(true); // said so (the notice), not left to the page
    await background.setHighlightsHidden({ hidden: false });
    expect(await walk(1, 1)).toEqual([ALL[0]]);

    await background.setUiPrefs(
      prefs({ kinds: { topic: false, agency: false, standard: false, clip: true } }),
    );
    step(1);
    expect(currentText()).toBe(ALL[0]); // stayed where it was
    expect(cards.length).toBe(1);
  });
});

describe('preferences changed while the page is open', () => {
  it('the card language: the next card is asked for in it, a card seen before too', async () => {
    await start(PAGE, { cardLang: 'zh-Hans' });
    await walk(1, 1);
    await vi.waitFor(() => expect(cards.map((c) => c.lang)).toEqual(['zh-Hans']));
    await background.setUiPrefs(prefs({ cardLang: 'en' }));
    await walk(-1, 1); // 市场监管总局
    await walk(1, 1); // back to 工业和信息化部, whose Chinese card was asked for before
    await vi.waitFor(() =>
      expect(cards.map((c) => [c.lang, 'surface' in c.ref && c.ref.surface])).toEqual([
        ['zh-Hans', '工业和信息化部'],
        ['en', '市场监管总局'],
        ['en', '工业和信息化部'],
      ]),
    );
    // `auto` reads the page: Chinese here.
    await background.setUiPrefs(prefs({ cardLang: 'auto' }));
    await walk(1, 1);
    await vi.waitFor(() => expect(cards.at(-1)?.lang).toBe('zh-Hans'));
  });

  it('the kinds: highlights go and come back', async () => {
    await start(PAGE);
    expect(registry.get('standards-lens-agency')?.size).toBe(2);
    await background.setUiPrefs(prefs({ kinds: { topic: true, agency: false, standard: true, clip: true } }));
    expect(registry.has('standards-lens-agency')).toBe(false);
    expect(registry.get('standards-lens-topic')?.size).toBe(2);
    await background.setUiPrefs(prefs({}));
    expect(registry.get('standards-lens-agency')?.size).toBe(2);
  });
});
