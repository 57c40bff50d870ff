/**
 * lib/match/standard-title: a standard's title from the text around its code (issue 10). Table cases
 * in the layouts pages use (tests/fixtures/standard-titles/texts.json: notices, list lines,
 * announcement and detail tables as `\t` / `\n` text; Simplified, Traditional, English), then
 * properties: the title is a substring of the text near the code, the answer depends only on that
 * neighbourhood, and reading every code of a 50,000-character page stays linear.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../support/linear-time';
import { MAX_STANDARD_TITLE, readStandardTitle } from '../../lib/match/standard-title';

interface Case {
  layout: string;
  text: string;
  code: string;
  title: string | null;
}
const cases = JSON.parse(
  readFileSync(new URL('../fixtures/standard-titles/texts.json', import.meta.url), 'utf8'),
) as Case[];

function titleOf(text: string, code: string): string | null {
  const at = text.indexOf(code);
  if (at < 0) throw new Error(`${code} not in ${text}`);
  return readStandardTitle(text, at, at + code.length)?.title ?? null;
}

describe('readStandardTitle', () => {
  it('has cases for every layout and script', () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
    for (const word of ['notice', 'list line', 'announcement table', 'detail', 'Traditional', 'English']) {
      expect(cases.some((c) => c.layout.includes(word))).toBe(true);
    }
  });

  it.each(cases.map((c) => [c.layout, c] as const))('%s', (_layout, c) => {
    expect(titleOf(c.text, c.code)).toBe(c.title);
  });

  it('gives offsets of the title in the text', () => {
    const text = '学习GB/T 24067-2024《温室气体 产品碳足迹 量化要求和指南》';
    const found = readStandardTitle(text, 2, 17);
    expect(found).toEqual({ title: '温室气体 产品碳足迹 量化要求和指南', start: 18, end: 36 });
    expect(text.slice(found!.start, found!.end)).toBe(found!.title);
  });

  it('refuses offsets outside the text', () => {
    expect(readStandardTitle('GB/T 1-2020《标准》', -1, 11)).toBeUndefined();
    expect(readStandardTitle('GB/T 1-2020《标准》', 5, 5)).toBeUndefined();
    expect(readStandardTitle('GB/T 1-2020', 0, 12)).toBeUndefined();
  });

  it('reads no title longer than the bound', () => {
    const long = '碳'.repeat(MAX_STANDARD_TITLE + 1);
    expect(titleOf(`GB/T 1-2020《${long}》`, 'GB/T 1-2020')).toBeNull();
    expect(titleOf(`GB/T 1-2020《${long.slice(1)}》`, 'GB/T 1-2020')).toBe(long.slice(1));
    expect(titleOf(`1. GB/T 1-2020 ${long}`, 'GB/T 1-2020')).toBeNull();
  });
});

/** Text made of the pieces titles are read from, so random texts reach every rule. */
const piece = fc.constantFrom(
  '《',
  '》',
  '“',
  '”',
  '「',
  '」',
  '"',
  '（',
  '）',
  '(',
  ')',
  '\t',
  '\n',
  ' ',
  '　',
  '、',
  '，',
  '。',
  '：',
  '1. ',
  '标准名称：',
  '标准号',
  '代替',
  '2024-12-01',
  'GB/T 24067-2009',
  '温室气体',
  '产品碳足迹',
  '规定了',
  'Greenhouse gases',
  ' — ',
  'specifies',
  'x',
);
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
const CODE = 'GB/T 24067-2024';

describe('properties', () => {
  it('the title is a substring of the text near the code, never the code itself', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const t = before + CODE + after;
        const start = before.length;
        const end = start + CODE.length;
        const found = readStandardTitle(t, start, end);
        if (!found) return;
        expect(t.slice(found.start, found.end)).toBe(found.title);
        expect(found.title.length).toBeGreaterThan(1);
        expect(found.title.length).toBeLessThanOrEqual(MAX_STANDARD_TITLE);
        expect(found.end <= start || found.start >= end).toBe(true);
        expect(found.start).toBeGreaterThanOrEqual(start - MAX_STANDARD_TITLE - 40);
        expect(found.end).toBeLessThanOrEqual(end + MAX_STANDARD_TITLE + 40);
        expect(found.title).toBe(found.title.trim());
      }),
      { numRuns: 2_000 },
    );
  });

  it('depends only on the text within reach of the code', () => {
    const far = fc.array(piece, { minLength: 200, maxLength: 300 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, far, far, (before, after, farA, farB) => {
        // 600 units of filler between the far text and the code: out of reach.
        const fill = '碳'.repeat(600);
        const read = (head: string, tail: string) => {
          const t = head + fill + before + CODE + after + fill + tail;
          const start = head.length + fill.length + before.length;
          const found = readStandardTitle(t, start, start + CODE.length);
          return found && { title: found.title, at: found.start - start };
        };
        fc.pre(before.length + after.length < 300);
        expect(read(farA, farB)).toEqual(read(farB, farA));
      }),
      { numRuns: 500 },
    );
  });

  it('reads every code of a 50,000-character page in linear time', () => {
    // One long line of codes after unclosed marks: a reader that looked for the line's start, or for a
    // closing mark, without bound would read the page once per code.
    const unit = `${CODE} 《温室气体 产品“碳足迹「 `;
    const page = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const readAll = (t: string) => {
      let found = 0;
      for (let at = t.indexOf(CODE); at >= 0; at = t.indexOf(CODE, at + 1)) {
        if (readStandardTitle(t, at, at + CODE.length)) found++;
      }
      return found;
    };
    expect(readAll(page(50_000))).toBe(0);
    expectLinear(page, readAll, 50_000);
  });
});
