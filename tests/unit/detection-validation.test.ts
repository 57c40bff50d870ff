/**
 * Issue 13, "Detection on pages nobody tuned for": a validation set of English pages written the way
 * Xinhua, China Daily, People's Daily, CGTN, the SAMR/SAC English sites, law firms, consultancies, trade
 * bodies and Hong Kong media write (tests/fixtures/validation/<lang>/*.txt). Marked by an annotator who
 * never ran the matcher on them, by meaning, with the markup of the tuning fixtures
 * (support/quality-fixtures.ts; the marking rules, shared with the tuning pages, are in
 * tests/fixtures/ANNOTATION.md), and
 * scored the same way (support/detection-scoring.ts): exact span and id, per kind and language.
 *
 * Nobody tunes on these pages: a miss here is fixed by making the glossary follow how such sources
 * write in general, never by adding a page's wording or editing its marks. So the table is printed but
 * the single misses and false hits are listed only with VALIDATION_DETAILS=1.
 *
 * The issue's targets (per kind: recall ≥ 0.90, precision ≥ 0.95 on English) are asserted
 * (VALIDATION_TARGETS_ENFORCED, reached on 2026-12-05); the floor below is a second, looser line that
 * names the kind that regressed, and no mention may light up on the unrelated pages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
  tallyOf,
} from './support/detection-scoring';
import {
  loadQualityFixtures,
  type ExpectedKind,
  type FixtureLang,
  type QualityFixture,
} from './support/quality-fixtures';

/** Flip to true once the English glossary reaches the issue's targets on this set. */
export const VALIDATION_TARGETS_ENFORCED = true;

const TARGET_PRECISION = 0.95;
const TARGET_RECALL = 0.9;
const TARGET_LANG: FixtureLang = 'en';

/**
 * Regression floor: the English figures of 2026-12-05, after the marking rules were followed (README,
 * "Detection quality": topic 0.96 / 0.92, agency 1.00 / 0.99, standard 1.00 / 1.00) less about 0.02.
 */
const FLOOR: Record<ExpectedKind, { precision: number; recall: number }> = {
  topic: { precision: 0.94, recall: 0.9 },
  agency: { precision: 0.97, recall: 0.97 },
  standard: { precision: 0.98, recall: 0.98 },
};
/** Mentions found on the unrelated pages on 2026-12-05 (none); more is a regression. */
const MAX_UNRELATED_MENTIONS = 0;

const ROOT = new URL('../fixtures/validation/', import.meta.url);
const TUNING = new URL('../fixtures/quality/', import.meta.url);

/** One folder per language; a page is named `<lang>/<file>` so messages point at its file. */
function loadValidationFixtures(): QualityFixture[] {
  return readdirSync(ROOT)
    .filter((entry) => statSync(new URL(entry, ROOT)).isDirectory())
    .sort()
    .flatMap((lang) =>
      loadQualityFixtures(new URL(`${lang}/`, ROOT)).map((f) => ({ ...f, name: `${lang}/${f.name}` })),
    );
}

const fixtures = loadValidationFixtures();
const tuning = loadQualityFixtures(TUNING);
const { matcher } = loadBundledKnowledgeBase();
const scored = fixtures.map((f) => scoreFixture(f, matcher));

const english = (lang: FixtureLang): boolean => lang === TARGET_LANG;
const figures = (kind: ExpectedKind) => {
  const t = tallyOf(scored, (lang, k) => english(lang) && k === kind);
  return { t, precision: precision(t), recall: recall(t) };
};
const table = (): string =>
  scoreTable(
    `detection validation (not tuned on): ${fixtures.length} pages, cells are precision recall found/expected`,
    scored,
  );
const unrelatedHits = (): string[] =>
  scored
    .filter((s) => s.fixture.kind === 'unrelated')
    .flatMap((s) => s.mentions.map((m) => falseHitLine(s, m)));

const words = (text: string): number => text.split(/\s+/).filter((w) => w !== '').length;

