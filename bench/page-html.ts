/**
 * The pages of `npm run bench:page`: government-notice-like HTML built deterministically from the
 * matcher benchmark's corpus (bench/corpus.ts — slices of the plan in both scripts, Chinese prose in
 * either script, English prose, standard designations), one `<p>` per corpus line, a `<h2>` every few
 * paragraphs, and some inline markup (`<b>`, `<a>`, `<em>`, `<span>`) dropped at random positions —
 * so some names are split across elements, as on real pages.
 */
import { readFileSync } from 'node:fs';
import { seedAgencies, seedTopics } from '../lib/kb/bundled-seeds';
import { createRandom, generateCorpus } from './corpus';

const readPlan = (name: string): string =>
  readFileSync(new URL(`../seeds/${name}`, import.meta.url), 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const INLINE: Array<(html: string, n: number) => string> = [
  (t) => `<b>${t}</b>`,
  (t, n) => `<a href="#n${n}">${t}</a>`,
  (t) => `<em>${t}</em>`,
  (t) => `<span class="note">${t}</span>`,
];

/** A paragraph's text as HTML, with 0–3 inline elements around random stretches of it. */
function withInlineMarkup(rand: () => number, text: string, n: number): string {
  const count = Math.floor(rand() * 4);
  const cuts = new Set<number>();
  for (let i = 0; i < count * 2; i++) cuts.add(Math.floor(rand() * (text.length + 1)));
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  let at = 0;
  for (let i = 0; i + 1 < points.length; i += 2) {
    const s = points[i]!;
    const e = points[i + 1]!;
    if (e === s) continue;
    html += escapeHtml(text.slice(at, s));
    html += INLINE[Math.floor(rand() * INLINE.length)]!(escapeHtml(text.slice(s, e)), n);
    at = e;
  }
  return html + escapeHtml(text.slice(at));
}

export interface BenchPage {
  html: string;
  /** Corpus characters the page was generated from (the visible text is counted by the collector). */
  corpusChars: number;
}

/** A page of at least `minChars` UTF-16 units of paragraph text; the same seed gives the same page. */
export function generatePageHtml(minChars: number, seed: number): BenchPage {
  const planHans = readPlan('plan.zh-Hans.txt');
  const planHant = readPlan('plan.zh-Hant.txt');
  const corpus = generateCorpus({
    planHans,
    planHant,
    topics: seedTopics,
    agencies: seedAgencies,
    minChars,
    seed,
  });
  const rand = createRandom(seed ^ 0x5eed);
  const lines = corpus.split('\n').filter((l) => /\S/.test(l));
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>标准透镜基准页 ${minChars}</title>`,
    '<style>body{font:16px/1.7 sans-serif;max-width:960px;margin:0 auto;padding:0 16px}' +
      'h2{font-size:20px}.note{color:#555}</style>',
    '</head><body>',
    '<header><h1>关于印发标准化工作要点的通知</h1></header>',
    '<main><article>',
  ];
  lines.forEach((line, n) => {
    if (n % 12 === 0) parts.push(`<h2>第${n / 12 + 1}部分 工作安排</h2>`);
    parts.push(`<p>${withInlineMarkup(rand, line, n)}</p>`);
  });
  parts.push('</article></main>', '<footer><p>本页面由基准程序生成。</p></footer>', '</body></html>');
  return { html: parts.join('\n'), corpusChars: corpus.length };
}
