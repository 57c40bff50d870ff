import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlanDoc } from '../../lib/kb/plan-doc';
import { parsePlan } from '../../lib/plan/parse-plan';
import type { PlanParseResult } from '../../lib/plan/types';

const bundled = readFileSync(new URL('../../seeds/plan.zh-Hans.txt', import.meta.url), 'utf8');

/** What every result must satisfy, whatever the input. */
function checkResult(text: string, result: PlanParseResult): void {
  if (!result.ok) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
    expect(result.error.line).toBeGreaterThanOrEqual(1);
    expect(result.error.line).toBeLessThanOrEqual(lines);
    expect(result.error.message.startsWith(`line ${result.error.line}: expected `)).toBe(true);
    expect(result.error.expected.length).toBeGreaterThan(0);
    return;
  }
  const { plan } = result;
  expect(plan.items.length).toBeGreaterThan(0);
  expect(plan.sections.map((s) => s.no)).toEqual(plan.sections.map((_, i) => i + 1));
  expect(plan.items.map((i) => i.no)).toEqual(plan.items.map((_, i) => i + 1));
  for (const item of plan.items) {
    expect(item.section).toBeGreaterThanOrEqual(1);
    expect(item.section).toBeLessThanOrEqual(plan.sections.length);
    expect(item.sentences.length).toBeGreaterThan(0);
    let previousEnd = 0;
    for (const s of item.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      expect(s.end).toBeGreaterThan(s.start);
      expect(item.text.slice(s.start, s.end)).toBe(s.text);
      previousEnd = s.end;
    }
    let next = 0;
    for (const d of item.duties) {
      expect(d.sentences[0]).toBe(next);
      expect(d.sentences[1]).toBeGreaterThanOrEqual(d.sentences[0]);
      expect(d.sentences[1]).toBeLessThan(item.sentences.length);
      next = d.sentences[1] + 1;
    }
    for (const t of item.targets) {
      expect(item.text.slice(t.start, t.end)).toBe(t.text);
      expect(Number.isFinite(t.value)).toBe(true);
    }
  }
}

/** Pieces of plan syntax, so random texts reach deep into the parser, not just its first check. */
const token = fc.constantFrom(
  '一、',
  '二、',
  '(一)',
  '（二）',
  '(三十五)',
  '〔',
  '〕',
  '(',
  ')',
  '（',
  '）',
  '牵头',
  '牽頭',
  '，',
  ',',
  '、',
  '。',
  '；',
  '\n',
  '\r\n',
  '按职责分工负责',
  '市场监管总局(国家标准委)',
  '工业和信息化部',
  '各有关部门和单位',
  '等',
  '以下均需地方人民政府有关主管部门负责，不再列出',
  '50%以上',
  '不少于',
  '18个月以内',
  '2025年',
  '标题',
  '正文',
  ' ',
);
const heading = fc.constantFrom('', '', '一、', '二、', '(一)', '（二）', '(三十五)');
const planLine = fc
  .tuple(heading, fc.array(fc.oneof(token, fc.string({ maxLength: 3 })), { maxLength: 12 }))
  .map(([h, rest]) => h + rest.join(''));
const planish = fc.array(planLine, { maxLength: 12 }).map((lines) => lines.join('\n'));

type Mutation = {
  at: number;
  kind: 'delete' | 'insert' | 'duplicate-line' | 'drop-line';
  size: number;
  piece: string;
};
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat({ max: bundled.length }),
  kind: fc.constantFrom('delete', 'insert', 'duplicate-line', 'drop-line'),
  size: fc.integer({ min: 1, max: 400 }),
  piece: fc.oneof(token, fc.string({ maxLength: 4, unit: 'binary' })),
});

function mutate(text: string, m: Mutation): string {
  const at = Math.min(m.at, text.length);
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.size);
    case 'insert':
      return text.slice(0, at) + m.piece + text.slice(at);
    case 'duplicate-line':
    case 'drop-line': {
      const lines = text.split('\n');
      const index = m.size % lines.length;
      if (m.kind === 'drop-line') lines.splice(index, 1);
      else lines.splice(index, 0, lines[index]!);
      return lines.join('\n');
    }
  }
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const AGENCIES = ['工业和信息化部', '科技部', '国家发展改革委', '市场监管总局', '商务部', '国家数据局'];