describe('validation set', () => {
  it('holds at least 32 varied English pages of 150–600 words, generic and unrelated ones among them', () => {
    const en = fixtures.filter((f) => f.lang === 'en');
    expect(en.length).toBeGreaterThanOrEqual(32);
    expect(en.filter((f) => f.kind !== 'annotated').length).toBeGreaterThanOrEqual(4);
    const outOfShape = fixtures
      .filter((f) => {
        const paragraphs = f.text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
        return words(f.text) < 150 || words(f.text) > 600 || paragraphs.length < 3;
      })
      .map((f) => `${f.name}: ${words(f.text)} words`);
    expect(outOfShape).toEqual([]);
    const count = (kind: ExpectedKind): number =>
      en.flatMap((f) => f.expected).filter((e) => e.kind === kind).length;
    expect(count('topic')).toBeGreaterThanOrEqual(300);
    expect(count('agency')).toBeGreaterThanOrEqual(150);
    expect(count('standard')).toBeGreaterThanOrEqual(50);
  });

  it('files each page under the folder of its language', () => {
    const misplaced = fixtures.filter((f) => !f.name.startsWith(`${f.lang}/`)).map((f) => f.name);
    expect(misplaced).toEqual([]);
  });

  it('marks only topic and agency ids that exist in the seeds', () => {
    expect(unknownSeedIds(fixtures)).toEqual([]);
  });

  it('stays apart from what is tuned on: no page or paragraph of it in the tuning fixtures or seeds', () => {
    const tuned = [
      ...tuning.map((f) => f.text),
      ...readdirSync(TUNING).map((file) => readFileSync(new URL(file, TUNING), 'utf8')),
      ...readdirSync(new URL('../../seeds/', import.meta.url)).map((file) =>
        readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'),
      ),
    ];
    const shared = fixtures.flatMap((f) =>
      [f.text, ...f.text.split(/\n\s*\n/)]
        .map((chunk) => chunk.trim().slice(0, 80))
        .filter((head) => head.length >= 40 && tuned.some((t) => t.includes(head)))
        .map((head) => `${f.name}: «${head}»`),
    );
    expect(shared).toEqual([]);
    const names = fixtures.map((f) => f.name.split('/')[1] as string);
    const cited = tuned.filter((t) => t.includes('fixtures/validation') || names.some((n) => t.includes(n)));
    expect(cited).toEqual([]);
  });
});

describe('detection on the validation set (bundled matcher)', () => {
  it('prints precision and recall per kind and language, and holds today’s floor', () => {
    console.log(table());
    const unrelated = unrelatedHits();
    console.log(`unrelated pages: ${unrelated.length} mentions (should be 0)`);
    if (process.env.VALIDATION_DETAILS) {
      const all = errorsOf(scored, () => true);
      console.log(`${all.length} errors:\n${all.join('\n')}`);
    }
    const below = SCORED_KINDS.flatMap((kind) => {
      const f = figures(kind);
      const floor = FLOOR[kind];
      return f.precision >= floor.precision && f.recall >= floor.recall
        ? []
        : [
            `${kind}: precision ${f.precision.toFixed(3)} (floor ${floor.precision}), recall ${f.recall.toFixed(3)} (floor ${floor.recall})`,
          ];
    });
    expect(below, `\n${table()}\n${below.join('\n')}`).toEqual([]);
    expect(unrelated.length).toBeLessThanOrEqual(MAX_UNRELATED_MENTIONS);
  });

  const targets = `reaches recall ≥ ${TARGET_RECALL} and precision ≥ ${TARGET_PRECISION} for every kind on English`;
  if (VALIDATION_TARGETS_ENFORCED)
    it(targets, () => {
      const failures = SCORED_KINDS.flatMap((kind) => {
        const f = figures(kind);
        return f.precision >= TARGET_PRECISION && f.recall >= TARGET_RECALL
          ? []
          : [
              `${kind}: precision ${f.precision.toFixed(3)} (min ${TARGET_PRECISION}), recall ${f.recall.toFixed(3)} (min ${TARGET_RECALL})`,
            ];
      });
      expect(failures, `\n${table()}\n${failures.join('\n')}`).toEqual([]);
    });
  else it.todo(`${targets} (VALIDATION_TARGETS_ENFORCED is false)`);
});
