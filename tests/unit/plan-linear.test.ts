/**
 * Plans are imported from files the user picks (issue 12) and read by the plan CLI (issue 13), so the
 * parser must stay linear on hostile text up to its size bound, refuse longer text before doing any
 * work, and an import must be refused in time linear in what it read (a million brackets after reading
 * two thousand). Each shape below was quadratic once: a long digit run (the target pattern retried at
 * every digit), unclosed or nested parentheses (each scanned to its match), 以下 without 负责 in a
 * bracket, generic parties joined by many 和, names ending in parentheses, targets in many sentences;
 * issue 13 added bracket tails (等部门和地方人民政府), names resolved through their 国家 form, and
 * random plan syntax repeated. Inputs are hundreds of thousands of characters, not a few hundred:
 * that is where quadratic work shows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlanDoc } from '../../lib/kb/plan-doc';
import { MAX_PARSE_CHARS, MAX_STANDING_NOTES, parsePlan } from '../../lib/plan/parse-plan';
import { MAX_PLAN_CHARS, readPlanImport, screenPlanText } from '../../lib/plan/import';
import { expectLinear } from '../support/linear-time';

/** Big enough to show quadratic work, under the parser's bound (the shapes add a few characters). */
const SIZE = 200_000;
const TIMEOUT = 120_000;

const item = (body: string) => `一、总体要求\n（一）标题\n正文${body}。〔科技部牵头〕`;
const bracket = (content: string) => `一、总体要求\n（一）标题\n正文。〔${content}科技部牵头〕`;
const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));

const SHAPES: [string, (n: number) => string][] = [
  ['a run of digits', (n) => item(repeat('1', n))],
  ['unclosed ( (issue 13: 40k took 3.4 s)', (n) => item(repeat('(', n))],
  ['unclosed （', (n) => item(repeat('（', n))],
  ['nested parentheses', (n) => item(`${repeat('(', n / 2)}${repeat(')', n / 2)}`)],
  ['以下 without 负责 in a bracket', (n) => bracket(repeat('以下', n))],
  ['( in a bracket', (n) => bracket(repeat('(', n))],
  ['generic parties joined by 和', (n) => `（一）标题\n正文。〔各${repeat('和 ', n)}〕`],
  ['names ending in parentheses', (n) => bracket(repeat('科技部(国家标准委)、', n))],
  ['targets in many sentences', (n) => `（一）标题\n${repeat('做到1个。', n)}`],
  ['a duty bracket after every sentence', (n) => `（一）标题\n${repeat('正文。〔科技部牵头〕', n)}`],
  ['many items', (n) => repeat('（一）标题。正文〔科技部牵头〕\n', n)],
  ['a single long line', (n) => `（一）标题。${repeat('正文', n)}`],
  ['tails split off names', (n) => bracket(repeat('农业农村部等部门和地方人民政府、', n))],
  ['a name of many 等 and 和', (n) => bracket(repeat('甲等和', n))],
  ['等 alone', (n) => bracket(repeat('等', n))],
  ['blanks after 等部门', (n) => bracket(repeat('等部门   ', n))],
  ['a name, then 和 and blanks before a generic party', (n) => bracket(`科技部${repeat('和 ', n)}各`)],
  ['short names resolved through their 国家 form', (n) => bracket(repeat('能源局、', n))],
  ['names nobody knows (each tried with every prefix)', (n) => bracket(repeat('某局、', n))],
  [
    'one-level items after the standing notes allowed',
    (n) =>
      Array.from(
        { length: MAX_STANDING_NOTES },
        (_, i) => `一、标题。正文〔以下均需部门${i}负责，不再列出〕\n`,
      ).join('') + repeat('一、标题。正文〔科技部等部门和地方人民政府按职责分工负责〕\n', n),
  ],
];

