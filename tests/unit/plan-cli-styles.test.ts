/**
 * Issue 13: `npm run plan -- --json FILE` on bracket texts written the way the 2022 action plan (one
 * level: 一、标题。正文……〔…按职责分工负责。以下均需地方人民政府负责，不再列出〕) and the 2023 documents (two
 * levels) write them resolves every named agency — short forms without 国家 (发展改革委, 能源局, 林草局,
 * 药监局, 知识产权局, 数据局), tails such as 等部门和地方人民政府 — in both scripts and from a GB18030
 * file. The expected ids are written by hand from the fixture texts.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const TIMEOUT = 60_000;

interface DutyJson {
  leads: string[];
  partners: string[];
  others: string[];
  sentences: [number, number];
  standing: string[];
}
interface PlanJson {
  sections: { label: string; title: string }[];
  items: { label: string; section: number; duties: DutyJson[] }[];
  agencies: { id: string; unresolved?: boolean }[];
  standing: { item: number; parties: string[] }[];
  unresolved: unknown[];
}

function planJson(file: string): { doc: PlanJson; stderr: string } {
  const run = spawnSync(tsx, ['scripts/plan.ts', '--json', `tests/fixtures/plans/${file}`], {
    cwd: root,
    encoding: 'utf8',
    timeout: TIMEOUT,
  });
  expect(run.status, run.stderr).toBe(0);
  return { doc: JSON.parse(run.stdout) as PlanJson, stderr: run.stderr };
}

/** [item label, leads, partners, others] per duty, in document order. */
type Row = [string, string[], string[], string[]];
const rows = (doc: PlanJson): Row[] =>
  doc.items.flatMap((item) => item.duties.map((d): Row => [item.label, d.leads, d.partners, d.others]));

const LOCAL_HANS = '地方人民政府';
const STYLE_2022 = (hant: boolean): Row[] => {
  const t = (hans: string, trad: string) => (hant ? trad : hans);
  return [
    ['一、', [], ['samr', 'sac', 'ndrc', 'miit', 'most', 'mofcom', 'mara'], [LOCAL_HANS]],
    ['二、', ['most', 'samr', 'sac'], ['cast', 'cnipa'], []],
    ['三、', [], ['miit', 'samr', 'sac', 'nea'], []],
    ['四、', [], ['mofcom', 'mot', 'mct', 'pbc', 'nfra'], []],
    ['四、', [], ['nhc', 'mohurd'], [t('有关行业协会', '有關行業協會')]],
    ['五、', ['ndrc', 'samr', 'sac'], ['miit', 'mee', 'mohurd', 'mot', 'nea', 'nfga'], []],
    ['六、', ['mem', 'samr', 'sac'], ['mps', 'nmpa', 'cac'], [t('地方各级人民政府', '地方各級人民政府')]],
    ['七、', [], ['nda', 'cac', 'miit'], [t('有关部门', '有關部門')]],
    ['八、', [], [], [t('各有关部门和单位', '各有關部門和單位')]],
  ];
};

function expectAllResolved(doc: PlanJson, stderr: string): void {
  expect(doc.unresolved).toEqual([]);
  expect(doc.agencies.filter((a) => a.unresolved)).toEqual([]);
  expect(stderr).toBe('');
}

describe('npm run plan -- --json on plans in the 2022 and 2023 styles', () => {
  it.each([
    ['style-2022.one-level.zh-Hans.txt', false],
    ['style-2022.one-level.zh-Hant.txt', true],
    ['style-2022.one-level.gb18030.txt', false],
  ])(
    '%s: one level, every agency resolved, the standing note in force from item 2 on',
    (file, hant) => {
      const { doc, stderr } = planJson(file);
      expectAllResolved(doc, stderr);
      expect(doc.sections.map((s) => s.label)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八']);
      expect(rows(doc)).toEqual(STYLE_2022(hant));
      // 以下均需地方人民政府负责，不再列出: every later duty carries the local governments.
      expect(doc.standing).toEqual([expect.objectContaining({ item: 1, parties: [LOCAL_HANS] })]);
      expect(doc.items[0]!.duties[0]!.standing).toEqual([]);
      expect(doc.items[7]!.duties[0]!.standing).toEqual([LOCAL_HANS]);
      // Item 四 has two brackets, each covering its own sentences.
      expect(doc.items[3]!.duties.map((d) => d.sentences)).toEqual([
        [0, 0],
        [1, 1],
      ]);
    },
    TIMEOUT,
  );

  it(
    'style-2023.two-level.zh-Hans.txt: sections holding items, 牵头 with partners and tails',
    () => {
      const { doc, stderr } = planJson('style-2023.two-level.zh-Hans.txt');
      expectAllResolved(doc, stderr);
      expect(doc.items.map((i) => [i.label, i.section])).toEqual([
        ['(一)', 1],
        ['(二)', 1],
        ['(三)', 2],
        ['(四)', 2],
        ['(五)', 3],
        ['(六)', 3],
      ]);
      expect(rows(doc)).toEqual([
        ['(一)', ['miit', 'samr', 'sac'], ['mofcom', 'nhc', 'cast'], []],
        ['(二)', [], ['samr', 'sac', 'mofcom'], []],
        ['(二)', ['mca', 'samr', 'sac'], [], ['有关行业协会', '学会']],
        ['(三)', ['mara', 'samr', 'sac'], ['ndrc', 'mnr', 'mwr', 'nfga', 'nfsra'], ['地方各级人民政府']],
        ['(四)', [], ['ndrc', 'mee', 'samr', 'sac', 'mot'], []],
        ['(五)', ['samr', 'sac'], [], ['各有关部门', '地方人民政府']],
        ['(六)', [], ['mof', 'pbc', 'nfra', 'nmpa', 'cnipa', 'nda'], ['地方人民政府']],
      ]);
      expect(doc.standing).toEqual([expect.objectContaining({ item: 1, parties: ['各地区有关部门'] })]);
    },
    TIMEOUT,
  );

  it(
    'style-2023.two-level.zh-Hant.txt: Traditional, 〔…〕 and （…） duties',
    () => {
      const { doc, stderr } = planJson('style-2023.two-level.zh-Hant.txt');
      expectAllResolved(doc, stderr);
      expect(rows(doc)).toEqual([
        ['(一)', ['miit', 'samr', 'sac'], ['ndrc', 'cac', 'nea'], [LOCAL_HANS]],
        ['(二)', [], ['mot', 'nea', 'mwr', 'samr', 'sac'], []],
        ['(三)', ['most', 'ndrc'], ['cas', 'cae', 'cast'], []],
        ['(四)', [], ['cac', 'mps', 'mem', 'nda'], ['各有關單位']],
        ['(五)', ['samr', 'sac'], [], ['各有關部門', '有關行業協會']],
      ]);
    },
    TIMEOUT,
  );
});
