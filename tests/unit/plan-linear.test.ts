/**
 * Plans are imported from files the user picks (issue 12), so the parser must stay linear on hostile
 * text, and an import must be refused in time linear in what it read (a million brackets after reading
 * two thousand). Each shape below was quadratic once: a long digit run (the target pattern retried at
 * every digit), unclosed or nested parentheses (each scanned to its match), 以下 without 负责 in a
 * bracket, generic parties joined by many 和, names ending in parentheses, targets in many sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildPlanDoc } from '../../lib/kb/plan-doc';
import { MAX_STANDING_NOTES, parsePlan } from '../../lib/plan/parse-plan';
import { MAX_PLAN_CHARS, readPlanImport, screenPlanText } from '../../lib/plan/import';
import { expectLinear } from '../support/linear-time';

const item = (body: string) => `一、总体要求\n（一）标题\n正文${body}。〔科技部牵头〕`;
const bracket = (content: string) => `一、总体要求\n（一）标题\n正文。〔${content}科技部牵头〕`;
const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));

const SHAPES: [string, (n: number) => string][] = [
  ['a run of digits', (n) => item(repeat('1', n))],
  ['unclosed (', (n) => item(repeat('(', n))],
  ['unclosed （', (n) => item(repeat('（', n))],
  ['nested parentheses', (n) => item(`${repeat('(', n / 2)}${repeat(')', n / 2)}`)],
  ['以下 without 负责 in a bracket', (n) => bracket(repeat('以下', n))],
  ['( in a bracket', (n) => bracket(repeat('(', n))],
  ['generic parties joined by 和', (n) => `（一）标题\n正文。〔各${repeat('和 ', n)}〕`],
  ['names ending in parentheses', (n) => bracket(repeat('科技部(国家标准委)、', n))],
  ['targets in many sentences', (n) => `（一）标题\n${repeat('做到1个。', n)}`],
  ['a duty bracket after every sentence', (n) => `（一）标题\n${repeat('正文。〔科技部牵头〕', n)}`],
  ['many items', (n) => repeat('（一）标题。正文〔科技部牵头〕\n', n)],
];

describe('the plan parser stays linear', () => {
  it.each(SHAPES)('on %s', (_name, make) => {
    // Every shape parses (or fails) without throwing; the time is what is under test.
    expectLinear(make, (text) => void buildPlanDoc(text), 60_000);
  });

  it(`refuses more than ${MAX_STANDING_NOTES} standing notes, naming the line (every later duty carries them)`, () => {
    const note = (i: number) => `（一）标题。正文〔科技部牵头。以下均需部门${i}负责，不再列出〕`;
    const text = Array.from({ length: MAX_STANDING_NOTES + 5 }, (_, i) => note(i)).join('\n');
    const result = parsePlan(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.line).toBe(MAX_STANDING_NOTES + 1);
    const fine = parsePlan(text.split('\n').slice(0, MAX_STANDING_NOTES).join('\n'));
    expect(fine.ok && fine.plan.standing.length).toBe(MAX_STANDING_NOTES);
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

  it('text under every bound, parsed in full', () => {
    const make = (n: number) => `（一）标题\n${repeat('加快研制标准，比率达到60%以上（科技部牵头）。', n)}`;
    expect(screenPlanText(make(300_000))).toBeUndefined();
    expectLinear(make, read, 300_000);
  });
});
