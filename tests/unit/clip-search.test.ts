import Fuse from 'fuse.js';
import { describe, expect, it, vi } from 'vitest';
import { clipUuid, makeClips } from '../../bench/clips-make';
import { libraryKnowledge } from '../../lib/clips/library/knowledge';
import {
  createClipSearch,
  includesScan,
  nameIndex,
  queryTerms,
  toSearchDoc,
  type SearchDoc,
} from '../../lib/clips/search';
import type { Clip } from '../../lib/clips/types';
import { bundledKnowledge } from '../db/bundled-knowledge';

const knowledge = libraryKnowledge(bundledKnowledge());
const names = nameIndex(knowledge);

/** 10,000 generated clips plus three needles at known places. */
function library() {
  const clips = makeClips(10_000);
  const needle = (i: number, patch: Partial<Clip>) => {
    clips[i] = { ...clips[i]!, ...patch };
    return clips[i]!;
  };
  const kunpeng = needle(7_321, { quote: '支持鲲鹏等国产计算平台开展适配验证。' });
  const footprint = needle(4_002, {
    quote: '开展重点产品碳足迹核算。',
    mentions: [{ kind: 'topic', id: 'carbon-footprint', items: [12], start: 6, end: 9 }],
  });
  const miit = needle(9_990, {
    quote: '由有关部门联合推进。',
    mentions: [{ kind: 'agency', id: 'miit', items: [], start: 0, end: 1 }],
  });
  // The generator names topics and agencies at random: keep the three needles the only ones naming
  // these two entries, so "finds it" can be checked as "finds exactly it".
  for (const c of clips) {
    if (c === footprint || c === miit) continue;
    c.mentions = c.mentions.filter((m) => m.id !== 'carbon-footprint' && m.id !== 'miit');
    c.quote = c.quote.replaceAll('碳足迹', '碳排放').replaceAll('工业和信息化部', '有关部门');
  }
  const docs = clips.map((c) => toSearchDoc(c, names));
  return { clips, docs, kunpeng, footprint, miit };
}

const lib = library();
const search = createClipSearch(lib.docs);
const ids = (q: string) => search.search(q).map((h) => h.id);

describe('clip search: Chinese', () => {
  it('a two-character query finds its clip among 10,000, and only clips that hold it', () => {
    expect(ids('鲲鹏')).toEqual([lib.kunpeng.id]);
    // A common word: every hit holds it, and every clip that holds it is a hit (the includes() scan).
    const hits = ids('检测');
    expect(hits.length).toBeGreaterThan(50);
    expect(new Set(hits)).toEqual(new Set(includesScan(lib.docs, '检测')));
  });

  it('Traditional script and full-width forms find the Simplified clip (fold on both sides)', () => {
    expect(ids('鯤鵬')).toEqual([lib.kunpeng.id]);
    expect(ids('碳足跡')).toContain(lib.footprint.id);
  });

  it('Fuse defaults, measured: they miss a word far into a quote or flood with one-character matches', () => {
    const defaults = new Fuse(lib.docs, { keys: ['quote', 'names', 'title', 'note', 'tags'] });
    // One wrong character of two is within the default threshold (0.6): far more hits than holders.
    const exactHolders = includesScan(lib.docs, '检测').length;
    expect(defaults.search('检测').length).toBeGreaterThan(exactHolders * 1.5);
  });
});

describe('clip search: names in three languages', () => {
  it('`carbon footprint` finds a clip quoting 碳足迹', () => {
    expect(ids('carbon footprint')).toEqual([lib.footprint.id]);
    expect(ids('Carbon Footprint')).toEqual([lib.footprint.id]);
  });

  it('工信部 finds a clip naming 工业和信息化部, and so do MIIT and the English name', () => {
    expect(ids('工信部')).toEqual([lib.miit.id]);
    expect(ids('MIIT')).toEqual([lib.miit.id]);
    expect(ids('Ministry of Industry and Information Technology')).toContain(lib.miit.id);
  });

  it('a Latin typo falls back to Fuse fuzzy matching', () => {
    expect(ids('carbn footprint')).toContain(lib.footprint.id);
  });

  it('terms are all required; a quoted phrase is one term', () => {
    expect(queryTerms('"carbon footprint" 核算')).toEqual(['carbon footprint', '核算']);
    const both = ids('碳足迹 核算');
    expect(both).toContain(lib.footprint.id);
    const hay = new Map(lib.docs.map((d) => [d.id, d.hay]));
    expect(both.every((id) => hay.get(id)!.includes('碳足迹') && hay.get(id)!.includes('核算'))).toBe(true);
    expect(ids('碳足迹 鲲鹏')).toEqual([]);
  });
});

describe('clip search: other fields and the async path', () => {
  it('finds by note, tag, site and document number', () => {
    const docs: SearchDoc[] = [
      toSearchDoc(
        {
          ...lib.clips[0]!,
          id: clipUuid(1),
          note: '季度报告',
          tags: ['Follow-Up'],
          site: 'www.samr.gov.cn',
          facts: { meta: {}, info: {}, docNumber: '国办发〔2024〕12号' },
        },
        names,
      ),
    ];
    const one = createClipSearch(docs);
    for (const q of ['季度', 'follow-up', 'samr', '国办发〔2024〕12号', '2024〕12']) {
      expect(one.search(q).map((h) => h.id)).toEqual([clipUuid(1)]);
    }
  });

  it('searchAsync yields between chunks, gives the same answer, and stops when aborted', async () => {
    let yields = 0;
    const yieldNow = () => {
      yields++;
      return Promise.resolve();
    };
    const hits = await search.searchAsync('检测', { chunk: 1_000, yieldNow });
    expect(hits.map((h) => h.id)).toEqual(ids('检测'));
    expect(yields).toBe(10);
    const controller = new AbortController();
    controller.abort();
    await expect(search.searchAsync('检测', { signal: controller.signal })).rejects.toThrow();
  });

  it('an empty query finds nothing (the page shows the whole library instead)', () => {
    expect(ids('   ')).toEqual([]);
  });
});

describe('clip search: slices', () => {
  it('the async fuzzy fallback yields between slices: each task searches one index of at most 500 clips', async () => {
    // Counted, not timed (a GC pause in a shared CI machine is no regression): what bounds a task is
    // the work done between two yields, and that is one Fuse search over one slice's index.
    await search.searchAsync('carbn footprint'); // builds the slices' indexes
    const perTask: number[][] = [[]];
    const original = Fuse.prototype.search;
    const spy = vi.spyOn(Fuse.prototype, 'search').mockImplementation(function (
      this: Fuse<unknown>,
      ...args: Parameters<Fuse<unknown>['search']>
    ) {
      perTask.at(-1)!.push(this.getIndex().size());
      return original.apply(this, args);
    });
    try {
      const hits = await search.searchAsync('footprnt', {
        yieldNow: () => {
          perTask.push([]);
          return Promise.resolve();
        },
      });
      expect(hits.map((h) => h.id)).toContain(lib.footprint.id);
    } finally {
      spy.mockRestore();
    }
    const searched = perTask.filter((t) => t.length > 0);
    expect(searched.length).toBeGreaterThanOrEqual(20);
    expect(searched.every((t) => t.length === 1 && t[0]! <= 500)).toBe(true);
    expect(searched.reduce((n, t) => n + t[0]!, 0)).toBe(search.size);
  });
});
