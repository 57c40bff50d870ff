import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHant } from '../../lib/text/to-hant';
import { describeUserTermProblems } from '../../lib/kb/user-term-messages';
import { surfaceProblem } from '../../lib/kb/user-term-surface';
import {
  shippedTermIndex,
  surfaceKeys,
  validateUserTerm,
  type UserTermContext,
  type UserTermProblem,
} from '../../lib/kb/user-term-validate';
import {
  layeredVersion,
  splitAliases,
  userTermTopic,
  userTermsHash,
  type UserTerm,
} from '../../lib/kb/user-terms';
import { buildFamilyIndex } from '../../lib/match/designation';
import { userTermsSchema } from '../../lib/settings/user-terms-schema';
import { bundledKnowledge } from '../db/bundled-knowledge';

const kb = bundledKnowledge();
const shipped = shippedTermIndex(kb);
const planItems = kb.plan.items.map((i) => i.no);
const context = (existing: UserTerm[] = []): UserTermContext => ({
  shipped,
  existing,
  planItems,
  families: buildFamilyIndex(kb.standardCodes),
});

const stored = (over: Partial<UserTerm> & Pick<UserTerm, 'term'>): UserTerm => ({
  id: 'u1',
  aliases: [],
  items: [9],
  created: 1,
  ...over,
});

const codes = (problems: UserTermProblem[]) => problems.map((p) => p.code);

describe('surfaceProblem', () => {
  it.each([
    ['虚拟电厂', undefined],
    ['  虚拟   电厂 ', undefined],
    ['virtual power plant', undefined],
    ['VPP', undefined],
    ['5G基站', undefined],
    ['企业标准“领跑者”', undefined],
    ['Jean-Luc Café', undefined],
    ['', 'empty'],
    ['   ', 'empty'],
    ['网', 'too-short'],
    ['a', 'too-short'],
    ['5G', 'too-short'],
    ['x1', 'too-short'],
    ['123', 'no-letters'],
    ['2024—2025', 'no-letters'],
    ['……', 'no-letters'],
    ['标准', 'generic'],
    ['標準', 'generic'],
    ['Standards', 'generic'],
    ['the', 'generic'],
    ['电'.repeat(41), 'too-long'],
    ['<b>虚拟</b>', 'bad-chars'],
    ['虚拟😀电厂', 'bad-chars'],
    ['虚拟\u0000电厂', 'bad-chars'],
  ])('%j → %s', (surface, code) => {
    expect(surfaceProblem(surface)?.code).toBe(code);
  });

  it('names the refused characters', () => {
    expect(surfaceProblem('虚拟<电>厂')).toMatchObject({ code: 'bad-chars', chars: '<>' });
  });
});

