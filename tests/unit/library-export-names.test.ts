import { describe, expect, it } from 'vitest';
import { exportNamesOf } from '../../lib/clips/library/export-names';
import type { LibraryKnowledge } from '../../lib/clips/library/knowledge';

const KNOWLEDGE = {
  planTitle: '行动计划',
  items: [
    {
      no: 9,
      label: '(九)',
      title: '持续健全碳达峰碳中和标准体系',
      en: 'Carbon peaking and neutrality standards',
    },
  ],
  topics: [
    {
      id: 'carbon-footprint',
      hans: '碳足迹',
      hant: '碳足跡',
      en: 'carbon footprint',
      aliases: [],
      items: [9],
    },
  ],
  agencies: [{ id: 'miit', hans: '工业和信息化部', hant: '工業和信息化部', en: 'MIIT', items: [] }],
} as unknown as LibraryKnowledge;

describe('exportNamesOf', () => {
  it.each([
    ['zh-Hans', '持续健全碳达峰碳中和标准体系', '碳足迹', '工业和信息化部'],
    ['zh-Hant', '持续健全碳达峰碳中和标准体系', '碳足跡', '工業和信息化部'],
    ['en', 'Carbon peaking and neutrality standards', 'carbon footprint', 'MIIT'],
  ] as const)('names items, topics and agencies in %s', (lang, item, topic, agency) => {
    const names = exportNamesOf(KNOWLEDGE, lang);
    expect(names.item!(9)).toEqual({ label: '(九)', title: item });
    expect(names.topic!('carbon-footprint')).toBe(topic);
    expect(names.agency!('miit')).toBe(agency);
    expect(names.item!(99)).toBeUndefined();
    expect(names.agency!('nobody')).toBeUndefined();
  });
});