interface GenDuty {
  leads: string[];
  partners: string[];
  generic: boolean;
  sentences: number;
  paren: boolean;
}

const sentence = fc
  .tuple(
    fc.array(fc.constantFrom('加快研制标准', '完善体系', '建成试点50个', '比率达到90%以上', '推动应用'), {
      minLength: 1,
      maxLength: 3,
    }),
    fc.constantFrom('。', '；'),
  )
  .map(([parts, end]) => parts.join('，') + end);

const duty: fc.Arbitrary<GenDuty> = fc
  .record({
    leads: fc.subarray(AGENCIES),
    partners: fc.subarray(AGENCIES),
    generic: fc.boolean(),
    sentences: fc.integer({ min: 1, max: 3 }),
    paren: fc.boolean(),
  })
  .filter((d) => d.leads.length + d.partners.length > 0 || d.generic);

function dutyText(d: GenDuty): string {
  const clauses = [];
  if (d.leads.length) clauses.push(`${d.leads.join('、')}牵头`);
  const sharing = [...d.partners, ...(d.generic ? ['各有关部门和单位'] : [])];
  if (sharing.length) clauses.push(`${sharing.join('、')}按职责分工负责`);
  return d.paren ? `（${clauses.join('，')}）` : `〔${clauses.join('，')}〕`;
}

/** A well-formed plan and what parsing it must give. */
const wellFormed = fc
  .array(fc.array(fc.array(duty, { minLength: 0, maxLength: 3 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 3,
  })
  .chain((sections) => {
    const itemCount = sections.flat().length;
    const sentenceCount = sections.flat(2).reduce((n, d) => n + d.sentences, 0) + itemCount;
    return fc.tuple(
      fc.constant(sections),
      fc.array(sentence, { minLength: sentenceCount, maxLength: sentenceCount }),
    );
  })
  .map(([sections, pool]) => {
    const lines: string[] = [];
    let itemNo = 0;
    for (const [s, items] of sections.entries()) {
      lines.push(`${NUMERALS[s]}、第${s + 1}部分`);
      for (const duties of items) {
        lines.push(`（${NUMERALS[itemNo++]}）条目标题`);
        // Every item has at least one sentence: a trailing one when it has no bracket.
        const body = duties.map((d) => pool.splice(0, d.sentences).join('') + dutyText(d)).join('');
        lines.push(body + (duties.length ? '' : pool.splice(0, 1).join('')));
      }
    }
    return { text: lines.join('\n'), sections };
  });

describe('parsePlan on generated well-formed plans', () => {
  it('finds every section, item and duty, with the sentences each duty covers', () => {
    fc.assert(
      fc.property(wellFormed, ({ text, sections }) => {
        const result = parsePlan(text);
        checkResult(text, result);
        if (!result.ok) throw new Error(result.error.message);
        const items = sections.flat();
        expect(result.plan.sections).toHaveLength(sections.length);
        expect(result.plan.items).toHaveLength(items.length);
        for (const [k, duties] of items.entries()) {
          const item = result.plan.items[k]!;
          expect(item.duties.map((d) => [d.leads, d.partners, d.others.length > 0])).toEqual(
            duties.map((d) => [d.leads, d.partners, d.generic]),
          );
          expect(item.duties.map((d) => d.sentences[1] - d.sentences[0] + 1)).toEqual(
            duties.map((d) => d.sentences),
          );
          expect(item.text).not.toMatch(/[〔〕]|牵头/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('parsePlan never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkResult(text, parsePlan(text));
      }),
      { numRuns: 300 },
    );
  });

  it('on strings made of plan syntax', () => {
    fc.assert(
      fc.property(planish, (text) => {
        checkResult(text, parsePlan(text));
        checkResult(text, buildPlanDoc(text));
      }),
      { numRuns: 500 },
    );
  });

  it('on the bundled plan with random edits', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        const text = mutations.reduce(mutate, bundled);
        checkResult(text, buildPlanDoc(text));
      }),
      { numRuns: 150 },
    );
  });

  it('on the bundled plan cut at any point', () => {
    fc.assert(
      fc.property(fc.nat({ max: bundled.length }), (end) => {
        const text = bundled.slice(0, end);
        checkResult(text, parsePlan(text));
      }),
      { numRuns: 100 },
    );
  });
});
