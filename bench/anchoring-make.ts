/**
 * The clips of `npm run bench:anchoring`: 200 stored clips of one generated page (bench/page-html.ts),
 * made in Node from the page's collected text exactly as the content script will read it
 * (lib/dom/page-text.ts = collect-text `visibleText(collectBlocks(body))`, here on the annotate
 * CLI's parse5 document, as bench/page-expected.ts reads it), with the shipped selector code (lib/clips/make-draft).
 *
 * The mix exercises every path of lib/clips/anchor-quote.ts, the last one being the worst case of
 * issue 9's "200 clips must not create a task over 50 ms":
 * - found:   as taken — the position selector hits;
 * - moved:   the stored position shifted — one indexOf pass over the page finds the quote;
 * - changed: a few characters of the stored quote altered — fuzzy search, nearest windows first;
 * - missing: a quote that is nowhere on the page (another passage, shuffled: the page's own alphabet,
 *   so Myers' bit-vectors stay as busy as on real text) — fuzzy search of the whole page.
 * Every clip is anchored in Node before the browser sees it and remade until it lands in its intended
 * status, so a wrong count in the browser means the browser read different text, not a bad mix.
 */
import { anchorQuote } from '../lib/clips/anchor-quote';
import { makeClipDraft } from '../lib/clips/make-draft';
import { normalizeUrl, siteOf } from '../lib/clips/normalize-url';
import type { Clip, ClipStatus } from '../lib/clips/types';
import { collectBlocks, visibleText } from '../lib/dom/collect-text';
import { parseHtml, textRoot } from '../scripts/lib/parse-html';
import { createRandom } from './corpus';

export type AnchoredStatus = Exclude<ClipStatus, 'unchecked'>;
export const STATUSES: readonly AnchoredStatus[] = ['found', 'moved', 'changed', 'missing'];
/** Issue 9's 200 clips, in the brief's proportions. */
export const MIX: Readonly<Record<AnchoredStatus, number>> = {
  found: 100,
  moved: 50,
  changed: 30,
  missing: 20,
};

/** The page's collected text, as lib/dom/page-text builds it in the content script. */
export function collectedText(html: string): string {
  return visibleText(collectBlocks(textRoot(parseHtml(html)))).text;
}

/** A UUID v4 from the seeded generator: the background's schemas accept only UUID clip ids. */
function seededUuid(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(rand() * 4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Quote lengths as readers select: mostly a sentence or two, some paragraphs, a few long passages —
 * those past 512 units take the two-ends path of fuzzy-quote.ts.
 */
function quoteLength(rand: () => number): number {
  const r = rand();
  if (r < 0.7) return 20 + Math.floor(rand() * 180);
  if (r < 0.95) return 200 + Math.floor(rand() * 800);
  return 1000 + Math.floor(rand() * 3000);
}

const isSpace = (text: string, i: number) => /\s/.test(text.charAt(i));

/** A random span of `text`, trimmed as a selection is. */
function randomSpan(rand: () => number, text: string): { start: number; end: number } {
  const length = quoteLength(rand);
  let start = Math.floor(rand() * (text.length - length));
  let end = start + length;
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  return { start, end };
}

/** Replacement characters for `changed`: CJK the corpus never uses, so the edit is real. */
const ALTERED = '鑫淼犇骉羴焱垚赑猋麤';

function alter(rand: () => number, quote: string): string {
  const chars = [...quote];
  const edits = Math.min(6, 1 + Math.floor(quote.length / 40));
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * chars.length);
    if (/\s/.test(chars[at]!)) continue;
    chars[at] = ALTERED[Math.floor(rand() * ALTERED.length)]!;
  }
  return chars.join('');
}

function shuffled(rand: () => number, quote: string): string {
  const chars = [...quote];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('').trim();
}

export interface BenchClips {
  clips: Clip[];
  /** The status each clip must get, by id. */
  intended: Map<string, AnchoredStatus>;
  /** Node's own time to anchor all of them in one go (orientation: the CPU work the browser slices). */
  nodeAnchorMs: number;
}

/** The 200 clips of `pageUrl`, whose collected text is `text`; the same seed gives the same clips. */
export function makeBenchClips(text: string, pageUrl: string, seed: number): BenchClips {
  const rand = createRandom(seed);
  const normalizedUrl = normalizeUrl(pageUrl)!;
  const clips: Clip[] = [];
  const intended = new Map<string, AnchoredStatus>();
  let nodeAnchorMs = 0;
  const created = Date.UTC(2024, 5, 1);
  for (const status of STATUSES) {
    for (let n = 0; n < MIX[status];) {
      const { start, end } = randomSpan(rand, text);
      if (end - start < 8) continue;
      const draft = makeClipDraft({
        id: seededUuid(rand),
        url: pageUrl,
        title: '标准透镜基准页',
        text,
        start,
        end,
        facts: { title: '标准透镜基准页', meta: {}, info: {} },
        mentions: [], // anchoring never reads them
      });
      const [quote, position] = draft.selectors;
      if (status === 'moved') {
        const shift = (rand() < 0.5 ? -1 : 1) * (200 + Math.floor(rand() * 20_000));
        const s = Math.min(text.length - (end - start), Math.max(0, start + shift));
        draft.selectors[1] = { ...position, start: s, end: s + (end - start) };
      } else if (status === 'changed') {
        quote.exact = draft.quote = alter(rand, quote.exact);
      } else if (status === 'missing') {
        const other = randomSpan(rand, text);
        quote.exact = draft.quote = shuffled(rand, text.slice(other.start, other.end));
      }
      const t0 = performance.now();
      const anchor = anchorQuote(text, draft.selectors);
      const ms = performance.now() - t0;
      if (anchor.status !== status) continue; // e.g. an alteration that undid itself: make another
      nodeAnchorMs += ms;
      const time = created + clips.length * 60_000;
      clips.push({
        ...draft,
        created: time,
        updated: time,
        normalizedUrl,
        site: siteOf(pageUrl)!,
        note: '',
        tags: [],
        status: 'unchecked',
        checkedAt: null,
      });
      intended.set(draft.id, status);
      n++;
    }
  }
  return { clips, intended, nodeAnchorMs };
}
