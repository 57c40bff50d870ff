import { describe, expect, it } from 'vitest';
import { filterItems } from '../../lib/plan/item-filter';
import { bundledKnowledge } from '../db/bundled-knowledge';

const items = bundledKnowledge().plan.items.map(({ no, label, title }) => ({ no, label, title }));
const english = bundledKnowledge().plan.items.map(({ no, label, en }) => ({ no, label, title: en ?? '' }));
const nos = (list: { no: number }[]) => list.map((i) => i.no);

describe('filterItems', () => {
  it.each<[string, number[]]>([
    ['', nos(items)],
    ['  ', nos(items)],
    ['9', [9]],
    ['36', []],
    ['(九)', [9]],
    ['碳达峰', [9]],
    ['碳達峰', [9]],
    ['绿色 低碳', nos(items.filter((i) => i.title.includes('绿色') && i.title.includes('低碳')))],
    ['量子纠缠', []],
  ])('%j → %j', (query, expected) => {
    expect(nos(filterItems(items, query))).toEqual(expected);
  });

  it('finds English titles despite a typo, and only then', () => {
    const exact = nos(filterItems(english, 'carbon'));
    expect(exact).toContain(9);
    expect(nos(filterItems(english, 'carbn'))).toContain(9);
    expect(nos(filterItems(english, 'xqzv'))).toEqual([]);
  });
});
