import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_AGENCIES, SAMPLE_FAMILIES, SAMPLE_TOPICS } from '../../bench/sample-seeds';
import { buildDictionary } from '../../lib/kb/dictionary';
import type { StandardCodesFile } from '../../lib/kb/seed-types';
import {
  createMatcher,
  deserializeMatcher,
  serializeMatcher,
  type SerializedMatcher,
} from '../../lib/match/matcher';
import { scanText, type Mention } from '../../lib/match/scan';

const standardCodes: StandardCodesFile = { families: SAMPLE_FAMILIES, provinces: [] };
const dictionary = buildDictionary({
  agencies: SAMPLE_AGENCIES,
  topics: [
    ...SAMPLE_TOPICS,
    // A term that also occurs inside a designation, to see the designation win.
    {
      id: 'gb18030',
      hans: '18030',
      hant: '18030',
      en: '18030',
      aliases: [],
      enAliases: [],
      category: 'digital',
      items: [4],
    },
  ],
  families: SAMPLE_FAMILIES,
});
const matcher = createMatcher({
  dictionary,
  standardCodes,
  agencyItems: { miit: { lead: [1, 7], partner: [3, 7] }, sac: { lead: [35], partner: [] } },
});

const summary = (text: string, ms: Mention[]): string[] =>
  ms.map((m) => `${text.slice(m.start, m.end)}|${m.kind}|${m.id}|${m.items.join(',')}`);

describe('scanText', () => {
  it.each([
    ['推进碳足迹标准', ['碳足迹|topic|carbon-footprint|12']],
    ['推進碳足跡標準', ['碳足跡|topic|carbon-footprint|12']],
    ['Carbon footprints of products', ['Carbon footprints|topic|carbon-footprint|12']],
    ['工信部牵头', ['工信部|agency|miit|1,3,7']],
    ['MIIT and miit', ['MIIT|agency|miit|1,3,7']],
    ['依据GB/T 24001-2016', ['GB/T 24001-2016|standard|GB/T 24001-2016|2,5']],
    ['GB 18030—2022与18030', ['GB 18030—2022|standard|GB 18030-2022|5,18', '18030|topic|gb18030|4']],
    ['16GB内存与6G', ['6G|topic|6g|1']],
  ])('%s', (text, expected) => {
    expect(summary(text, scanText(text, matcher))).toEqual(expected);
  });

  it('splits agency items into lead and partner', () => {
    const [m] = scanText('工业和信息化部', matcher);
    expect(m).toMatchObject({
      kind: 'agency',
      id: 'miit',
      items: [1, 3, 7],
      leadItems: [1, 7],
      partnerItems: [3, 7],
    });
  });

  it('gives agencies without plan duties empty item lists', () => {
    const [m] = scanText('生态环境部', matcher);
    expect(m).toMatchObject({ id: 'mee', items: [], leadItems: [], partnerItems: [] });
  });

  it('carries every id of an ambiguous surface, and the union of their items', () => {
    const [m] = scanText('新能源车', matcher);
    expect(m).toMatchObject({
      id: 'new-energy-vehicles',
      ids: ['new-energy-vehicles', 'charging-infrastructure'],
      items: [7, 17],
    });
  });

  it('describes standards by designation and family', () => {
    const [m] = scanText('GB/T24001—2016', matcher);
    expect(m).toEqual({
      start: 0,
      end: 14,
      kind: 'standard',
      id: 'GB/T 24001-2016',
      designation: 'GB/T 24001-2016',
      family: 'gb-t',
      items: [2, 5],
    });
  });

  it('resolves short forms the text defines', () => {
    const text = '实现碳达峰碳中和（以下简称“双减”）。推进双减。';
    const ms = scanText(text, matcher);
    expect(summary(text, ms)).toEqual([
      '碳达峰碳中和|topic|dual-carbon|12,13',
      '双减|topic|dual-carbon|12,13',
      '双减|topic|dual-carbon|12,13',
    ]);
    expect(ms[1]?.shortForm).toBe(true);
  });

  it('recognizes no designations without standard codes', () => {
    const bare = createMatcher({ dictionary });
    expect(scanText('GB/T 24001-2016', bare)).toEqual([]);
  });
});

describe('matcher serialization', () => {
  const text =
    '工信部、SAC与市場監管總局推进碳足迹和GB/T 24001-2016；碳达峰碳中和（以下简称“双减”），双减。smart cities，市网信办';

  it('round-trips through JSON to the same mentions', () => {
    const raw = JSON.parse(JSON.stringify(serializeMatcher(matcher))) as SerializedMatcher;
    const loaded = deserializeMatcher(raw);
    expect(scanText(text, loaded)).toEqual(scanText(text, matcher));
    expect(scanText(text, matcher).length).toBeGreaterThan(5);
  });

  it('rejects an unknown format', () => {
    expect(() => deserializeMatcher({ v: 9 } as never)).toThrow(/version/);
  });

  it('carries the guards, so a content script drops what the background would', () => {
    const raw = JSON.parse(JSON.stringify(serializeMatcher(matcher))) as SerializedMatcher;
    expect(raw.guards?.['网信办']).toEqual({ local: true });
    const loaded = deserializeMatcher(raw);
    expect(summary('市网信办与网信办', scanText('市网信办与网信办', loaded))).toEqual(['网信办|agency|cac|']);
  });

  it('loads a matcher cached before guards existed, and scans it unguarded', () => {
    // Such a matcher had no Chinese context rules (Matcher.zh) either.
    const { guards: _guards, zh: _zh, ...cached } = serializeMatcher(matcher);
    const loaded = deserializeMatcher(cached);
    expect(loaded.guards.size).toBe(0);
    expect(scanText('市网信办', loaded)).toHaveLength(1);
  });

  it('carries the Chinese context rules; a matcher cached before them applies none', () => {
    const raw = JSON.parse(JSON.stringify(serializeMatcher(matcher))) as SerializedMatcher;
    const text = '各地网信办、各地工信部门与工信部';
    expect(summary(text, scanText(text, deserializeMatcher(raw)))).toEqual(['工信部|agency|miit|1,3,7']);
    const { zh: _zh, ...cached } = raw;
    const old = scanText(text, deserializeMatcher(cached)).map((m) => text.slice(m.start, m.end));
    expect(old).toEqual(['网信办', '工信部', '工信部']);
  });
});

describe('scanText properties', () => {
  const pieces = [
    '碳足迹',
    '碳足跡',
    '工信部',
    'MIIT',
    'miit',
    'SAC',
    'sack',
    'GB/T 24001-2016',
    'GB 18030',
    '18030',
    '（以下简称“双减”）',
    '双减',
    '碳达峰碳中和',
    '新能源车',
    ' ',
    '-',
    '，',
    '。',
    'smart',
    'city',
    'cities',
    '6G',
    '16GB',
    'x',
  ];
  const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));

  it('returns sorted, non-overlapping mentions within bounds, with items', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const ms = scanText(text, matcher);
        let end = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(['topic', 'agency', 'standard']).toContain(m.kind);
          expect([...m.items].sort((a, b) => a - b)).toEqual(m.items);
          end = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same mentions in Traditional and Simplified text at the same offsets', () => {
    const simplified = '数据跨境传输与碳达峰碳中和，工业和信息化部。';
    const traditional = '數據跨境傳輸與碳達峰碳中和，工業和信息化部。';
    const strip = (ms: Mention[]) => ms.map(({ start, end, id }) => [start, end, id]);
    expect(strip(scanText(traditional, matcher))).toEqual(strip(scanText(simplified, matcher)));
  });
});
