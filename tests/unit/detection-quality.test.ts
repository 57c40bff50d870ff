/**
 * Issue 4, "Quality of detection matters more than count": the bundled matcher against realistic pages
 * (tests/fixtures/quality/, markup in support/quality-fixtures.ts) whose expected mentions a careful
 * reader marked by hand. Scored by exact span and id (an ambiguous mention counts when the expected id is
 * among its ids), per kind and per language. Failures list every false positive and false negative.
 *
 * A miss or a false hit caused by the glossary is fixed in seeds/; never by editing what a fixture
 * expects. A matcher-code problem that seeds cannot fix and that would break a hard assertion (nothing
 * on unrelated pages, no generic word) is listed in KNOWN_MATCHER_ISSUES — still counted as a false
 * positive in the scores — until lib/match fixes it; the last test then asks for the entry to go.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/match/scan';
import { fold } from '../../lib/text/fold';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';
import {
  errorsOf,
  falseHitLine,
  precision,
  recall,
  scoreFixture,
  scoreTable,
  unknownSeedIds,
  SCORED_KINDS,
  surfaceOf,
  tallyOf,
  type Scored,
  type Tally,
} from './support/detection-scoring';
import {
  fixtureLine,
  loadQualityFixtures,
  parseQualityFixture,
  type ExpectedKind,
  type FixtureLang,
  type QualityFixture,
} from './support/quality-fixtures';

const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.85;

const KINDS = SCORED_KINDS;

/**
 * Words that are in every policy page and mean nothing on their own: none may be a mention anywhere,
 * and the generic pages are full of them. Compared folded (script, case, width), whole surface.
 */
const GENERIC_WORDS = new Set(
  [
    '标准',
    '标准化',
    '国家标准',
    '国际标准',
    '数据',
    '建设',
    '发展',
    '安全',
    '质量',
    '服务',
    '管理',
    '技术',
    '创新',
    '企业',
    '产品',
    '平台',
    '体系',
    '行动计划',
    'standard',
    'standards',
    'standardization',
    'data',
    'quality',
    'safety',
    'security',
    'service',
    'services',
    'development',
    'management',
    'technology',
    'innovation',
    'action plan',
  ].map((w) => fold(w)),
);

interface KnownIssue {
  fixture: string;
  surface: string;
  kind: ExpectedKind;
  id: string;
  why: string;
}

/** Matcher-code problems reported to lib/match; each entry exempts its exact false hits from the hard checks. */
const KNOWN_MATCHER_ISSUES: readonly KnownIssue[] = [
  // None open. Fixed in lib/match: film speeds after ISO (guards.ts, notBeforeNumber) and a short form
  // of a 《》 title resolving to a term before or inside it (short-forms.ts).
];

const fixtures = loadQualityFixtures(new URL('../fixtures/quality/', import.meta.url));
const { matcher } = loadBundledKnowledgeBase();

const scored = fixtures.map((f) => scoreFixture(f, matcher));

const tally = (filter: (lang: FixtureLang, kind: ExpectedKind) => boolean): Tally => tallyOf(scored, filter);

const table = (): string =>
  scoreTable(
    `detection quality: ${fixtures.length} pages, cells are precision recall found/expected`,
    scored,
  );

const errors = (keep: (kind: ExpectedKind) => boolean): string[] => errorsOf(scored, keep);

const isIssue = (k: KnownIssue, s: Scored, m: Mention): boolean =>
  k.fixture === s.fixture.name &&
  k.surface === surfaceOf(s.fixture, m) &&
  k.kind === m.kind &&
  (k.id === m.id || (m.ids ?? []).includes(k.id));

const isKnownIssue = (s: Scored, m: Mention): boolean => KNOWN_MATCHER_ISSUES.some((k) => isIssue(k, s, m));

describe('quality fixture markup', () => {
  const head = '---\nlang: zh-Hans\nkind: annotated\nabout: test\n---\n';

  it('strips the marks and keeps their spans, ids with colons included', () => {
    const f = parseQualityFixture(
      't',
      `${head}依据{{standard:ISO 14067:2018|ISO 14067:2018}}，\n由{{agency:miit|工信部}}牵头`,
    );
    expect(f.text).toBe('依据ISO 14067:2018，\n由工信部牵头');
    expect(f.expected).toEqual([
      { start: 2, end: 16, kind: 'standard', id: 'ISO 14067:2018', text: 'ISO 14067:2018' },
      { start: 19, end: 22, kind: 'agency', id: 'miit', text: '工信部' },
    ]);
    expect(fixtureLine(f, 19)).toBe('t.txt:7');
  });

  it.each([
    ['{{topic:carbon-footprint 碳足迹}}', /t:6: expected \{\{kind:id\|surface\}\}/],
    ['{{place:beijing|北京}}', /t:6: unknown mention kind/],
    ['x\n{{topic:a|b', /t:7: unbalanced/],
    ['{{topic:a| b}}', /t:6: surface has leading or trailing space/],
  ])('rejects %j with its line', (body, message) => {
    expect(() => parseQualityFixture('t', head + body)).toThrow(message);
  });

  it('rejects a missing front matter, an unknown language and marks on an unrelated page', () => {
    expect(() => parseQualityFixture('t', '碳足迹')).toThrow(/front matter/);
    expect(() => parseQualityFixture('t', head.replace('zh-Hans', 'fr'))).toThrow(/lang/);
    expect(() => parseQualityFixture('t', `${head.replace('annotated', 'unrelated')}{{topic:a|b}}`)).toThrow(
      /unrelated page marks nothing/,
    );
  });
});

