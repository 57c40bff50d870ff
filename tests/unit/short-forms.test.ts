import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findShortFormDefinitions, resolveShortForms } from '../../lib/match/short-forms';
import type { Mention } from '../../lib/match/types';
import { fold } from '../../lib/text/fold';

/** First-pass mentions for the given surfaces (every occurrence), as the automaton would give them. */
function firstPass(text: string, known: Record<string, string>): Mention[] {
  const folded = fold(text);
  const out: Mention[] = [];
  for (const [surface, id] of Object.entries(known)) {
    const key = fold(surface);
    for (let p = folded.indexOf(key); p >= 0; p = folded.indexOf(key, p + key.length)) {
      out.push({ start: p, end: p + key.length, kind: 'topic', id, items: [1] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function resolved(text: string, known: Record<string, string>): Array<[string, string]> {
  const mentions = firstPass(text, known);
  return resolveShortForms(fold(text), mentions, text).map((m) => [text.slice(m.start, m.end), m.id]);
}

describe('findShortFormDefinitions', () => {
  it.each([
    ['贯彻实施《国家标准化发展纲要》行动计划（以下简称《行动计划》）', '行动计划'],
    ['碳达峰碳中和（以下简称“双碳”）', '双碳'],
    ['《国家标准化发展纲要》(以下简称纲要)深入实施', '纲要'],
    ['工业和信息化部（简称：工信部）', '工信部'],
    ['工业和信息化部（以下简称："工信部"）', '工信部'],
    ['碳达峰碳中和，简称“双碳”。', '双碳'],
    ['碳達峰碳中和（以下簡稱「雙碳」）', '雙碳'],
    ['the Action Plan (hereinafter referred to as "the Plan")', 'Plan'],
    ['the Action Plan (hereinafter the “Plan”)', 'Plan'],
    ['the Outline (hereinafter Outline)', 'Outline'],
  ])('%s defines %s', (text, short) => {
    expect(findShortFormDefinitions(fold(text), text).map((d) => d.short)).toEqual([short]);
  });

  it.each([
    ['发展目标（2025年）'],
    ['简称不带引号的文字'],
    ['规划（“十四五”）'],
    ['in 2024 (see below)'],
    ['（以下简称“”）'],
  ])('%s defines nothing', (text) => {
    expect(findShortFormDefinitions(fold(text), text)).toEqual([]);
  });
});

describe('resolveShortForms', () => {
  it('resolves later occurrences to the long form the definition follows', () => {
    const text = '实现碳达峰碳中和（以下简称“双碳”）目标。推进双碳工作，双碳是重点。';
    expect(resolved(text, { 碳达峰碳中和: 'dual-carbon' })).toEqual([
      ['双碳', 'dual-carbon'],
      ['双碳', 'dual-carbon'],
      ['双碳', 'dual-carbon'],
    ]);
  });

  it('prefers the term the long form ends with over one it merely contains', () => {
    const text = '关于碳足迹的数据跨境传输（以下简称“跨境”）要求。跨境……';
    expect(resolved(text, { 碳足迹: 'carbon-footprint', 数据跨境传输: 'cross-border-data' })).toEqual([
      ['跨境', 'cross-border-data'],
      ['跨境', 'cross-border-data'],
    ]);
  });

  // A long form resolves only to the mention that ends it exactly; a title in 《》 names a document, so
  // it resolves only when the whole title is one mention — never to a term inside or before it.
  it.each<[string, string, Record<string, string>, Array<[string, string]>]>([
    [
      'a term before the title is not what the title names',
      '市场监管总局等18部门联合印发的《贯彻实施〈国家标准化发展纲要〉行动计划（2024—2025年）》（以下简称《行动计划》）。行动计划提出……',
      { 市场监管总局: 'samr' },
      [],
    ],
    [
      'a term inside the title is not what the title names',
      '印发《关于建立碳足迹管理体系的实施方案》（以下简称《实施方案》），实施方案明确……',
      { 碳足迹: 'carbon-footprint' },
      [],
    ],
    [
      'a term inside a nested title either',
      '贯彻实施《国家标准化发展纲要》行动计划（以下简称《行动计划》）。本行动计划……',
      { 国家标准化发展纲要: 'outline' },
      [],
    ],
    [
      'a term the long form merely contains',
      '关于碳足迹的管理办法（以下简称“办法”）。办法规定……',
      { 碳足迹: 'carbon-footprint' },
      [],
    ],
    [
      'a title that is exactly one term',
      '落实《国家标准化发展纲要》（以下简称《纲要》），纲要提出……',
      { 国家标准化发展纲要: 'outline' },
      [
        ['纲要', 'outline'],
        ['纲要', 'outline'],
      ],
    ],
    [
      'a quoted term, closing quotes aside',
      '推动实现“碳达峰碳中和”（以下简称“双碳”）目标，双碳……',
      { 碳达峰碳中和: 'dual-carbon' },
      [
        ['双碳', 'dual-carbon'],
        ['双碳', 'dual-carbon'],
      ],
    ],
    [
      'a term that ends the long form',
      '由工业和信息化部（简称：工信部）牵头，工信部……',
      { 工业和信息化部: 'miit' },
      [
        ['工信部', 'miit'],
        ['工信部', 'miit'],
      ],
    ],
  ])('%s', (_why, text, known, expected) => {
    expect(resolved(text, known)).toEqual(expected);
  });

  it('does nothing when the long form holds no known term', () => {
    expect(resolved('某某办法（以下简称“办法”）。办法规定……', { 碳足迹: 'carbon-footprint' })).toEqual([]);
  });

  it('does not look past the start of the clause', () => {
    expect(resolved('碳足迹。某某办法（以下简称“办法”）。办法……', { 碳足迹: 'carbon-footprint' })).toEqual(
      [],
    );
  });

  it('works on Traditional text and leaves occurrences before the definition alone', () => {
    const text = '雙碳。碳達峰碳中和（以下簡稱“雙碳”）。雙碳';
    expect(resolved(text, { 碳达峰碳中和: 'dual-carbon' }).length).toBe(2);
    const after = resolveShortForms(fold(text), firstPass(text, { 碳达峰碳中和: 'dual-carbon' }), text);
    expect(after.every((m) => m.start > 3 && m.shortForm === true)).toBe(true);
  });

  it('keeps English case and word boundaries', () => {
    const text =
      'the Action Plan for carbon footprint (hereinafter referred to as "the Plan"). The Plan, a plan, Planning.';
    expect(resolved(text, { 'carbon footprint': 'carbon-footprint' })).toEqual([
      ['Plan', 'carbon-footprint'],
      ['Plan', 'carbon-footprint'],
    ]);
  });

  it('never overlaps first-pass mentions', () => {
    const text = '碳达峰碳中和（以下简称“双碳”），双碳与碳达峰碳中和。';
    const mentions = firstPass(text, { 碳达峰碳中和: 'dual-carbon' });
    const extra = resolveShortForms(fold(text), mentions, text);
    for (const e of extra) for (const m of mentions) expect(e.end <= m.start || e.start >= m.end).toBe(true);
  });

  it('returns sorted, non-overlapping, in-bounds mentions for any text', () => {
    const unit = fc.constantFrom(
      '碳',
      '双',
      '（',
      '）',
      '以下简称',
      '“',
      '”',
      '简称',
      '，',
      '。',
      'a',
      '(',
      ')',
      '"',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const extra = resolveShortForms(fold(text), firstPass(text, { 碳: 'carbon' }), text);
        let end = 0;
        for (const m of extra) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.end).toBeLessThanOrEqual(text.length);
          end = m.end;
        }
      }),
    );
  });
});