describe('validateUserTerm against the shipped glossary and the plan', () => {
  it('accepts a term the glossary lacks, normalized, with its items sorted and unique', () => {
    expect(surfaceKeys('虚拟电厂').some((k) => shipped.has(k))).toBe(false);
    expect(
      validateUserTerm(
        { term: ' 虚拟  电厂 ', aliases: ['virtual power plant', ' VPP '], items: [12, 9, 9] },
        context(),
      ),
    ).toEqual({
      ok: true,
      value: { term: '虚拟 电厂', aliases: ['virtual power plant', 'VPP'], items: [9, 12], lang: 'zh' },
    });
    expect(
      validateUserTerm({ term: 'virtual power plant', aliases: [], items: [1] }, context()),
    ).toMatchObject({
      ok: true,
      value: { lang: 'en' },
    });
  });

  it.each<[string, string[], number[], string[], string]>([
    ['碳足迹', [], [9], ['clash'], '碳足迹 is already the topic carbon footprint (item 9).'],
    ['碳足跡', [], [9], ['clash'], '碳足跡 is already the topic carbon footprint (item 9).'],
    ['carbon footprints', [], [9], ['clash'], 'carbon footprints is already the topic carbon footprint'],
    ['工信部', [], [9], ['clash'], 'is already the agency Ministry of Industry and Information Technology'],
    ['MIIT', [], [9], ['clash'], 'MIIT is already the agency'],
    ['虚拟电厂', ['虛擬電廠'], [9], ['duplicate'], '虛擬電廠 is the same as 虚拟电厂'],
    ['虚拟电厂', ['碳足迹'], [9], ['clash'], '碳足迹 is already the topic'],
    ['GB/T 24001-2016', [], [9], ['standard-code'], 'is a standard code'],
    ['网', [], [9], ['too-short'], '网 is too short'],
    ['虚拟电厂', ['a'], [9], ['too-short'], 'a is too short'],
    ['123', [], [9], ['no-letters'], 'only digits'],
    ['标准', [], [9], ['generic'], 'too common'],
    ['虚拟电厂', [], [], ['no-items'], 'Pick at least one plan item.'],
    ['虚拟电厂', [], [9, 36, 0], ['unknown-items'], 'The plan has no item 36, 0 (its items are 1–35).'],
    [
      '虚拟电厂',
      Array.from({ length: 11 }, (_, i) => `别名${'甲乙丙丁戊己庚辛壬癸子'[i]}`),
      [9],
      ['too-many-aliases'],
      'At most 10 aliases.',
    ],
  ])('%s %j %j → %j', (term, aliases, items, expected, message) => {
    const result = validateUserTerm({ term, aliases, items }, context());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(codes(result.problems)).toEqual(expected);
    expect(describeUserTermProblems(result.problems, 'en')).toContain(message);
  });

  it('names the clash in the reader’s language', () => {
    const result = validateUserTerm({ term: '碳足迹', aliases: [], items: [9] }, context());
    if (result.ok) throw new Error('accepted');
    expect(describeUserTermProblems(result.problems, 'zh-Hans')).toBe(
      '“碳足迹”已是主题“碳足迹”（第 9 项）。',
    );
    expect(describeUserTermProblems(result.problems, 'zh-Hant')).toBe(
      '「碳足迹」已是主題「碳足跡」（第 9 項）。',
    );
  });

  it('refuses a surface another user term has, in either script', () => {
    const existing = [stored({ term: '虚拟电厂', aliases: ['VPP'], items: [9, 12] })];
    const result = validateUserTerm({ term: '虛擬電廠', aliases: [], items: [3] }, context(existing));
    if (result.ok) throw new Error('accepted');
    expect(describeUserTermProblems(result.problems, 'en')).toBe(
      '虛擬電廠 is already your term 虚拟电厂 (items 9, 12).',
    );
    const acronym = validateUserTerm({ term: 'vpp', aliases: [], items: [3] }, context(existing));
    expect(acronym.ok).toBe(false);
  });

  it('stops at the term limit', () => {
    const existing = Array.from({ length: 500 }, (_, i) => stored({ id: `t${i}`, term: `词条${i}` }));
    const result = validateUserTerm({ term: '虚拟电厂', aliases: [], items: [9] }, context(existing));
    expect(result.ok ? [] : codes(result.problems)).toEqual(['too-many-terms']);
  });

  it('reads its item range from the plan, not a fixed 35', () => {
    const small = { ...context(), planItems: [1, 2, 3] };
    const result = validateUserTerm({ term: '虚拟电厂', aliases: [], items: [4] }, small);
    if (result.ok) throw new Error('accepted');
    expect(describeUserTermProblems(result.problems, 'en')).toBe(
      'The plan has no item 4 (its items are 1–3).',
    );
  });
});

