/**
 * The plan browser's one search (issue 12, lib/plan-search): items, topics, agencies and standard-code
 * families from the bundled knowledge base, folded on both sides — Traditional finds Simplified,
 * full-width finds ASCII, English typos still find their entry, and a two-character Chinese query finds
 * exactly the entries that hold it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHant } from '../../lib/text/to-hant';
import { buildPlanIndex } from '../../lib/plan-search/build-index';
import { MAX_LIMIT, MAX_QUERY, searchPlan } from '../../lib/plan-search/search';
import { fold } from '../../lib/text/fold';
import { bundledKnowledge } from '../db/bundled-knowledge';
import { expectLinear } from '../support/linear-time';

const kb = bundledKnowledge();
const source = { ...kb, families: kb.standardCodes.families };
const hans = buildPlanIndex(source, { lang: 'zh-Hans' });
const hant = buildPlanIndex(source, { lang: 'zh-Hant', localize: toHant });
const en = buildPlanIndex(source, { lang: 'en' });
const hrefs = (q: string, index = hans) => searchPlan(index, q).map((h) => h.href);

describe('plan search: what each query lands on first', () => {
  it.each([
    ['碳足迹', '#topic-carbon-footprint'],
    ['碳足跡', '#topic-carbon-footprint'],
    ['carbon footprint', '#topic-carbon-footprint'],
    ['Carbon Footprint', '#topic-carbon-footprint'],
    ['carbon footprnt', '#topic-carbon-footprint'],
    ['footprnt', '#topic-carbon-footprint'],
    ['工信部', '#agency-miit'],
    ['工業和信息化部', '#agency-miit'],
    ['MIIT', '#agency-miit'],
    ['ministry of industry and information', '#agency-miit'],
    ['GB/T', '#family-gb-t'],
    ['ＧＢ／Ｔ', '#family-gb-t'],
    ['gb/t', '#family-gb-t'],
    ['6G', '#topic-6g'],
    ['６Ｇ', '#topic-6g'],
    ['(九)', '#item-9'],
    ['（九）', '#item-9'],
    ['持续健全碳达峰碳中和标准体系', '#item-9'],
    ['improve the standard system for carbon peaking', '#item-9'],
  ])('%s → %s', (query, first) => {
    for (const index of [hans, hant, en]) expect(hrefs(query, index)[0], query).toBe(first);
  });

  it('lists the item whose text names the topic after the topic, with the sentence as detail', () => {
    const hits = searchPlan(hans, '碳足迹');
    expect(hits.map((h) => h.href).slice(0, 2)).toEqual(['#topic-carbon-footprint', '#item-9']);
    expect(hits[1]!.detail).toContain('碳足迹');
    expect(searchPlan(hant, '碳足迹')[1]!.detail).toContain('碳足跡');
    expect(hrefs('6G')).toContain('#item-1');
    // A family's meaning finds it beside the topic of the same name.
    expect(hrefs('推荐性国家标准').slice(0, 2).sort()).toEqual([
      '#family-gb-t',
      '#topic-recommended-national-standard',
    ]);
  });

  it('answers in the reader’s language', () => {
    expect(searchPlan(hans, '工信部')[0]).toMatchObject({
      kind: 'agency',
      id: 'miit',
      title: '工业和信息化部',
    });
    expect(searchPlan(hant, '工信部')[0]!.title).toBe('工業和信息化部');
    expect(searchPlan(en, '工信部')[0]!.title).toBe('Ministry of Industry and Information Technology');
    const item9 = kb.plan.items.find((i) => i.no === 9)!;
    expect(searchPlan(en, '(九)')[0]).toMatchObject({ kind: 'item', id: '9', title: `(九) ${item9.en}` });
    expect(searchPlan(hant, '(九)')[0]!.title).toBe(`(九) ${toHant(item9.title)}`);
    expect(searchPlan(en, 'GB/T')[0]).toMatchObject({ kind: 'family', title: 'GB/T' });
    expect(searchPlan(en, 'GB/T')[0]!.detail).toBe('Recommended national standard');
  });

  it('a two-character Chinese query finds exactly the entries holding it (no fuzzy neighbours)', () => {
    for (const q of ['足迹', '鲲鹏', '工信', '海洋']) {
      const found = searchPlan(hans, q, { limit: MAX_LIMIT }).map((h) => h.href);
      const holding = hans.docs
        .filter((d) => [...d.names, ...d.text].some((s) => s.includes(fold(q))))
        .map((d) => d.href);
      expect(new Set(found), q).toEqual(new Set(holding.slice(0, MAX_LIMIT)));
    }
    expect(hrefs('足迹')).toContain('#topic-carbon-footprint');
  });

  it('finds nothing for nothing, and keeps to the limit', () => {
    expect(searchPlan(hans, '')).toEqual([]);
    expect(searchPlan(hans, '   ')).toEqual([]);
    expect(searchPlan(hans, 'xqzvwk')).toEqual([]);
    expect(searchPlan(hans, '标准', { limit: 6 })).toHaveLength(6);
    expect(searchPlan(hans, '标准', { limit: 1_000 }).length).toBeLessThanOrEqual(MAX_LIMIT);
  });

  it('indexes every item, every agency a bracket names, every topic and family, each with its anchor', () => {
    const kinds = (k: string) => hans.docs.filter((d) => d.kind === k);
    expect(kinds('item')).toHaveLength(kb.plan.items.length);
    expect(kinds('topic')).toHaveLength(kb.topics.length);
    expect(kinds('family')).toHaveLength(kb.standardCodes.families.length);
    const named = new Set(kb.plan.items.flatMap((i) => i.duties.flatMap((d) => [...d.leads, ...d.partners])));
    expect(new Set(kinds('agency').map((d) => d.id))).toEqual(named);
    for (const d of hans.docs) expect(d.href).toBe(`#${d.kind}-${d.id}`);
  });
});

describe('plan search: any input', () => {
  const vocabulary = fc.constantFrom(
    '碳足迹',
    '碳足跡',
    'carbon',
    'footprnt',
    '工信部',
    'GB/T',
    '6G',
    ' ',
    '（',
    '\u0000',
  );
  const query = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) }),
    fc.array(vocabulary, { maxLength: 40 }).map((parts) => parts.join('')),
    fc.string({ minLength: 100, maxLength: 400 }),
  );

  it('never throws; results are bounded and link to indexed entries', () => {
    const known = new Set(hans.docs.map((d) => d.href));
    fc.assert(
      fc.property(query, fc.integer({ min: -5, max: 500 }), (q, limit) => {
        const hits = searchPlan(hans, q, { limit });
        expect(hits.length).toBeLessThanOrEqual(Math.max(0, Math.min(limit, MAX_LIMIT)));
        expect(new Set(hits.map((h) => h.href)).size).toBe(hits.length);
        for (const h of hits) expect(known.has(h.href)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('stays linear in the query’s length (a pasted page is cut, not scanned)', () => {
    const make = (n: number) => 'carbon footprnt 碳足迹 '.repeat(Math.ceil(n / 20)).slice(0, n);
    expectLinear(make, (q) => searchPlan(hans, q), 40 * MAX_QUERY);
  });
});
