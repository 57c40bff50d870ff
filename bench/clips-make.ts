/**
 * Generated clip libraries for `npm run bench:clips` and the search tests (issue 11): `n` clips whose
 * quotes are sentences of the bundled plan (so the text is real policy Chinese, and the usual two-
 * character words occur in hundreds of clips), each naming one to three topics or agencies as the
 * content script would have recorded them (mentions with offsets into the quote), on a handful of
 * sites, with tags, notes, document numbers and every anchoring status. Deterministic per seed.
 */
import { readFileSync } from 'node:fs';
import { bundledAgencies, bundledTopics } from '../lib/kb/plan-doc';
import type { Clip, ClipMention, ClipStatus } from '../lib/clips/types';
import { createRandom } from './corpus';

// A path, not a URL object: under happy-dom `import.meta.url` is an http URL (the tests run from the
// repository root), and the global URL is not Node's, which readFileSync refuses.
const planUrl = new URL('../seeds/plan.zh-Hans.txt', import.meta.url);
const PLAN_FILE =
  planUrl.protocol === 'file:' ? decodeURIComponent(planUrl.pathname) : 'seeds/plan.zh-Hans.txt';
const PLAN = readFileSync(PLAN_FILE, 'utf8');
const SENTENCES = PLAN.split(/[。；\n]/)
  .map((s) => s.trim())
  .filter((s) => s.length >= 12 && !/^[一二三四五六七八九十]+、/.test(s));
const SITES = ['www.gov.cn', 'www.samr.gov.cn', 'www.most.gov.cn', 'www.ndrc.gov.cn', 'www.mee.gov.cn'];
const TAGS = ['待核实', '重点', 'report-2025', '碳达峰', 'follow-up', '标准化'];
const NOTES = ['', '', '', '值得在季度报告中引用', 'compare with last year', '与地方标准对照'];
const STATUSES: ClipStatus[] = ['found', 'found', 'found', 'moved', 'changed', 'missing', 'unchecked'];
export const BASE_TIME = Date.UTC(2025, 5, 1);

/** A v4-shaped UUID from the index: stable across runs, valid for the clip schemas. */
export function clipUuid(i: number): string {
  const hex = i.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

export function makeClips(n: number, seed = 11): Clip[] {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const clips: Clip[] = [];
  for (let i = 0; i < n; i++) {
    let quote = pick(SENTENCES);
    if (random() < 0.5) quote += '，' + pick(SENTENCES);
    const mentions: ClipMention[] = [];
    const count = 1 + Math.floor(random() * 3);
    for (let k = 0; k < count; k++) {
      const useTopic = random() < 0.7;
      const entry = useTopic ? pick(bundledTopics) : pick(bundledAgencies);
      const start = quote.length + 1;
      quote += `，${entry.hans}`;
      const items = useTopic && 'items' in entry ? [...entry.items] : [];
      mentions.push({ kind: useTopic ? 'topic' : 'agency', id: entry.id, items, start, end: quote.length });
    }
    quote += '。';
    const site = pick(SITES);
    const created = BASE_TIME - i * 3_600_000;
    const url = `https://${site}/zhengce/${2024 + (i % 2)}/content_${100000 + i}.htm`;
    const status = pick(STATUSES);
    const docNumber = random() < 0.3 ? `国办发〔${2023 + (i % 3)}〕${1 + (i % 60)}号` : undefined;
    clips.push({
      id: clipUuid(i),
      url,
      normalizedUrl: url,
      site,
      title: `关于${pick(SENTENCES).slice(0, 14)}的通知`,
      quote,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: quote.length },
      ],
      textFragment: `${url}#:~:text=${encodeURIComponent(quote.slice(0, 10))}`,
      facts: {
        meta: {},
        info: {},
        ...(docNumber ? { docNumber, writtenDate: `${2023 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}` } : {}),
      },
      mentions,
      created,
      updated: created,
      note: pick(NOTES),
      tags: random() < 0.4 ? [pick(TAGS)] : [],
      status,
      checkedAt: status === 'unchecked' ? null : created,
      ...(status === 'changed' ? { current: quote.replace(/标准/, '规范') } : {}),
    });
  }
  return clips;
}