describe('validateUserTerm (property)', () => {
  // Surfaces drawn from a small alphabet so that clashes, duplicates and Traditional twins are common.
  const unit = fc.constantFrom(...'虚拟电厂碳足迹網络网絡ab A-1、，标准 '.split(''));
  const surface = fc.array(unit, { maxLength: 8 }).map((u) => u.join(''));
  const input = fc.record({
    term: surface,
    aliases: fc.array(surface, { maxLength: 3 }),
    items: fc.array(fc.integer({ min: -2, max: 40 }), { maxLength: 3 }),
  });

  it.each([
    ['an item whose toString is not a function', { term: '虚拟电厂', aliases: [], items: [{ toString: 0 }] }],
    [
      'an alias whose toString is not a function',
      { term: '虚拟电厂', aliases: [{ toString: 0 }], items: [9] },
    ],
    [
      'a term whose valueOf throws',
      {
        term: {
          valueOf: () => {
            throw new Error('x');
          },
        },
        aliases: [],
        items: [9],
      },
    ],
  ])('takes %s without throwing (found by the property below)', (_, given) => {
    expect(() => validateUserTerm(given as never, context())).not.toThrow();
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (term, rest) => {
        const given = { term, aliases: rest, items: rest } as never;
        expect(() => validateUserTerm(given, context())).not.toThrow();
        expect(() => validateUserTerm(null as never, context())).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts only terms whose folded forms are new: to the glossary and to each other', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 12 }), (inputs) => {
        const accepted: UserTerm[] = [];
        inputs.forEach((one, i) => {
          const result = validateUserTerm(one, context(accepted));
          if (result.ok) accepted.push({ id: `p${i}`, created: i, ...result.value });
        });
        const seen = new Set<string>();
        for (const t of accepted) {
          expect(t.items.every((n) => planItems.includes(n))).toBe(true);
          const keys = new Set([t.term, ...t.aliases].flatMap(surfaceKeys));
          for (const key of keys) {
            expect(shipped.has(key), key).toBe(false);
            expect(seen.has(key), key).toBe(false);
          }
          keys.forEach((k) => seen.add(k));
        }
        // What the form accepts, a backup of it restores.
        expect(userTermsSchema.safeParse(accepted).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('user terms as topics', () => {
  it('names a Chinese term in three languages from the reader’s own words', () => {
    const topic = userTermTopic(
      stored({
        id: 'x',
        term: '虚拟电厂',
        aliases: ['virtual power plant', '聚合电厂', 'VPP'],
        items: [12, 9],
      }),
      toHant,
    );
    expect(topic).toEqual({
      id: 'user:x',
      hans: '虚拟电厂',
      hant: '虛擬電廠',
      en: 'virtual power plant',
      aliases: ['聚合电厂'],
      enAliases: ['VPP'],
      category: 'user',
      items: [9, 12],
    });
    expect(userTermTopic(stored({ term: 'demand response' }))).toMatchObject({
      hans: 'demand response',
      en: 'demand response',
    });
  });

  it('splits aliases on commas, 、 and semicolons', () => {
    expect(splitAliases('虛擬電廠，VPP、 virtual power plant; ;')).toEqual([
      '虛擬電廠',
      'VPP',
      'virtual power plant',
    ]);
  });

  it('versions the matcher by what it compiles, not by order or time', () => {
    const a = stored({ id: 'a', term: '虚拟电厂' });
    const b = stored({ id: 'b', term: '需求响应', created: 5 });
    expect(userTermsHash([a, b])).toBe(userTermsHash([b, { ...a, created: 99 }]));
    expect(userTermsHash([a, b])).not.toBe(userTermsHash([a, { ...b, items: [9, 12] }]));
    expect(userTermsHash([a])).not.toBe(userTermsHash([{ ...a, aliases: ['VPP'] }]));
    expect(layeredVersion('0.1.0+abc', [])).toBe('0.1.0+abc');
    expect(layeredVersion('0.1.0+abc', [a])).toBe(`0.1.0+abc+${userTermsHash([a])}`);
  });
});

describe('the userTerms row schema (backup)', () => {
  const good = [stored({ id: 'a', term: '虚拟电厂', aliases: ['VPP'], lang: 'zh' })];

  it('takes a valid row as it is', () => {
    expect(userTermsSchema.parse(good)).toEqual(good);
  });

  it.each<[string, unknown, string]>([
    ['a single-character term', [stored({ term: '网' })], 'user term 1: term: "网": a single character'],
    ['no items', [stored({ term: '虚拟电厂', items: [] })], 'user term 1: items: expected plan items'],
    ['a string for items', [stored({ term: '虚拟电厂', items: 'x' as never })], 'user term 1: items'],
    ['a repeated id', [...good, stored({ id: 'a', term: '需求响应' })], 'user term 2: id a repeated'],
    [
      'a surface of two terms',
      [...good, stored({ id: 'b', term: '虛擬電廠' })],
      'user term 2: "虛擬電廠" is also user term 1',
    ],
    ['not a list', { term: '虚拟电厂' }, 'expected an array'],
  ])('refuses %s', (_, value, message) => {
    const parsed = userTermsSchema.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain(message);
  });
});