describe('the plan parser stays linear', () => {
  it.each(SHAPES)(
    'on %s',
    (_name, make) => {
      // Every shape parses (or fails) without throwing; the time is what is under test.
      expect(make(SIZE).length).toBeLessThanOrEqual(MAX_PARSE_CHARS);
      expectLinear(make, (text) => void buildPlanDoc(text), SIZE);
    },
    TIMEOUT,
  );

  it(
    'on random plan syntax repeated to hundreds of thousands of characters',
    () => {
      const token = fc.constantFrom(
        '一、',
        '(一)',
        '（二）',
        '\n',
        '〔',
        '〕',
        '(',
        ')',
        '（',
        '）',
        '，',
        '、',
        '。',
        '；',
        '牵头',
        '按职责分工负责',
        '等',
        '等部门',
        '和',
        '及',
        '地方人民政府',
        '各有关部门和单位',
        '有关行业协会',
        '市场监管总局（标准委）',
        '工业和信息化部',
        '能源局',
        '以下均需地方人民政府负责，不再列出',
        '50%以上',
        '不少于',
        '正文',
        ' ',
      );
      fc.assert(
        fc.property(fc.array(token, { minLength: 4, maxLength: 40 }), (unit) => {
          const body = unit.join('');
          // A heading first, so the repeated unit reaches the item and bracket readers.
          const make = (n: number) => `（一）标题\n${repeat(body, n)}`;
          expectLinear(make, (text) => void buildPlanDoc(text), SIZE);
        }),
        { numRuns: 4 },
      );
    },
    TIMEOUT,
  );

  it(`refuses more than ${MAX_STANDING_NOTES} standing notes, naming the line (every later duty carries them)`, () => {
    const note = (i: number) => `（一）标题。正文〔科技部牵头。以下均需部门${i}负责，不再列出〕`;
    // Issue 13's 8,000 items with standing notes.
    const text = Array.from({ length: 8_000 }, (_, i) => note(i)).join('\n');
    const result = parsePlan(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.line).toBe(MAX_STANDING_NOTES + 1);
      expect(result.error.message).toBe(
        `line ${MAX_STANDING_NOTES + 1}: expected at most ${MAX_STANDING_NOTES} standing notes (以下均需……负责) in a plan, found “科技部牵头。以下均需部门100负责，不再列出”`,
      );
    }
    const fine = parsePlan(text.split('\n').slice(0, MAX_STANDING_NOTES).join('\n'));
    expect(fine.ok && fine.plan.standing.length).toBe(MAX_STANDING_NOTES);
  });
});

describe(`the parser refuses text over ${MAX_PARSE_CHARS} characters`, () => {
  it('a 50 MB single line (issue 13: two minutes and 3.5 GB once), naming line 1', () => {
    const result = parsePlan(`（一）标题。${'正'.repeat(50_000_000)}`);
    expect(result).toEqual({
      ok: false,
      error: {
        line: 1,
        expected: `at most ${MAX_PARSE_CHARS} characters of plan text (the text has 50000006; it passes the limit on this line)`,
        message: `line 1: expected at most ${MAX_PARSE_CHARS} characters of plan text (the text has 50000006; it passes the limit on this line)`,
      },
    });
  });

  it('names the line the limit falls on (\\r\\n, \\r and \\n each end one)', () => {
    const unit = '（一）标题\r\n正文。\r'; // 11 characters, two lines
    const text = unit.repeat(MAX_PARSE_CHARS / 5);
    const result = parsePlan(text);
    // The first character past the limit is the \n of a \r\n (500,000 = 11 × 45,454 + 6): it ends the
    // first line of unit 45,454, so that line is where the text passes the limit.
    expect(MAX_PARSE_CHARS % unit.length).toBe(6);
    expect(!result.ok && result.error.line).toBe(2 * Math.floor(MAX_PARSE_CHARS / unit.length) + 1);
  });

  it('parses text at the limit', () => {
    const unit = '（一）标题。正文〔科技部牵头〕\n';
    const text = unit.repeat(Math.floor(MAX_PARSE_CHARS / unit.length));
    expect(text.length).toBeLessThanOrEqual(MAX_PARSE_CHARS);
    expect(parsePlan(text).ok).toBe(true);
  });

  it('in time that does not grow with the length of what it refuses', () => {
    expectLinear(
      (n) => `（一）标题。${'正'.repeat(MAX_PARSE_CHARS + n)}`,
      (text) => void parsePlan(text),
      20_000_000,
    );
  });
});

describe('an import is refused in linear time', () => {
  const read = (text: string) => void readPlanImport(text, (t) => buildPlanDoc(t));

  it('a million duty brackets', () => {
    expectLinear((n) => '〔'.repeat(n), read, 1_000_000);
    expect(readPlanImport('〔'.repeat(1_000_000), buildPlanDoc).preview).toMatchObject({ status: 'refused' });
  });

  it('brackets spread through text under the size bound', () => {
    const make = (n: number) => repeat('正文正文〔', Math.min(n, MAX_PLAN_CHARS));
    expectLinear(make, read, MAX_PLAN_CHARS);
    expect(screenPlanText(make(MAX_PLAN_CHARS))).toMatchObject({ code: 'too-many-brackets' });
  });

  it(
    'text under every bound, parsed in full',
    () => {
      const make = (n: number) => `（一）标题\n${repeat('加快研制标准，比率达到60%以上（科技部牵头）。', n)}`;
      expect(screenPlanText(make(300_000))).toBeUndefined();
      expectLinear(make, read, 300_000);
    },
    TIMEOUT,
  );
});
