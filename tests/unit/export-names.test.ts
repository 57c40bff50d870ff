/** Export names from the bundled plan: item labels and titles, agency and topic names per language. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportClips, namesFromPlan } from '../../lib/clips/export';
import { itemHeading } from '../../lib/clips/export/names';
import { loadBundledPlan } from '../../lib/kb/plan-doc';
import { exportClip } from '../support/export-clips';

const plan = loadBundledPlan(readFileSync(new URL('../../seeds/plan.zh-Hans.txt', import.meta.url), 'utf8'));

describe('namesFromPlan', () => {
  it('names items by their own label and title, agencies and topics in the reader’s language', () => {
    const zh = namesFromPlan(plan);
    expect(itemHeading(9, zh)).toBe('(九) 持续健全碳达峰碳中和标准体系');
    const agency = plan.agencies.find((a) => a.id === 'samr')!;
    expect(zh.agency!('samr')).toBe(agency.hans);
    expect(namesFromPlan(plan, 'en').agency!('samr')).toBe(agency.en);
    expect(namesFromPlan(plan, 'zh-Hant').topic!(plan.topics[0]!.id)).toBe(plan.topics[0]!.hant);
  });

  it('an item the plan does not have, or no names at all, still gets a heading', () => {
    expect(itemHeading(99, namesFromPlan(plan))).toBe('第99项');
    const clip = exportClip({
      id: 'a',
      quote: '甲',
      mentions: [{ kind: 'topic', id: 't', items: [3], start: 0, end: 1 }],
    });
    expect(exportClips('markdown', [clip], { now: new Date(2026, 0, 1) }).text).toContain('\n## 第3项\n');
  });
});