describe('quality fixtures', () => {
  it('cover every language and page kind with realistic, multi-paragraph pages', () => {
    const count = (lang: FixtureLang, kind: QualityFixture['kind']): number =>
      fixtures.filter((f) => f.lang === lang && f.kind === kind).length;
    expect(count('zh-Hans', 'annotated')).toBeGreaterThanOrEqual(4);
    expect(count('zh-Hant', 'annotated')).toBeGreaterThanOrEqual(2);
    expect(count('en', 'annotated')).toBeGreaterThanOrEqual(3);
    expect(fixtures.filter((f) => f.kind === 'generic').map((f) => f.lang)).toEqual(
      expect.arrayContaining(['zh-Hans', 'en']),
    );
    expect(fixtures.filter((f) => f.kind === 'unrelated').map((f) => f.lang)).toEqual(
      expect.arrayContaining(['zh-Hans', 'en']),
    );
    for (const f of fixtures) {
      const paragraphs = f.text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
      expect(paragraphs.length, f.name).toBeGreaterThanOrEqual(3);
    }
    for (const kind of KINDS) {
      expect(
        fixtures.flatMap((f) => f.expected).filter((e) => e.kind === kind).length,
        kind,
      ).toBeGreaterThanOrEqual(15);
    }
  });

  it('mark only topic and agency ids that exist in the seeds', () => {
    expect(unknownSeedIds(fixtures)).toEqual([]);
  });
});

describe('detection quality (bundled matcher)', () => {
  it(`reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} for every kind`, () => {
    console.log(table());
    const all = errors(() => true);
    if (all.length > 0) console.log(`${all.length} errors:\n${all.join('\n')}`);
    const failures = KINDS.flatMap((kind) => {
      const t = tally((_, k) => k === kind);
      const p = precision(t);
      const r = recall(t);
      if (p >= MIN_PRECISION && r >= MIN_RECALL) return [];
      return [
        `${kind}: precision ${p.toFixed(3)} (min ${MIN_PRECISION}), recall ${r.toFixed(3)} (min ${MIN_RECALL})`,
        ...errors((k) => k === kind),
      ];
    });
    expect(failures, `\n${table()}\n${failures.join('\n')}`).toEqual([]);
  });

  it('finds nothing on unrelated pages', () => {
    const found = scored
      .filter((s) => s.fixture.kind === 'unrelated')
      .flatMap((s) => s.mentions.filter((m) => !isKnownIssue(s, m)).map((m) => falseHitLine(s, m)));
    expect(found, found.join('\n')).toEqual([]);
  });

  it('lights up no generic word (标准, 数据, 建设, standards, data, quality …)', () => {
    const generic = scored.flatMap((s) =>
      s.mentions
        .filter((m) => GENERIC_WORDS.has(fold(surfaceOf(s.fixture, m)).replace(/\s+/g, ' ')))
        .filter((m) => !isKnownIssue(s, m))
        .map((m) => falseHitLine(s, m)),
    );
    expect(generic, generic.join('\n')).toEqual([]);
    // The generic pages do contain them, so the check above is not vacuous.
    for (const s of scored.filter((x) => x.fixture.kind === 'generic')) {
      const text = fold(s.fixture.text);
      expect(
        [...GENERIC_WORDS].filter((w) => text.includes(w)).length,
        s.fixture.name,
      ).toBeGreaterThanOrEqual(8);
    }
  });

  it('still reproduces every known matcher issue (delete the entries lib/match has fixed)', () => {
    const fixed = KNOWN_MATCHER_ISSUES.filter(
      (k) => !scored.some((s) => s.mentions.some((m) => isIssue(k, s, m))),
    ).map((k) => `${k.fixture}: «${k.surface}» ${k.kind} ${k.id} no longer matches — ${k.why}`);
    expect(fixed, fixed.join('\n')).toEqual([]);
  });
});
