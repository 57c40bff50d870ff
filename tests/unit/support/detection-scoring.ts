/**
 * Scoring the matcher against marked pages (support/quality-fixtures.ts): exact span and id per expected
 * mention (an ambiguous mention counts when the expected id is among its ids), tallied per kind and per
 * language. Shared by the tuning fixtures (detection-quality.test.ts) and the validation set nobody
 * tunes on (detection-validation.test.ts), so both are measured the same way.
 */
import { seedAgencies, seedTopics } from '../../../lib/kb/bundled-seeds';
import type { Matcher } from '../../../lib/match/matcher';
import { scanText, type Mention } from '../../../lib/match/scan';
import {
  fixtureLine,
  type ExpectedKind,
  type ExpectedMention,
  type FixtureLang,
  type QualityFixture,
} from './quality-fixtures';

export const SCORED_KINDS: readonly ExpectedKind[] = ['topic', 'agency', 'standard'];
export const SCORED_LANGS: readonly FixtureLang[] = ['zh-Hans', 'zh-Hant', 'en'];

export interface Scored {
  fixture: QualityFixture;
  mentions: Mention[];
  hits: ExpectedMention[];
  misses: ExpectedMention[];
  falseHits: Mention[];
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const same = (e: ExpectedMention, m: Mention): boolean =>
  e.start === m.start &&
  e.end === m.end &&
  e.kind === m.kind &&
  (m.id === e.id || (m.ids ?? []).includes(e.id));

export function scoreFixture(fixture: QualityFixture, matcher: Matcher): Scored {
  const mentions = scanText(fixture.text, matcher);
  const matched = new Set<Mention>();
  const hits: ExpectedMention[] = [];
  const misses: ExpectedMention[] = [];
  for (const e of fixture.expected) {
    const m = mentions.find((x) => !matched.has(x) && same(e, x));
    if (m) {
      matched.add(m);
      hits.push(e);
    } else misses.push(e);
  }
  return { fixture, mentions, hits, misses, falseHits: mentions.filter((m) => !matched.has(m)) };
}

export const surfaceOf = (f: QualityFixture, m: { start: number; end: number }): string =>
  f.text.slice(m.start, m.end);

function context(f: QualityFixture, m: { start: number; end: number }): string {
  const before = f.text.slice(Math.max(0, m.start - 12), m.start);
  const after = f.text.slice(m.end, m.end + 12);
  return `${before}[${surfaceOf(f, m)}]${after}`.replace(/\s+/g, ' ');
}

const describeMention = (m: Mention): string => `${m.kind} ${m.ids ? m.ids.join('|') : m.id}`;

export function falseHitLine(s: Scored, m: Mention): string {
  return `  FP ${fixtureLine(s.fixture, m.start)} ${describeMention(m)} «${surfaceOf(s.fixture, m)}» …${context(s.fixture, m)}…`;
}

export function missLine(s: Scored, e: ExpectedMention): string {
  const found = s.mentions.filter((m) => m.start < e.end && e.start < m.end);
  const got = found.length
    ? `got ${found.map((m) => `${describeMention(m)} «${surfaceOf(s.fixture, m)}»`).join(', ')}`
    : 'got nothing';
  return `  FN ${fixtureLine(s.fixture, e.start)} ${e.kind} ${e.id} «${e.text}», ${got} …${context(s.fixture, e)}…`;
}

export function tallyOf(
  scored: readonly Scored[],
  filter: (lang: FixtureLang, kind: ExpectedKind) => boolean,
): Tally {
  const t: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const s of scored) {
    const lang = s.fixture.lang;
    t.tp += s.hits.filter((e) => filter(lang, e.kind)).length;
    t.fn += s.misses.filter((e) => filter(lang, e.kind)).length;
    t.fp += s.falseHits.filter((m) => filter(lang, m.kind)).length;
  }
  return t;
}

export const precision = (t: Tally): number => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Tally): number => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));

/** Precision, recall and found/expected per kind × language, with totals, under a title line. */
export function scoreTable(title: string, scored: readonly Scored[]): string {
  const cell = (t: Tally): string =>
    t.tp + t.fp + t.fn === 0
      ? '—'.padEnd(20)
      : `${precision(t).toFixed(2)} ${recall(t).toFixed(2)} ${`${t.tp}/${t.tp + t.fn}`.padStart(7)}`.padEnd(
          20,
        );
  const head = ['', ...SCORED_KINDS, 'all'].map((h, i) => (i === 0 ? h.padEnd(8) : h.padEnd(20))).join('');
  const rows = [...SCORED_LANGS, 'all' as const].map((lang) => {
    const byLang = (l: FixtureLang): boolean => lang === 'all' || l === lang;
    const cells = [...SCORED_KINDS, 'all' as const].map((kind) =>
      cell(tallyOf(scored, (l, k) => byLang(l) && (kind === 'all' || k === kind))),
    );
    return lang.padEnd(8) + cells.join('');
  });
  return [title, head, ...rows].join('\n');
}

/** Every false hit and miss of the kinds kept, one line each. */
export function errorsOf(scored: readonly Scored[], keep: (kind: ExpectedKind) => boolean): string[] {
  return scored.flatMap((s) => [
    ...s.falseHits.filter((m) => keep(m.kind)).map((m) => falseHitLine(s, m)),
    ...s.misses.filter((e) => keep(e.kind)).map((e) => missLine(s, e)),
  ]);
}

/** Every marked topic or agency id that the seeds do not have, as `file:line kind:id` (a typo in a mark). */
export function unknownSeedIds(fixtures: readonly QualityFixture[]): string[] {
  const ids = {
    topic: new Set(seedTopics.map((t) => t.id)),
    agency: new Set(seedAgencies.map((a) => a.id)),
  };
  return fixtures.flatMap((f) =>
    f.expected
      .filter((e) => e.kind !== 'standard' && !ids[e.kind].has(e.id))
      .map((e) => `${fixtureLine(f, e.start)} ${e.kind}:${e.id}`),
  );
}
