import { describe, expect, it } from 'vitest';
import { makeClips } from '../../bench/clips-make';
import {
  agencyItemSets,
  clipItems,
  countByItem,
  filterFromSearch,
  filterToSearch,
  matchesFilter,
  NO_FILTER,
  toggle,
  type LibraryFilter,
} from '../../lib/clips/library/filters';
import { charDiff } from '../../lib/clips/library/char-diff';
import { libraryKnowledge } from '../../lib/clips/library/knowledge';
import { bundledKnowledge } from '../db/bundled-knowledge';

const knowledge = libraryKnowledge(bundledKnowledge());
const agencies = agencyItemSets(knowledge);
const clips = makeClips(500);
const utcDay = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('library filters ↔ URL', () => {
  it('round-trips every kind of filter', () => {
    const filter: LibraryFilter = {
      q: '碳足迹 核算',
      item: [9, 12],
      agency: ['miit'],
      topic: ['carbon-footprint'],
      kind: ['topic'],
      site: ['www.gov.cn'],
      tag: ['重点', 'a&b=c'],
      status: ['changed'],
      from: '2025-01-01',
      to: '2025-05-31',
    };
    const search = filterToSearch(filter);
    expect(search.startsWith('?q=')).toBe(true);
    expect(filterFromSearch(search)).toEqual(filter);
    expect(filterToSearch(NO_FILTER)).toBe('');
    expect(filterFromSearch('?item=9&tag=x')).toEqual({ ...NO_FILTER, item: [9], tag: ['x'] });
  });

  it('drops what cannot be a filter', () => {
    expect(
      filterFromSearch('?item=0&item=abc&item=7&kind=evil&status=gone&status=missing&from=yesterday'),
    ).toEqual({ ...NO_FILTER, item: [7], status: ['missing'] });
  });

  it('toggle adds and removes one value', () => {
    const once = toggle(NO_FILTER, 'item', 9);
    expect(once.item).toEqual([9]);
    expect(toggle(once, 'item', 9).item).toEqual([]);
  });
});

describe('library filters on clips', () => {
  const pass = (filter: Partial<LibraryFilter>) =>
    clips.filter((c) => matchesFilter(c, { ...NO_FILTER, ...filter }, agencies, utcDay));

  it('item, topic, site, tag, status: each keeps exactly the clips that have it', () => {
    expect(pass({ item: [9] })).toEqual(clips.filter((c) => clipItems(c).includes(9)));
    expect(pass({ site: ['www.gov.cn'] })).toEqual(clips.filter((c) => c.site === 'www.gov.cn'));
    expect(pass({ tag: ['重点'] })).toEqual(clips.filter((c) => c.tags.includes('重点')));
    expect(pass({ status: ['changed', 'missing'] })).toEqual(
      clips.filter((c) => c.status === 'changed' || c.status === 'missing'),
    );
    const topic = clips[0]!.mentions.find((m) => m.kind === 'topic')?.id ?? 'carbon-footprint';
    expect(pass({ topic: [topic] }).every((c) => c.mentions.some((m) => m.id === topic))).toBe(true);
  });

  it('agency: named in the quote, or lead or partner of an item the clip touches', () => {
    const miitItems = agencies.get('miit')!;
    expect(miitItems.size).toBeGreaterThan(0);
    const kept = pass({ agency: ['miit'] });
    const expected = clips.filter(
      (c) => c.mentions.some((m) => m.id === 'miit') || clipItems(c).some((no) => miitItems.has(no)),
    );
    expect(kept).toEqual(expected);
    expect(kept.length).toBeGreaterThan(0);
  });

  it('combines kinds with AND, and the date range is inclusive', () => {
    const both = pass({ item: [9], tag: ['重点'] });
    expect(both).toEqual(pass({ item: [9] }).filter((c) => c.tags.includes('重点')));
    const day = utcDay(clips[10]!.created);
    const oneDay = pass({ from: day, to: day });
    expect(oneDay.length).toBeGreaterThan(0);
    expect(oneDay.every((c) => utcDay(c.created) === day)).toBe(true);
  });

  it('counts clips per item for the evidence grid', () => {
    const counts = countByItem(clips);
    expect(counts.get(9) ?? 0).toBe(pass({ item: [9] }).length);
  });
});

describe('char diff', () => {
  const render = (parts: ReturnType<typeof charDiff>) =>
    parts.map((p) => (p.op === '=' ? p.text : `[${p.op}${p.text}]`)).join('');
  it('marks the changed characters, keeps the rest', () => {
    expect(render(charDiff('比率达到50%以上', '比率达到60%以上'))).toBe('比率达到[-5][+6]0%以上');
    expect(render(charDiff('开展标准研究', '开展国家标准研究工作'))).toBe('开展[+国家]标准研究[+工作]');
    expect(render(charDiff('same', 'same'))).toBe('same');
    expect(render(charDiff('', 'new'))).toBe('[+new]');
  });
  it('rebuilds both texts from the parts', () => {
    const a = makeClips(30).map((c) => c.quote);
    for (let i = 0; i + 1 < a.length; i++) {
      const parts = charDiff(a[i]!, a[i + 1]!);
      expect(
        parts
          .filter((p) => p.op !== '+')
          .map((p) => p.text)
          .join(''),
      ).toBe(a[i]);
      expect(
        parts
          .filter((p) => p.op !== '-')
          .map((p) => p.text)
          .join(''),
      ).toBe(a[i + 1]);
    }
  });
  it('a huge middle is one replacement, not a huge table', () => {
    const a = 'x'.repeat(5_000) + 'a'.repeat(2_000);
    const b = 'x'.repeat(5_000) + 'b'.repeat(2_000);
    expect(render(charDiff(a, b))).toBe('x'.repeat(5_000) + `[-${'a'.repeat(2_000)}][+${'b'.repeat(2_000)}]`);
  });
});
